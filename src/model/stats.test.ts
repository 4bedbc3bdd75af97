import { describe, expect, it } from 'vitest';
import { percentileSorted, summarize } from './stats';

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
