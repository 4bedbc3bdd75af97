/**
 * The whole evaluation of one scenario through its workbook: validate, resolve its formulas, run
 * the kernel (for the IRR search starts, sensitivity and Monte Carlo), build the workbook and read
 * every deterministic figure from its formula cells. Tests hold it equal to the kernel alone.
 */
import type { Issue } from '../model/issues';
import { evaluate, type Evaluation } from '../model/kernel';
import { finiteFigures } from '../model/overflow';
import { parseScenario, parseScenarioText } from '../model/parse';
import { resultsFile, type ResultsOptions } from '../model/results-file';
import type { ResolvedScenario } from '../model/resolved-scenario';
import type { Results } from '../model/results';
import type { Scenario } from '../model/schema';
import { ScenarioWorkbook, type IrrStarts } from './scenario-workbook';
import { resolveScenario } from './formula-resolver';
import { workbookVerification } from './verification-read';

export type EvaluateOptions = ResultsOptions;

export type Evaluated =
  | { ok: true; results: Results; resolved: ResolvedScenario; kernel: Evaluation; workbook: ScenarioWorkbook }
  | { ok: false; issues: Issue[] };

/** Resolves a valid scenario, runs the kernel, and builds the workbook with the kernel's IRR search starts. */
export function openWorkbook(
  s: Scenario,
):
  | { ok: true; workbook: ScenarioWorkbook; resolved: ResolvedScenario; kernel: Evaluation }
  | { ok: false; issues: Issue[] } {
  const resolved = resolveScenario(s);
  if (!resolved.ok) return resolved;
  // The results file's figures (the tornado too) must fit in numbers, or the fields to blame are named.
  const checked = finiteFigures(resolved.resolved, (r) => resultsFile(r));
  if (!checked.ok) return checked;
  const created = ScenarioWorkbook.create(s);
  if (!created.ok) return created;
  const kernel = evaluate(resolved.resolved);
  created.workbook.setIrrStarts(irrStarts(kernel));
  return { ok: true, workbook: created.workbook, resolved: resolved.resolved, kernel };
}

/** The roots the kernel found, as the workbook's IRR cells take them. */
export function irrStarts(kernel: Evaluation): IrrStarts {
  return {
    project: kernel.project.irr,
    multipleRoots: kernel.project.irrMultipleRoots,
    measures: kernel.measures.map((m) => m.irr),
    equity: kernel.financing?.equityIrr ?? null,
  };
}

/** Evaluates a valid scenario; the caller owns (and must destroy) the returned workbook. */
export function evaluateValid(s: Scenario, opts: EvaluateOptions = {}): Evaluated {
  const opened = openWorkbook(s);
  if (!opened.ok) return opened;
  const { workbook, resolved, kernel } = opened;
  // Deterministic figures from the workbook's formulas; sensitivity and Monte Carlo from the kernel.
  const figures = workbook.figures(
    s.measures.map((m) => m.id),
    s.horizonYears,
  );
  const { sensitivity, monteCarlo, verification } = resultsFile(resolved, opts);
  const results: Results = {
    format: 'cp-results',
    version: 1,
    ...figures,
    sensitivity,
    monteCarlo,
    verification: verification && workbookVerification(workbook, verification),
  };
  return { ok: true, results, resolved, kernel, workbook };
}

/** Parses and evaluates scenario JSON (already parsed) or text; destroys the workbook. */
export function evaluateInput(
  input: unknown,
  opts: EvaluateOptions = {},
): { ok: true; results: Results } | { ok: false; issues: Issue[] } {
  const parsed = typeof input === 'string' ? parseScenarioText(input) : parseScenario(input);
  if (!parsed.ok) return parsed;
  const out = evaluateValid(parsed.value, opts);
  if (!out.ok) return out;
  out.workbook.destroy();
  return { ok: true, results: out.results };
}
