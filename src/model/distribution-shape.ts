/**
 * The shape of an uncertainty distribution (spec section 4), for the editor's preview: its
 * density, range and mean. The sampler is distributions.ts; this only draws the picture.
 */
import { at } from './checked';
import type { Distribution } from './resolved-scenario';

/** Natural log of the gamma function (Lanczos, g = 7, 9 terms: ~15 digits for x > 0). */
export function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let sum = at(c, 0);
  for (let i = 1; i < 9; i++) sum += at(c, i) / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** Where the distribution has its mass: min to max, or mean ± 4 sd for the normal. */
export function distributionRange(d: Distribution): { lo: number; hi: number } {
  return d.type === 'normal' ? { lo: d.mean - 4 * d.sd, hi: d.mean + 4 * d.sd } : { lo: d.min, hi: d.max };
}

/** The mean of the multiplier: 1 means the input stays as entered on average. */
export function distributionMean(d: Distribution): number {
  switch (d.type) {
    case 'uniform':
      return (d.min + d.max) / 2;
    case 'triangular':
      return (d.min + d.mode + d.max) / 3;
    case 'normal':
      return d.mean;
    case 'pert':
      return (d.min + 4 * d.mode + d.max) / 6;
  }
}

/** The density at x; 0 outside the range. A distribution of zero width has none (see distributionCurve). */
export function density(d: Distribution, x: number): number {
  const { lo, hi } = distributionRange(d);
  const width = hi - lo;
  if (!(width > 0)) return 0;
  switch (d.type) {
    case 'uniform':
      return x >= lo && x <= hi ? 1 / width : 0;
    case 'triangular': {
      if (x < lo || x > hi) return 0;
      if (x < d.mode) return (2 * (x - lo)) / (width * (d.mode - lo));
      return x === d.mode ? 2 / width : (2 * (hi - x)) / (width * (hi - d.mode));
    }
    case 'normal':
      return Math.exp(-0.5 * ((x - d.mean) / d.sd) ** 2) / (d.sd * Math.sqrt(2 * Math.PI));
    case 'pert': {
      if (x <= lo || x >= hi) return 0;
      const alpha = 1 + (4 * (d.mode - lo)) / width;
      const beta = 1 + (4 * (hi - d.mode)) / width;
      const logBeta = logGamma(alpha) + logGamma(beta) - logGamma(alpha + beta);
      const u = (x - lo) / width;
      return Math.exp((alpha - 1) * Math.log(u) + (beta - 1) * Math.log(1 - u) - logBeta) / width;
    }
  }
}

/** `points` + 1 evenly spaced (x, density) pairs over the range; a single point when it has no width. */
export function distributionCurve(d: Distribution, points = 48): { x: number; y: number }[] {
  const { lo, hi } = distributionRange(d);
  if (!(hi > lo)) return [{ x: lo, y: 1 }];
  return Array.from({ length: points + 1 }, (_, i) => {
    const x = lo + ((hi - lo) * i) / points;
    return { x, y: density(d, x) };
  });
}
