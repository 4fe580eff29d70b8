import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/lib/validation/rules.ts';

describe('CONTRIBUTING.md', () => {
  const guide = readFileSync(new URL('../../CONTRIBUTING.md', import.meta.url), 'utf8');
  it('documents every validation rule exactly as the validator defines it', () => {
    const documented = [...guide.matchAll(/^\| (KB\d{3}) \| (\w+) \| (.+) \|$/gm)].map((match) => [match[1], match[2], match[3]]);
    expect(documented).toEqual(Object.entries(RULES).map(([id, rule]) => [id, rule.severity, rule.summary]));
  });
});
