/**
 * What the app shows of a Monte Carlo run, computed where the samples are (the worker) so that
 * only a few kilobytes cross to the page: the spec's statistics, histograms, cumulative curves,
 * the probability of a DSCR breach and the inputs that drive the spread.
 */
import { at } from './checked';
import type { MonteCarloDetail } from './monte-carlo';
import { drivers, rankDrivers, ranks, type Driver } from './rank-correlation';
import type { MonteCarloResults, Stats } from './results';
import { percentileSorted, summarize } from './stats';

export interface HistogramBin {
  x0: number;
  x1: number;
  count: number;
}

export interface CumulativePoint {
  value: number;
  /** Share of samples at or below `value`. */
  p: number;
}

export interface OutputSummary {
  /** Samples with a value (for minimum DSCR: those with debt service). */
  samples: number;
  stats: Stats;
  histogram: HistogramBin[];
  cumulative: CumulativePoint[];
  drivers: Driver[];
}

export interface MonteCarloReport {
  /** The spec's statistics, as the command line prints them. */
  results: MonteCarloResults;
  projectNpv: OutputSummary;
  equityNpv: OutputSummary | null;
  minDscr: OutputSummary | null;
  /** Share of samples whose minimum DSCR is below the lender's minimum; null without a loan or a minimum. */
  probDscrBelowMin: number | null;
  probNegativeEquityNpv: number | null;
}

/** Equal-width bins over [min, max]; the last bin includes max. */
export function histogram(sorted: ArrayLike<number>, binCount: number): HistogramBin[] {
  const n = sorted.length;
  if (n === 0) return [];
  const min = at(sorted, 0);
  const max = at(sorted, n - 1);
  if (max === min) return [{ x0: min, x1: max, count: n }];
  const width = (max - min) / binCount;
  const bins = Array.from({ length: binCount }, (_, b) => ({
    x0: min + b * width,
    x1: b === binCount - 1 ? max : min + (b + 1) * width,
    count: 0,
  }));
  for (let i = 0; i < n; i++) {
    const b = Math.min(binCount - 1, Math.floor((at(sorted, i) - min) / width));
    bins[b]!.count++;
  }
  return bins;
}

/** The empirical distribution at `points` + 1 evenly spaced probabilities (0 and 1 included). */
export function cumulativeCurve(sorted: ArrayLike<number>, points = 200): CumulativePoint[] {
  if (sorted.length === 0) return [];
  return Array.from({ length: points + 1 }, (_, i) => ({ value: percentileSorted(sorted, i / points), p: i / points }));
}

/** Bins for n samples: about √n, between 10 and 50. */
export function binCountFor(n: number): number {
  return Math.max(10, Math.min(50, Math.round(Math.sqrt(n))));
}

function summary(
  values: Float64Array,
  inputs: readonly string[],
  draws: readonly Float64Array[],
  inputRanks: Float64Array[],
): OutputSummary | null {
  const kept = values.filter((v) => !Number.isNaN(v));
  if (kept.length === 0) return null;
  const sorted = kept.slice().sort();
  // With every sample kept, the inputs' ranks are shared by all outputs; otherwise rank afresh.
  const ranked =
    kept.length === values.length ? rankDrivers(inputs, inputRanks, ranks(values)) : drivers(inputs, draws, values);
  return {
    samples: kept.length,
    stats: summarize(kept),
    histogram: histogram(sorted, binCountFor(kept.length)),
    cumulative: cumulativeCurve(sorted),
    drivers: ranked,
  };
}

function shareBelow(values: Float64Array, limit: number): number {
  let below = 0;
  for (const v of values) if (v < limit) below++;
  return values.length > 0 ? below / values.length : 0;
}

/** The report of a run's samples (all of them, or those done before it stopped). */
export function monteCarloReport(detail: MonteCarloDetail): MonteCarloReport {
  const { inputs, multipliers } = detail;
  const inputRanks = multipliers.map((m) => ranks(m));
  const projectNpv = summary(detail.projectNpv, inputs, multipliers, inputRanks);
  if (!projectNpv) throw new RangeError('no Monte Carlo samples run yet');
  return {
    results: detail.results,
    projectNpv,
    equityNpv: detail.equityNpv ? summary(detail.equityNpv, inputs, multipliers, inputRanks) : null,
    minDscr: detail.minDscr ? summary(detail.minDscr, inputs, multipliers, inputRanks) : null,
    probDscrBelowMin: detail.probDscrBelowMin,
    probNegativeEquityNpv: detail.equityNpv ? shareBelow(detail.equityNpv, 0) : null,
  };
}
