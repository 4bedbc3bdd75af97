import { describe, expect, it } from 'vitest';
import { drivers, pearson, ranks, spearman } from './rank-correlation';

describe('ranks', () => {
  it('ranks from 1 and gives ties their average rank', () => {
    expect(Array.from(ranks([10, 20, 20, 5, 30]))).toEqual([2, 3.5, 3.5, 1, 5]);
    expect(Array.from(ranks([7, 7, 7]))).toEqual([2, 2, 2]);
  });
});

describe("Spearman's rho", () => {
  it('is 1 for any increasing relation and -1 for any decreasing one', () => {
    const x = [1, 2, 3, 4, 5, 6];
    expect(
      spearman(
        x,
        x.map((v) => Math.exp(v)),
      ),
    ).toBeCloseTo(1, 12);
    expect(
      spearman(
        x,
        x.map((v) => -(v ** 3)),
      ),
    ).toBeCloseTo(-1, 12);
  });
  it('matches a worked example (IQ and hours of television, n = 10: rho = -29/165)', () => {
    const iq = [106, 86, 100, 101, 99, 103, 97, 113, 112, 110];
    const tv = [7, 0, 27, 50, 28, 29, 20, 12, 6, 17];
    expect(spearman(iq, tv)).toBeCloseTo(-29 / 165, 12);
  });
  it('leaves out pairs with NaN and is 0 for a constant series', () => {
    expect(spearman([1, 2, Number.NaN, 3], [10, 20, 99, 30])).toBeCloseTo(1, 12);
    expect(pearson([1, 2, 3], [4, 4, 4])).toBe(0);
  });
});

describe('drivers of an output', () => {
  it('ranks inputs by |rho| with their share of the squared correlations', () => {
    const a = [1, 2, 3, 4, 5, 6, 7, 8];
    const b = [8, 1, 7, 2, 6, 3, 5, 4];
    const out = a.map((v, i) => 10 * v - (b[i] ?? 0));
    const result = drivers(['a', 'b'], [a, b], out);
    expect(result.map((d) => d.input)).toEqual(['a', 'b']);
    expect(result[0]?.rho).toBeGreaterThan(0.9);
    expect(result[1]?.rho).toBeLessThan(0);
    expect((result[0]?.share ?? 0) + (result[1]?.share ?? 0)).toBeCloseTo(1, 12);
  });
  it('gives no share when the output does not move', () => {
    expect(drivers(['a'], [[1, 2, 3]], [5, 5, 5])).toEqual([{ input: 'a', rho: 0, share: 0 }]);
  });
});
