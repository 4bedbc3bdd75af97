/**
 * Checks on what users type as formulas and variable names, before the engine sees them:
 * a formula in a number field may use variables and functions, never cell references (whose
 * meaning would depend on where the app lays out its sheets).
 */
import { HyperFormula } from 'hyperformula';
import { issue, type Issue } from '../model/issues';
import type { Scenario } from '../model/schema';
import { SYSTEM_NAMES } from './inputs-sheets';

let functionNames: Set<string> | null = null;

function isFunctionName(name: string): boolean {
  functionNames ??= new Set(HyperFormula.getRegisteredFunctionNames('enGB').map((n) => n.toLowerCase()));
  return functionNames.has(name.toLowerCase()) || name === 'true' || name === 'false';
}

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
      out.push(issue(['variables', i, 'name'], 'variable-like-function', `"${v.name}" is a function name: use another name, like "${v.name}_"`, { name: v.name }));
    } else if (reserved.has(v.name.toLowerCase())) {
      out.push(issue(['variables', i, 'name'], 'variable-reserved', `"${v.name}" is a name the workbook already uses`, { name: v.name }));
    }
  });
  const visit = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string' && value.startsWith('=') && path[path.length - 1] !== 'name') {
      const ref = findCellReference(value);
      if (ref) out.push(issue(path, 'cell-reference', `the formula ${value} refers to a cell (${ref}); use variables by name instead`, { formula: value, ref }));
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) if (k !== 'name' && k !== 'unit') visit(v, [...path, k]);
    }
  };
  visit(s, []);
  return out;
}

/**
 * A user's formula as HyperFormula reads it: it parses `1e3` but not `1E3`, which spreadsheet
 * users type, so an exponent's `E` is lowered (outside string literals).
 */
export function engineFormula(f: string): string {
  return f.replace(/("(?:[^"]|"")*")|(\d\.?)E([+-]?\d)/g, (whole, str: string | undefined, digit: string, exp: string) => (str ? whole : `${digit}e${exp}`));
}
