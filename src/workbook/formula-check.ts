/**
 * Checks on what users type as formulas and variable names, before the engine sees them:
 * a formula in a number field may use variables and functions, never cell references (whose
 * meaning would depend on where the app lays out its sheets).
 */
import { HyperFormula } from 'hyperformula';
import { issue, type Issue, type PathSegment } from '../model/issues';
import type { Scenario } from '../model/schema';
import {
  ALLOWED_FUNCTIONS,
  arrayValues,
  calledFunctions,
  formulaNesting,
  MAX_ARRAY_VALUES,
  MAX_FORMULA_LENGTH,
  MAX_FORMULA_NESTING,
} from './formula-functions';
import { SYSTEM_NAMES } from './inputs-sheets';

let functionNames: Set<string> | null = null;

function isFunctionName(name: string): boolean {
  functionNames ??= new Set(HyperFormula.getRegisteredFunctionNames('enGB').map((n) => n.toLowerCase()));
  return functionNames.has(name.toLowerCase()) || name === 'true' || name === 'false';
}

/** Keys whose values are free text, never formulas (a note may well start with `=`). */
const TEXT_KEYS = new Set(['name', 'unit', 'notes', 'exchangeRateDate']);

const CELL_REF = /^\$?[A-Za-z]{1,3}\$?[0-9]+$/;

/** The first cell reference in a formula (outside string literals), or null. */
export function findCellReference(f: string): string | null {
  const code = f.replace(/"(?:[^"]|"")*"/g, '""');
  if (/[!$]/.test(code)) return code.match(/[^\s=+\-*/^&(),<>]*[!$][^\s+\-*/^&(),<>]*/)?.[0] ?? '$';
  // Not after a digit or point: the E of an exponent (1E3) starts no name.
  const tokens = code.matchAll(/(?<![\w.$])[A-Za-z_$][A-Za-z0-9_.$]*(?:\s*\()?/g);
  for (const m of tokens) {
    const token = m[0];
    if (token.endsWith('(')) continue;
    if (CELL_REF.test(token)) return token;
  }
  return /\b\d+:\d+\b|\b[A-Za-z]{1,3}:[A-Za-z]{1,3}\b/.exec(code)?.[0] ?? null;
}

/** Variable names the engine would misread, and formulas that use cell references. */
export function checkFormulas(s: Scenario): Issue[] {
  const out: Issue[] = [];
  const reserved = new Set(SYSTEM_NAMES.map((n) => n.toLowerCase()));
  (s.variables ?? []).forEach((v, i) => {
    if (isFunctionName(v.name)) {
      out.push(
        issue(
          ['variables', i, 'name'],
          'variable-like-function',
          `"${v.name}" is a function name: use another name, like "${v.name}_"`,
          { name: v.name },
        ),
      );
    } else if (reserved.has(v.name.toLowerCase())) {
      out.push(
        issue(['variables', i, 'name'], 'variable-reserved', `"${v.name}" is a name the workbook already uses`, {
          name: v.name,
        }),
      );
    }
  });
  const visit = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string' && value.startsWith('=') && path[path.length - 1] !== 'name') {
      const problem = formulaProblem(value, path);
      if (problem) out.push(problem);
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) if (!TEXT_KEYS.has(k)) visit(v, [...path, k]);
    }
  };
  visit(s, []);
  return out;
}

/** The first thing wrong with a formula before the engine sees it: size, nesting, functions, cell references. */
export function formulaProblem(formula: string, path: PathSegment[]): Issue | null {
  if (formula.length > MAX_FORMULA_LENGTH) {
    return issue(
      path,
      'formula-too-long',
      `the formula is ${formula.length} characters long; the limit is ${MAX_FORMULA_LENGTH}`,
      { size: formula.length, max: MAX_FORMULA_LENGTH },
    );
  }
  const shown = formula.length > 60 ? `${formula.slice(0, 57)}...` : formula;
  const depth = formulaNesting(formula);
  if (depth > MAX_FORMULA_NESTING) {
    return issue(
      path,
      'formula-too-deep',
      `the formula ${shown} nests brackets ${depth} deep; the limit is ${MAX_FORMULA_NESTING}`,
      { formula: shown, depth, max: MAX_FORMULA_NESTING },
    );
  }
  const values = arrayValues(formula);
  if (values > MAX_ARRAY_VALUES) {
    return issue(
      path,
      'array-too-large',
      `the formula ${shown} holds ${values} values in arrays; the limit is ${MAX_ARRAY_VALUES}`,
      { formula: shown, size: values, max: MAX_ARRAY_VALUES },
    );
  }
  const refused = calledFunctions(formula).find((name) => !ALLOWED_FUNCTIONS.has(name));
  if (refused) {
    return issue(
      path,
      'function-not-allowed',
      `the formula ${shown} uses ${refused}, which is not allowed: ` +
        `formulas may use arithmetic, math, logic, statistics and financial functions (see the model notes)`,
      { formula: shown, name: refused },
    );
  }
  const ref = findCellReference(formula);
  if (ref)
    return issue(
      path,
      'cell-reference',
      `the formula ${formula} refers to a cell (${ref}); use variables by name instead`,
      { formula, ref },
    );
  return null;
}

/**
 * A user's formula as HyperFormula reads it: it parses `1e3` but not `1E3`, which spreadsheet
 * users type, so an exponent's `E` is lowered (outside string literals).
 */
export function engineFormula(f: string): string {
  return f.replace(
    /("(?:[^"]|"")*")|(\d\.?)E([+-]?\d)/g,
    (whole, str: string | undefined, digit: string, exp: string) => (str ? whole : `${digit}e${exp}`),
  );
}
