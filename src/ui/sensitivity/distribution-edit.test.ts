import { describe, expect, it } from 'vitest';
import type { Distribution } from '../../model/resolved-scenario';
import { convertDistribution, readDistribution, type DistributionType } from './distribution-edit';

const triangular = (min: number, mode: number, max: number): Distribution => ({ type: 'triangular', min, mode, max });
const pert = (min: number, mode: number, max: number): Distribution => ({ type: 'pert', min, mode, max });
const uniform = (min: number, max: number): Distribution => ({ type: 'uniform', min, max });
const normal = (mean: number, sd: number): Distribution => ({ type: 'normal', mean, sd });

describe('switching a distribution type', () => {
  // [what the switch keeps, from, to the type, expected]
  it.each<[string, Distribution, DistributionType, Distribution]>([
    ['the range and the mode, triangular to PERT', triangular(0.7, 1, 1.4), 'pert', pert(0.7, 1, 1.4)],
    ['the range, PERT to uniform', pert(0.7, 1, 1.4), 'uniform', uniform(0.7, 1.4)],
    ['the range, its middle as the mode, from uniform', uniform(0.8, 1.4), 'triangular', triangular(0.8, 1.1, 1.4)],
    ['the mode as the mean, a quarter of the range as the sd', triangular(0.8, 1, 1.2), 'normal', normal(1, 0.1)],
    ['the mean ± 2 sd as the range, from a normal', normal(1, 0.1), 'triangular', triangular(0.8, 1, 1.2)],
  ])('keeps %s', (_, from, type, expected) => {
    expect(convertDistribution(from, type)).toEqual(expected);
  });
});

describe('reading an entry being edited', () => {
  it('gives the distribution only when every parameter is a number', () => {
    expect(readDistribution({ type: 'normal', mean: 1, sd: 0.2 })).toEqual({ type: 'normal', mean: 1, sd: 0.2 });
    expect(readDistribution({ type: 'normal', mean: 1 })).toBeNull();
    expect(readDistribution({ type: 'lognormal', mean: 1, sd: 1 })).toBeNull();
    expect(readDistribution(null)).toBeNull();
  });
});
