/**
 * Resolves a scenario's formulas and variables to numbers with a small HyperFormula workbook of
 * its own: just the variables and the formula fields, so an edit is resolved in a millisecond or
 * two, where the full workbook (tens of thousands of formulas for a large scenario) takes longer
 * to build. Plain files skip the engine altogether.
 */
import { DetailedCellError, ErrorType, HyperFormula } from 'hyperformula';
import { formatPath, issue, type Issue, type PathSegment } from '../model/issues';
import { hasFormulas, rangeChecked, resolvePlain, toResolved, type ResolveOutcome } from '../model/resolve-numbers';
import type { NumberField, Scenario } from '../model/schema';
import { checkFormulas, engineFormula } from './formula-check';
import { HF_CONFIG } from './hyperformula-config';

export type { ResolveOutcome };

/** Each formula field's value by its path (`variables[0].value`, `measures[2].capex`), for showing beside the formula. */
export type FormulaValues = Record<string, number>;

/** Why a formula failed, in words: the engine's error code, with its detail where it helps. */
export function describeError(v: DetailedCellError): string {
  if (v.type === ErrorType.NAME && v.message)
    return `${v.value} (${v.message.replace('Named expression', 'name').replace(' not recognized.', ' is not a variable')})`;
  if (v.type === ErrorType.ERROR && v.message.startsWith('Parsing error'))
    return `${v.value} (the formula cannot be read)`;
  if (v.type === ErrorType.CYCLE) return `${v.value} (it depends on itself)`;
  return v.value;
}

/** The issue for a formula field whose value is not a finite number, or null when it is. */
export function formulaIssue(path: PathSegment[], formula: string, v: unknown): Issue | null {
  if (v instanceof DetailedCellError) {
    const why = describeError(v);
    return issue(path, 'formula-error', `the formula ${formula} gives ${why}`, { formula, error: v.value, why });
  }
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    return issue(path, 'formula-error', `the formula ${formula} does not give a number`, {
      formula,
      error: String(v),
      why: String(v),
    });
  }
  return null;
}

/** Every number field that holds a formula, with its path. */
function formulaFields(s: Scenario): { path: PathSegment[]; formula: string }[] {
  const out: { path: PathSegment[]; formula: string }[] = [];
  toResolved(s, (field: NumberField, path) => {
    if (typeof field === 'string') out.push({ path, formula: field });
    return 0;
  });
  return out;
}

/** Resolves every number field of a valid scenario, then checks the ranges of the numbers. */
export function resolveScenario(s: Scenario): ResolveOutcome {
  return resolveWithValues(s).outcome;
}

/** resolveScenario, and the value of each formula field (for display). */
export function resolveWithValues(s: Scenario): { outcome: ResolveOutcome; values: FormulaValues } {
  if (!hasFormulas(s)) return { outcome: resolvePlain(s), values: {} };
  const values = new Map<string, number>();
  return { outcome: resolveFormulas(s, values), values: Object.fromEntries(values) };
}

/**
 * One small engine for every resolution, its sheet and names replaced each time: building a
 * HyperFormula instance builds its formula parser (chevrotain's grammar analysis), about 15 ms,
 * which is almost all of a formula scenario's cost when a portfolio resolves hundreds of them.
 */
let shared: HyperFormula | null = null;

/** Loads a scenario's inputs into the shared engine: names first (pointing at empty cells), then the cells. */
function loaded(names: { name: string; expression: string }[], rows: (string | number)[][]): HyperFormula {
  shared ??= HyperFormula.buildFromSheets({ Inputs: [] }, HF_CONFIG);
  const hf = shared;
  const sheet = hf.getSheetId('Inputs')!;
  hf.suspendEvaluation();
  try {
    hf.setSheetContent(sheet, []);
    for (const name of hf.listNamedExpressions()) hf.removeNamedExpression(name);
    for (const n of names) hf.addNamedExpression(n.name, n.expression);
    hf.setSheetContent(sheet, rows);
    hf.resumeEvaluation();
    return hf;
  } catch (e) {
    // A half-loaded engine must not serve the next scenario: the next call builds a fresh one.
    shared = null;
    hf.destroy();
    throw e;
  }
}

function resolveFormulas(s: Scenario, values: Map<string, number>): ResolveOutcome {
  const bad = checkFormulas(s);
  if (bad.length > 0) return { ok: false, issues: bad };
  const vars = s.variables ?? [];
  const fields = formulaFields(s).filter((f) => f.path[0] !== 'variables');
  const asCell = (v: NumberField) => (typeof v === 'string' ? engineFormula(v) : v);
  const rows = [...vars.map((v) => [asCell(v.value)]), ...fields.map((f) => [engineFormula(f.formula)])];
  const hf = loaded(
    vars.map((v, i) => ({ name: v.name, expression: `=Inputs!$A$${i + 1}` })),
    rows,
  );
  const issues: Issue[] = [];
  const read = (row: number, path: PathSegment[], formula: NumberField) => {
    const v = hf.getCellValue({ sheet: 0, row, col: 0 });
    if (typeof formula !== 'string') return;
    const problem = formulaIssue(path, formula, v);
    if (problem) issues.push(problem);
    else values.set(formatPath(path), v as number);
  };
  vars.forEach((v, i) => read(i, ['variables', i, 'value'], v.value));
  fields.forEach((f, i) => read(vars.length + i, f.path, f.formula));
  if (issues.length > 0) return { ok: false, issues };
  return rangeChecked(
    toResolved(s, (field, path) => (typeof field === 'number' ? field : values.get(formatPath(path))!)),
  );
}
