/**
 * Editing an uncertainty entry: a new entry's starting distribution, and switching the type of
 * a distribution while keeping its centre and spread, so the user adjusts rather than retypes.
 */
import { distributionMean } from '../../model/distribution-shape';
import type { Distribution } from '../../model/resolved-scenario';

export const DISTRIBUTION_TYPES = ['triangular', 'pert', 'uniform', 'normal'] as const;
export type DistributionType = (typeof DISTRIBUTION_TYPES)[number];

/** The parameters of each type, in the order the editor shows them. */
export const PARAMETERS: Record<DistributionType, readonly ('min' | 'mode' | 'max' | 'mean' | 'sd')[]> = {
  triangular: ['min', 'mode', 'max'],
  pert: ['min', 'mode', 'max'],
  uniform: ['min', 'max'],
  normal: ['mean', 'sd'],
};

/** ±20 % around the value as entered: a reasonable start that the user then adjusts. */
export const NEW_DISTRIBUTION: Distribution = { type: 'triangular', min: 0.8, mode: 1, max: 1.2 };

const round = (x: number) => Math.round(x * 10_000) / 10_000;

/**
 * The same uncertainty as another type: bounded types keep min and max (a normal's mean ± 2 sd),
 * the mode is the old mode or mean, a normal gets a quarter of the range as sd.
 */
export function convertDistribution(d: Distribution, type: DistributionType): Distribution {
  if (d.type === type) return d;
  const [lo, hi] = d.type === 'normal' ? [d.mean - 2 * d.sd, d.mean + 2 * d.sd] : [d.min, d.max];
  const centre = d.type === 'triangular' || d.type === 'pert' ? d.mode : distributionMean(d);
  switch (type) {
    case 'uniform':
      return { type, min: round(lo), max: round(hi) };
    case 'normal':
      return { type, mean: round(centre), sd: round((hi - lo) / 4) };
    default:
      return { type, min: round(lo), mode: round(centre), max: round(hi) };
  }
}

/** The entry's distribution when every parameter is a number (a file being edited may have text). */
export function readDistribution(value: unknown): Distribution | null {
  if (value === null || typeof value !== 'object') return null;
  const d = value as Record<string, unknown>;
  const type = d.type;
  if (typeof type !== 'string' || !(DISTRIBUTION_TYPES as readonly string[]).includes(type)) return null;
  const keys = PARAMETERS[type as DistributionType];
  return keys.every((k) => typeof d[k] === 'number' && Number.isFinite(d[k])) ? (d as unknown as Distribution) : null;
}
