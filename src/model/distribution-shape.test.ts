import { describe, expect, it } from 'vitest';
import { density, distributionCurve, distributionMean, distributionRange, logGamma } from './distribution-shape';
import type { Distribution } from './resolved-scenario';

/** The density integrated over its range by the trapezoid rule. */
function area(d: Distribution): number {
  const pts = distributionCurve(d, 4000);
  let sum = 0;
  for (let i = 1; i < pts.length; i++) sum += ((pts[i]!.y + pts[i - 1]!.y) / 2) * (pts[i]!.x - pts[i - 1]!.x);
  return sum;
}

describe('distribution shapes for the preview', () => {
  const cases: Distribution[] = [
    { type: 'uniform', min: 0.9, max: 1.3 },
    { type: 'triangular', min: 0.7, mode: 1, max: 1.4 },
    { type: 'normal', mean: 1, sd: 0.2 },
    { type: 'pert', min: 0.9, mode: 1, max: 1.3 },
  ];
  it.each(cases)('has unit area: %o', (d) => {
    expect(area(d)).toBeCloseTo(1, 3);
  });
  it('gives the known densities', () => {
    expect(density({ type: 'uniform', min: 0, max: 4 }, 1)).toBe(0.25);
    expect(density({ type: 'triangular', min: 0, mode: 1, max: 2 }, 1)).toBe(1);
    expect(density({ type: 'triangular', min: 0, mode: 1, max: 2 }, 0.5)).toBe(0.5);
    expect(density({ type: 'normal', mean: 0, sd: 1 }, 0)).toBeCloseTo(0.3989422804, 9);
    // PERT 0/0.5/1 is Beta(3, 3): 30 u² (1 - u)², 1.875 at the middle.
    expect(density({ type: 'pert', min: 0, mode: 0.5, max: 1 }, 0.5)).toBeCloseTo(1.875, 9);
  });
  it('gives means, ranges and log-gamma', () => {
    expect(distributionMean({ type: 'triangular', min: 0.7, mode: 1, max: 1.6 })).toBeCloseTo(1.1, 12);
    expect(distributionMean({ type: 'pert', min: 0.9, mode: 1, max: 1.3 })).toBeCloseTo(1.0333333333, 9);
    expect(distributionRange({ type: 'normal', mean: 1, sd: 0.1 })).toEqual({ lo: 0.6, hi: expect.closeTo(1.4, 12) });
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
  });
  it('draws a degenerate distribution as a single point', () => {
    expect(distributionCurve({ type: 'uniform', min: 1, max: 1 })).toEqual([{ x: 1, y: 1 }]);
    expect(distributionCurve({ type: 'normal', mean: 1, sd: 0 })).toEqual([{ x: 1, y: 1 }]);
  });
});
