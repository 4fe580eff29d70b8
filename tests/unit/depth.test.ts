import { describe, expect, it } from 'vitest';
import { depthGaps, isFullDepth } from '../../src/lib/catalog/depth.ts';

const full = {
  causes: ['a', 'b'],
  audiences: ['user', 'admin'],
  related: ['50126'],
  collect: ['The app name'],
  signal: { detection: 'Many in a row mean an attack.' },
};

describe('isFullDepth', () => {
  it('accepts a page with everything a full-depth page needs', () => {
    expect(isFullDepth(full)).toBe(true);
  });
  it('counts a look-alike that Microsoft reports with its own code as a second situation told apart', () => {
    expect(isFullDepth({ ...full, causes: ['a'], otherCodes: [{ code: 7000222 }] })).toBe(true);
  });
  it.each([
    ['one cause', { causes: ['a'] }],
    ['one audience', { audiences: ['user'] }],
    ['no related code', { related: [] }],
    ['nothing to collect', { collect: [] }],
    ['no security view', { signal: {} }],
  ])('refuses a page with %s', (_, change) => {
    expect(isFullDepth({ ...full, ...change })).toBe(false);
  });
});

describe('depthGaps', () => {
  it('names nothing for a page in full depth', () => {
    expect(depthGaps(full)).toEqual([]);
  });

  it('names each missing part in words a contributor can act on, in a fixed order', () => {
    expect(depthGaps({ causes: ['a'], audiences: ['user'], related: [], collect: [], signal: {} })).toEqual([
      'at least two situations told apart (`causes`, or look-alikes in `otherCodes`)',
      'more than one audience',
      'a related code',
      'something to `collect`',
      'a `signal.detection` note for analysts',
    ]);
  });
});
