/**
 * One Monte Carlo run as the Monte Carlo worker does it: resolve the file, run the samples in
 * slices of about `sliceMs`, reporting progress after each, and summarise them where they are
 * (only the report crosses to the page). A run is stopped by terminating its worker, which takes
 * effect at once whatever the slice; see src/state/monte-carlo.svelte.ts.
 */
import { issue, type Issue } from '../model/issues';
import { monteCarloReport, type MonteCarloReport } from '../model/monte-carlo-report';
import { createMonteCarlo } from '../model/monte-carlo';
import { parseScenario } from '../model/parse';
import { hasFormulas, resolvePlain, type ResolveOutcome } from '../model/resolve-numbers';
import type { MonteCarloSettings } from './analysis-inputs';

export type MonteCarloReply =
  { ok: true; report: MonteCarloReport; elapsedMs: number } | { ok: false; issues: Issue[] };

/** Samples done and asked for; called after every slice and once at the end. */
export type ProgressCallback = (done: number, total: number) => void;

export interface JobOptions {
  /** Milliseconds of sampling between progress reports. */
  sliceMs?: number;
  now?: () => number;
}

/**
 * Validates and resolves a file. The formula engine (HyperFormula, about 0.9 MB) is loaded only
 * for a file with formulas, so a Monte Carlo worker starts in a few milliseconds otherwise.
 */
export async function resolveFileLazily(file: unknown): Promise<ResolveOutcome> {
  const parsed = parseScenario(file);
  if (!parsed.ok) return parsed;
  if (!hasFormulas(parsed.value)) return resolvePlain(parsed.value);
  const { resolveScenario } = await import('./formula-resolver');
  return resolveScenario(parsed.value);
}

/** Runs `settings.samples` seeded samples of the file's uncertainty list; the same seed gives the same report. */
export async function runMonteCarloJob(
  file: unknown,
  settings: MonteCarloSettings,
  onProgress?: ProgressCallback,
  options: JobOptions = {},
): Promise<MonteCarloReply> {
  const { sliceMs = 40, now = () => performance.now() } = options;
  const started = now();
  const outcome = await resolveFileLazily(file);
  if (!outcome.ok) return outcome;
  const s = outcome.resolved;
  if (s.uncertainty.length === 0) {
    return {
      ok: false,
      issues: [issue(['uncertainty'], 'required', 'the scenario has no uncertain inputs to sample')],
    };
  }
  const run = createMonteCarlo(s, { samples: settings.samples, seed: settings.seed });
  let chunk = 32;
  while (run.done < run.total) {
    const sliceStart = now();
    run.step(chunk);
    const took = now() - sliceStart;
    onProgress?.(run.done, run.total);
    // Aim the next slice at sliceMs from this one's pace; the first slices also warm the JIT.
    chunk = Math.max(16, Math.min(50_000, Math.round((chunk * sliceMs) / Math.max(took, 0.5))));
  }
  return { ok: true, report: monteCarloReport(run.detail()), elapsedMs: now() - started };
}
