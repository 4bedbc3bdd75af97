import { describe, expect, it } from 'vitest';
import { createRng, createSampler, gamma, normalQuantile } from './distributions';
import type { Distribution } from './resolved-scenario';

const N = 200_000;

function moments(draw: () => number): { mean: number; variance: number; min: number; max: number } {
  let sum = 0;
  let sumSq = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < N; i++) {
    const x = draw();
    sum += x;
    sumSq += x * x;
    min = Math.min(min, x);
    max = Math.max(max, x);
  }
  const mean = sum / N;
  return { mean, variance: (sumSq - N * mean * mean) / (N - 1), min, max };
}

function expectMoments(d: Distribution, mean: number, variance: number): { min: number; max: number } {
  const rng = createRng(7);
  const sample = createSampler(d);
  const m = moments(() => sample(rng));
  // Mean within 5 standard errors, variance within 3 %.
  expect(Math.abs(m.mean - mean)).toBeLessThan(5 * Math.sqrt(variance / N));
  expect(Math.abs(m.variance / variance - 1)).toBeLessThan(0.03);
  return m;
}

describe('normal quantile (AS241)', () => {
  it('matches tabulated standard normal quantiles', () => {
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 13);
    expect(normalQuantile(0.05)).toBeCloseTo(-1.6448536269514722, 13);
    expect(normalQuantile(0.999)).toBeCloseTo(3.090232306167813, 12);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 10);
  });
});

describe('samplers match their closed-form moments', () => {
  it('uniform(a, b): (a+b)/2, (b-a)^2/12', () => {
    const m = expectMoments({ type: 'uniform', min: 0.9, max: 1.3 }, 1.1, 0.16 / 12);
    expect(m.min).toBeGreaterThanOrEqual(0.9);
    expect(m.max).toBeLessThan(1.3);
  });
  it('triangular(a, c, b): (a+b+c)/3, (a²+b²+c²-ab-ac-bc)/18', () => {
    const m = expectMoments({ type: 'triangular', min: 0.7, mode: 1, max: 1.4 }, 3.1 / 3, 0.37 / 18);
    expect(m.min).toBeGreaterThanOrEqual(0.7);
    expect(m.max).toBeLessThanOrEqual(1.4);
    expectMoments({ type: 'triangular', min: 0, mode: 0, max: 1 }, 1 / 3, 1 / 18);
  });
  it('normal(mu, sigma), untruncated', () => {
    const m = expectMoments({ type: 'normal', mean: 1, sd: 0.2 }, 1, 0.04);
    expect(m.min).toBeLessThan(0.2);
  });
  it('PERT(a, m, b) with lambda 4: mean (a+4m+b)/6, variance (mu-a)(b-mu)/7', () => {
    const mean = (0.9 + 4 + 1.3) / 6;
    const m = expectMoments({ type: 'pert', min: 0.9, mode: 1, max: 1.3 }, mean, ((mean - 0.9) * (1.3 - mean)) / 7);
    expect(m.min).toBeGreaterThanOrEqual(0.9);
    expect(m.max).toBeLessThanOrEqual(1.3);
    // Symmetric PERT(0, 0.5, 1) is Beta(3, 3): variance 1/28.
    expectMoments({ type: 'pert', min: 0, mode: 0.5, max: 1 }, 0.5, 1 / 28);
  });
  it('degenerate distributions return their single value', () => {
    const rng = createRng(1);
    expect(createSampler({ type: 'pert', min: 2, mode: 2, max: 2 })(rng)).toBe(2);
    expect(createSampler({ type: 'triangular', min: 2, mode: 2, max: 2 })(rng)).toBe(2);
    expect(createSampler({ type: 'normal', mean: 2, sd: 0 })(rng)).toBe(2);
  });
});

describe('gamma draws (Marsaglia-Tsang)', () => {
  it('have mean and variance equal to the shape, below and above 1', () => {
    for (const shape of [0.5, 3]) {
      const rng = createRng(3);
      const m = moments(() => gamma(rng, shape));
      expect(Math.abs(m.mean - shape)).toBeLessThan(5 * Math.sqrt(shape / N));
      expect(Math.abs(m.variance / shape - 1)).toBeLessThan(0.04);
    }
  });
});

describe('seeded generator', () => {
  it('repeats for a seed and differs between seeds', () => {
    const draw = (seed: number): number[] => {
      const rng = createRng(seed);
      const sample = createSampler({ type: 'uniform', min: 0, max: 1 });
      return [sample(rng), sample(rng), sample(rng)];
    };
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
  });
  it('rejects a seed that is not an integer', () => {
    expect(() => createRng(1.5)).toThrow(/integer/);
  });
});
