import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { README_SCREENSHOTS } from '../../scripts/lib/screenshots.ts';

/** Width and height from a PNG's header (the IHDR chunk, right after the 8-byte signature). */
function pngSize(path: string): [number, number] {
  const bytes = readFileSync(path);
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('the README screenshots', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  it('are exactly the ones npm run screenshots takes', () => {
    const shown = [...readme.matchAll(/src="docs\/screenshots\/([^"]+)"/g)].map((match) => match[1]);
    expect(shown.sort()).toEqual(README_SCREENSHOTS.map((shot) => shot.file).sort());
  });

  it('have the size the script takes them at, so that a picture dropped in by hand shows', () => {
    for (const shot of README_SCREENSHOTS) expect(pngSize(`docs/screenshots/${shot.file}`), shot.file).toEqual([shot.width, shot.height]);
  });
});
