import { describe, expect, it } from 'vitest';
import { lastPathSegment } from '../../src/lib/paste/path-segment.ts';

describe('lastPathSegment', () => {
  it.each([
    ['/AADSTS99999/', 'AADSTS99999'],
    ['/codes/500121', '500121'],
    ['/AADSTS%2050126/', 'AADSTS 50126'],
    ['/', ''],
    ['/%/', '%'],
    ['/AADSTS99999%/', 'AADSTS99999%'],
    ['/%E0%A4%A/', '%E0%A4%A'],
  ])('reads %j as %j without throwing', (path, segment) => {
    expect(lastPathSegment(path)).toBe(segment);
  });
});
