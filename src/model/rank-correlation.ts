/**
 * Spearman rank correlation, to say which uncertain inputs drive the spread of a Monte Carlo
 * output: monotonic effects count fully, whatever their shape, and outliers do not dominate.
 */
import { at } from './checked';
import { centredSums } from './stats';

/** Ranks 1..n of `values`, ties sharing their average rank. NaN is not allowed (filter first). */
export function ranks(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => at(values, a) - at(values, b));
  const out = new Float64Array(n);
  let start = 0;
  while (start < n) {
    let end = start + 1;
    while (end < n && values[at(order, end)] === values[at(order, start)]) end++;
    const average = (start + end + 1) / 2; // ranks start+1 .. end, averaged
    for (let k = start; k < end; k++) out[at(order, k)] = average;
    start = end;
  }
  return out;
}

/** Pearson correlation of two equal-length series; 0 when either is constant. */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  if (n !== y.length) throw new RangeError('correlation of series of different lengths');
  if (n < 2) return 0;
  const { sxy, sxx, syy } = centredSums(x, y);
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

/** Spearman's rho of two equal-length series, pairs with a NaN left out. */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number {
  if (x.length !== y.length) throw new RangeError('correlation of series of different lengths');
  const keep: number[] = [];
  for (let i = 0; i < x.length; i++) if (!Number.isNaN(x[i]) && !Number.isNaN(y[i])) keep.push(i);
  const pick = (v: ArrayLike<number>) => Float64Array.from(keep, (i) => at(v, i));
  return pearson(ranks(pick(x)), ranks(pick(y)));
}

export interface Driver {
  /** The uncertain input's path. */
  input: string;
  /** Spearman's rho between the input's draws and the output. */
  rho: number;
  /** rho² over the sum of all rho²: a rough share of the spread (exact only for independent, linear effects). */
  share: number;
}

/** Drivers from ranks already taken: `inputRanks[j]` and `outputRanks` over the same samples. */
export function rankDrivers(
  inputs: readonly string[],
  inputRanks: readonly ArrayLike<number>[],
  outputRanks: ArrayLike<number>,
): Driver[] {
  const rhos = inputs.map((_, j) => pearson(inputRanks[j] ?? [], outputRanks));
  const total = rhos.reduce((sum, r) => sum + r * r, 0);
  // Array.prototype.sort is stable: equal |rho| keep the inputs' order.
  return inputs
    .map((input, j) => ({ input, rho: at(rhos, j), share: total > 0 ? at(rhos, j) ** 2 / total : 0 }))
    .sort((a, b) => Math.abs(b.rho) - Math.abs(a.rho));
}

/** The inputs ranked by |rho| with `output` (samples where it is NaN left out), largest first. */
export function drivers(
  inputs: readonly string[],
  draws: readonly ArrayLike<number>[],
  output: ArrayLike<number>,
): Driver[] {
  const keep: number[] = [];
  for (let i = 0; i < output.length; i++) if (!Number.isNaN(output[i])) keep.push(i);
  const pick = (v: ArrayLike<number>) => Float64Array.from(keep, (i) => at(v, i));
  return rankDrivers(
    inputs,
    draws.map((d) => ranks(pick(d))),
    ranks(pick(output)),
  );
}
