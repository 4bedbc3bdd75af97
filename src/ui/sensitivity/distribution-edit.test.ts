import { describe, expect, it } from 'vitest';
import { convertDistribution, readDistribution } from './distribution-edit';

describe('switching a distribution type', () => {
  it('keeps the range and the mode between bounded types', () => {
    expect(convertDistribution({ type: 'triangular', min: 0.7, mode: 1, max: 1.4 }, 'pert')).toEqual({
      type: 'pert',
      min: 0.7,
      mode: 1,
      max: 1.4,
    });
    expect(convertDistribution({ type: 'pert', min: 0.7, mode: 1, max: 1.4 }, 'uniform')).toEqual({
      type: 'uniform',
      min: 0.7,
      max: 1.4,
    });
    expect(convertDistribution({ type: 'uniform', min: 0.8, max: 1.4 }, 'triangular')).toEqual({
      type: 'triangular',
      min: 0.8,
      mode: 1.1,
      max: 1.4,
    });
  });
  it('maps a range to a normal of a quarter of its width, and back by ±2 sd', () => {
    expect(convertDistribution({ type: 'triangular', min: 0.8, mode: 1, max: 1.2 }, 'normal')).toEqual({
      type: 'normal',
      mean: 1,
      sd: 0.1,
    });
    expect(convertDistribution({ type: 'normal', mean: 1, sd: 0.1 }, 'triangular')).toEqual({
      type: 'triangular',
      min: 0.8,
      mode: 1,
      max: 1.2,
    });
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
