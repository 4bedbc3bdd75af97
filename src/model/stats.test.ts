import { describe, expect, it } from 'vitest';
import { centredSums, percentileSorted, summarize } from './stats';

describe('percentiles interpolate between order statistics', () => {
  it("matches Microsoft's PERCENTILE.INC example", () => {
    // PERCENTILE.INC({1,3,2,4}, 0.3) = 1.9.
    expect(percentileSorted([1, 2, 3, 4], 0.3)).toBeCloseTo(1.9, 14);
    expect(percentileSorted([1, 2, 3, 4], 0)).toBe(1);
    expect(percentileSorted([1, 2, 3, 4], 1)).toBe(4);
  });
});

describe('summary statistics', () => {
  it('uses the sample standard deviation (n - 1)', () => {
    // Population sd of this classic set is 2; the sample sd is sqrt(32 / 7).
    const s = summarize([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(s.mean).toBe(5);
    expect(s.sd).toBeCloseTo(Math.sqrt(32 / 7), 14);
    expect(s.p50).toBe(4.5);
  });
  it('sorts before taking percentiles and gives sd 0 for one sample', () => {
    expect(summarize([9, 1, 5]).p50).toBe(5);
    expect(summarize([3]).sd).toBe(0);
  });
});

describe('centred sums', () => {
  it('match the sums worked by hand', () => {
    // x = 1, 2, 3 and y = 2, 4, 7: means 2 and 13/3; dx = -1, 0, 1; dy = -7/3, -1/3, 8/3.
    const s = centredSums([1, 2, 3], [2, 4, 7]);
    expect(s.mx).toBe(2);
    expect(s.my).toBeCloseTo(13 / 3, 14);
    expect(s.sxy).toBeCloseTo(5, 14);
    expect(s.sxx).toBe(2);
    expect(s.syy).toBeCloseTo(114 / 9, 13);
  });
  it('stay exact around a large common offset (two passes, not sums of squares)', () => {
    const s = centredSums([1e9 + 1, 1e9 + 2, 1e9 + 3], [1e9, 1e9, 1e9 + 3]);
    expect(s.sxx).toBe(2);
    expect(s.syy).toBe(6);
    expect(s.sxy).toBe(3);
  });
});
