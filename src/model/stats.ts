/** Summary statistics of Monte Carlo samples (spec section 4). */
import { at } from './checked';
import type { Stats } from './results';

/** Percentile of ascending `sorted` by linear interpolation between order statistics, at position (n-1)p. */
export function percentileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) throw new RangeError('percentile of no samples');
  const position = (n - 1) * p;
  const lower = Math.floor(position);
  const upper = Math.min(lower + 1, n - 1);
  const fraction = position - lower;
  return at(sorted, lower) + fraction * (at(sorted, upper) - at(sorted, lower));
}

/**
 * Mean, sample standard deviation (n - 1; 0 for a single sample) and p5 p10 p50 p90 p95 of
 * `values`. Throws on an empty sample.
 */
export function summarize(values: ArrayLike<number> & Iterable<number>): Stats {
  const n = values.length;
  if (n === 0) throw new RangeError('statistics of no samples');
  let mean = 0;
  for (const x of values) mean += x;
  mean /= n;
  // Two-pass variance: no cancellation from large means (NPVs in COP run to 1e9).
  let squares = 0;
  for (const x of values) squares += (x - mean) ** 2;
  const sd = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
  const sorted = Float64Array.from(values).sort();
  return {
    mean,
    sd,
    p5: percentileSorted(sorted, 0.05),
    p10: percentileSorted(sorted, 0.1),
    p50: percentileSorted(sorted, 0.5),
    p90: percentileSorted(sorted, 0.9),
    p95: percentileSorted(sorted, 0.95),
  };
}

/** Means of two equal-length series and their centred sums of products: Σdx·dy, Σdx², Σdy². */
export interface CentredSums {
  mx: number;
  my: number;
  sxy: number;
  sxx: number;
  syy: number;
}

/** Two passes (means first), which keeps the sums exact enough for nearly constant series. */
export function centredSums(x: ArrayLike<number>, y: ArrayLike<number>): CentredSums {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += at(x, i);
    my += at(y, i);
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = at(x, i) - mx;
    const dy = at(y, i) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return { mx, my, sxy, sxx, syy };
}
