/**
 * Monte Carlo of spec section 4: each uncertainty entry multiplies its input by an independent
 * draw; project NPV, equity NPV and minimum DSCR are computed per sample on the compiled fast
 * path. Runs in chunks (step) so that a worker can report progress and stop between chunks.
 */
import { at } from './checked';
import { cloneParams, compileScenario, resetParams, type CompiledParams } from './compiled';
import { runCompiled } from './compiled-run';
import { createRng, createSampler, type RandomGenerator } from './distributions';
import { paramSlot, type ParamSlot } from './input-paths';
import type { ResolvedScenario } from './resolved-scenario';
import type { MonteCarloResults } from './results';
import { summarize } from './stats';

export interface MonteCarloOptions {
  /** Number of samples, an integer >= 1. */
  samples: number;
  /** Integer seed (its low 32 bits are used); the spec's default is 1. */
  seed: number;
}

/** Per-sample data kept beside the spec's statistics, for drivers and DSCR risk. */
export interface MonteCarloDetail {
  results: MonteCarloResults;
  /** The uncertainty entries' input paths in scenario order: the rows of `multipliers`. */
  inputs: string[];
  /** multipliers[j][i]: the draw of entry j in sample i (length = samples done). */
  multipliers: Float64Array[];
  projectNpv: Float64Array;
  /** Null without a loan. */
  equityNpv: Float64Array | null;
  /** Minimum DSCR per sample, NaN for a sample without debt service; null without a loan. */
  minDscr: Float64Array | null;
  /** Share of samples whose minimum DSCR is below credit.minDscr; null without a loan or a minDscr. */
  probDscrBelowMin: number | null;
}

export interface MonteCarloRun {
  readonly total: number;
  /** Samples done so far. */
  readonly done: number;
  /** Runs up to `n` more samples (never past `total`); returns the number done so far. */
  step(n: number): number;
  /** The spec's statistics over the samples done so far (all of them once done === total). */
  result(): MonteCarloResults;
  /**
   * result() with the per-sample arrays: views over this run's buffers (samples done so far);
   * copy them before transferring to another thread, which would detach the run's buffers.
   */
  detail(): MonteCarloDetail;
}

interface Entry {
  input: string;
  draw: (rng: RandomGenerator) => number;
  slot: ParamSlot | null;
  /** The draws of this entry, one per sample. */
  column: Float64Array;
}

/**
 * Prepares a seeded Monte Carlo of `options.samples` samples. The same seed gives the same
 * samples whatever the chunk sizes passed to step().
 */
export function createMonteCarlo(s: ResolvedScenario, options: MonteCarloOptions): MonteCarloRun {
  const { samples: total, seed } = options;
  if (!Number.isInteger(total) || total < 1) throw new RangeError(`samples must be an integer >= 1, got ${total}`);
  const compiled = compileScenario(s);
  const rng = createRng(seed);
  const entries: Entry[] = s.uncertainty.map((u) => ({
    input: u.input,
    draw: createSampler(u.distribution),
    slot: paramSlot(compiled, s, u.input),
    column: new Float64Array(total),
  }));
  const params: CompiledParams = cloneParams(compiled.base);
  const hasLoan = s.financing !== null;
  const projectNpv = new Float64Array(total);
  const equityNpv = hasLoan ? new Float64Array(total) : null;
  const minDscr = hasLoan ? new Float64Array(total) : null;
  let done = 0;

  const step = (n: number): number => {
    const end = Math.min(total, done + Math.max(0, Math.floor(n)));
    for (let i = done; i < end; i++) {
      resetParams(params, compiled.base);
      for (const { draw, slot, column } of entries) {
        // Draw even for an entry without a slot, so that every entry keeps its place in the stream.
        const multiplier = draw(rng);
        column[i] = multiplier;
        if (slot) {
          const target = params[slot.key];
          target[slot.index] = at(target, slot.index) * multiplier;
        }
      }
      const run = runCompiled(compiled, params);
      projectNpv[i] = run.projectNpv;
      if (equityNpv) equityNpv[i] = run.equityNpv;
      if (minDscr) minDscr[i] = run.minDscr;
    }
    done = end;
    return done;
  };

  const result = (): MonteCarloResults => {
    if (done === 0) throw new RangeError('no Monte Carlo samples run yet');
    const npvs = projectNpv.subarray(0, done);
    let negative = 0;
    for (const value of npvs) if (value < 0) negative++;
    return {
      samples: done,
      seed,
      projectNpv: summarize(npvs),
      equityNpv: equityNpv ? summarize(equityNpv.subarray(0, done)) : null,
      probNegativeNpv: negative / done,
    };
  };

  const detail = (): MonteCarloDetail => {
    const limit = s.credit.minDscr;
    let probDscrBelowMin: number | null = null;
    if (minDscr && limit !== null && done > 0) {
      let below = 0;
      // NaN (no debt service in the sample) compares false: not a breach.
      for (const value of minDscr.subarray(0, done)) if (value < limit) below++;
      probDscrBelowMin = below / done;
    }
    return {
      results: result(),
      inputs: entries.map((e) => e.input),
      multipliers: entries.map((e) => e.column.subarray(0, done)),
      projectNpv: projectNpv.subarray(0, done),
      equityNpv: equityNpv ? equityNpv.subarray(0, done) : null,
      minDscr: minDscr ? minDscr.subarray(0, done) : null,
      probDscrBelowMin,
    };
  };

  return {
    total,
    get done() {
      return done;
    },
    step,
    result,
    detail,
  };
}

/** One-shot Monte Carlo: `samples` samples from `seed`, the spec's statistics. */
export function monteCarlo(s: ResolvedScenario, samples: number, seed = 1): MonteCarloResults {
  const run = createMonteCarlo(s, { samples, seed });
  run.step(samples);
  return run.result();
}

/** One-shot Monte Carlo with the per-sample arrays (see MonteCarloDetail). */
export function monteCarloDetail(s: ResolvedScenario, samples: number, seed = 1): MonteCarloDetail {
  const run = createMonteCarlo(s, { samples, seed });
  run.step(samples);
  return run.detail();
}
