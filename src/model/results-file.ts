/** The results file of spec section 5 for a resolved scenario: the kernel, sensitivity and, when asked, Monte Carlo. */
import { evaluate } from './kernel';
import { monteCarlo } from './monte-carlo';
import type { ResolvedScenario } from './resolved-scenario';
import type { Results } from './results';
import { sensitivity } from './sensitivity';
import { verify } from './verification';

export interface ResultsOptions {
  /** Monte Carlo samples: none without it, or without an `uncertainty` list. */
  samples?: number;
  /** Monte Carlo seed, default 1. */
  seed?: number;
  /** Tornado step: 0.2 = ±20 %. */
  delta?: number;
}

/** Every figure of the results file, keys in the spec's order. */
export function resultsFile(s: ResolvedScenario, opts: ResultsOptions = {}): Results {
  const k = evaluate(s);
  const wantsMonteCarlo = opts.samples !== undefined && opts.samples > 0 && s.uncertainty.length > 0;
  return {
    format: 'cp-results',
    version: 1,
    project: k.project,
    measures: k.measures,
    financing: k.financing,
    sensitivity: sensitivity(s, opts.delta ?? 0.2),
    monteCarlo: wantsMonteCarlo ? monteCarlo(s, opts.samples!, opts.seed ?? 1) : null,
    years: k.years,
    verification: s.verification ? verify(s, s.verification, k) : null,
  };
}
