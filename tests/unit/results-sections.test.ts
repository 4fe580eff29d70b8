import { describe, expect, it } from 'vitest';
import { replaceIntro, replaceSection } from '../../scripts/lib/parse-bench.ts';

const results = '# Scale benchmark\n\nold table\n\n## Decision\n\nkeep data\n\n## Paste parsing\n\nold timings\n\n## Search engines\n\nMiniSearch\n';

describe('replaceIntro', () => {
  it('rewrites only the report before the first section and keeps every section after it', () => {
    const updated = replaceIntro(results, '# Scale benchmark\n\nnew table\n');
    expect(updated).toBe('# Scale benchmark\n\nnew table\n\n## Decision\n\nkeep data\n\n## Paste parsing\n\nold timings\n\n## Search engines\n\nMiniSearch\n');
  });

  it('writes the report alone into an empty or new file', () => {
    expect(replaceIntro('', '# Scale benchmark\n\ntable')).toBe('# Scale benchmark\n\ntable\n');
  });
});

describe('replaceSection', () => {
  it('replaces one section up to the next heading of its level', () => {
    const updated = replaceSection(results, '## Paste parsing', '## Paste parsing\n\nnew timings\n');
    expect(updated).toContain('## Paste parsing\n\nnew timings\n\n## Search engines\n\nMiniSearch');
    expect(updated).not.toContain('old timings');
    expect(updated).toContain('keep data');
  });

  it('appends a section the file does not have yet', () => {
    expect(replaceSection('# Scale benchmark\n', '## Preview images', '## Preview images\n\n20 ms')).toBe('# Scale benchmark\n\n## Preview images\n\n20 ms\n');
  });
});
