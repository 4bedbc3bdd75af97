/**
 * The whole evaluation of one scenario, as the worker and the command-line evaluator run it:
 * validate, build the workbook, resolve its formulas, run the kernel (for the IRR search starts,
 * sensitivity and Monte Carlo), and read every deterministic figure from the workbook.
 */
import type { Issue } from '../model/issues';
import { evaluate, type Evaluation } from '../model/kernel';
import { monteCarlo } from '../model/montecarlo';
import { parseScenario, parseScenarioText } from '../model/parse';
import type { ResolvedScenario } from '../model/resolved';
import type { Results } from '../model/results';
import type { Scenario } from '../model/schema';
import { sensitivity } from '../model/sensitivity';
import { ScenarioWorkbook } from './engine';

export interface EvaluateOptions {
  /** Monte Carlo samples; none without it or without an `uncertainty` list. */
  samples?: number;
  seed?: number;
  /** Tornado step, 0.2 = ±20 %. */
  delta?: number;
}

export type Evaluated =
  | { ok: true; results: Results; resolved: ResolvedScenario; kernel: Evaluation; workbook: ScenarioWorkbook }
  | { ok: false; issues: Issue[] };

/** Builds and resolves the workbook of a valid scenario, then fills its IRR search starts from the kernel. */
export function openWorkbook(s: Scenario): { ok: true; workbook: ScenarioWorkbook; resolved: ResolvedScenario; kernel: Evaluation } | { ok: false; issues: Issue[] } {
  const created = ScenarioWorkbook.create(s);
  if (!created.ok) return created;
  const wb = created.workbook;
  const resolved = wb.resolve(s);
  if (!resolved.ok) {
    wb.destroy();
    return resolved;
  }
  const kernel = evaluate(resolved.resolved);
  wb.setIrrStarts({
    project: kernel.project.irr,
    multipleRoots: kernel.project.irrMultipleRoots,
    measures: kernel.measures.map((m) => m.irr),
    equity: kernel.financing?.equityIrr ?? null,
  });
  return { ok: true, workbook: wb, resolved: resolved.resolved, kernel };
}

/** Evaluates a valid scenario; the caller owns (and must destroy) the returned workbook. */
export function evaluateValid(s: Scenario, opts: EvaluateOptions = {}): Evaluated {
  const opened = openWorkbook(s);
  if (!opened.ok) return opened;
  const { workbook, resolved, kernel } = opened;
  const figures = workbook.figures(s.measures.map((m) => m.id), s.horizonYears);
  const wantsMc = opts.samples !== undefined && opts.samples > 0 && resolved.uncertainty.length > 0;
  const results: Results = {
    format: 'cp-results',
    version: 1,
    ...figures,
    sensitivity: sensitivity(resolved, opts.delta ?? 0.2),
    monteCarlo: wantsMc ? monteCarlo(resolved, opts.samples!, opts.seed ?? 1) : null,
  };
  return { ok: true, results, resolved, kernel, workbook };
}

/** Parses and evaluates scenario JSON (already parsed) or text; destroys the workbook. */
export function evaluateInput(input: unknown, opts: EvaluateOptions = {}): { ok: true; results: Results } | { ok: false; issues: Issue[] } {
  const parsed = typeof input === 'string' ? parseScenarioText(input) : parseScenario(input);
  if (!parsed.ok) return parsed;
  const out = evaluateValid(parsed.value, opts);
  if (!out.ok) return out;
  out.workbook.destroy();
  return { ok: true, results: out.results };
}
