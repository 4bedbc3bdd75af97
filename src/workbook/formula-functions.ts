/**
 * The functions a formula in a number field may call, and the limits on a formula's size.
 *
 * The app resolves each formula in a small sheet of its own and writes the same text into the
 * full workbook and the .xlsx, so only functions whose value depends on nothing but their
 * arguments may be used: none that read the position of their cell (ROW, COLUMN), the time
 * (NOW, TODAY), randomness (RAND), other cells or sheets (INDIRECT, OFFSET, lookups), the file
 * (FORMULATEXT, ISFORMULA), or act outside the sheet (HYPERLINK). The list is what a model of
 * prices and quantities needs; docs/model.md section 9 lists it for users.
 */
import { group } from '../model/checked';

/** Arithmetic and math. */
const MATH =
  'ABS SIGN SQRT POWER EXP LN LOG LOG10 MOD QUOTIENT INT TRUNC ROUND ROUNDUP ROUNDDOWN MROUND CEILING ' +
  'CEILING.MATH FLOOR FLOOR.MATH EVEN ODD PI SUM SUMSQ PRODUCT FACT COMBIN GCD LCM';
/** Logic. */
const LOGIC = 'IF IFS IFERROR IFNA NA AND OR NOT XOR SWITCH CHOOSE TRUE FALSE';
/** Statistics over the arguments given (no ranges, no lookups). */
const STATISTICS = 'MIN MAX AVERAGE MEDIAN GEOMEAN HARMEAN COUNT STDEV STDEV.S STDEV.P VAR VAR.S VAR.P';
/** Financial. */
const FINANCIAL = 'NPV IRR RATE PMT IPMT PPMT PV FV NPER EFFECT NOMINAL SLN CUMIPMT CUMPRINC FVSCHEDULE RRI PDURATION';

export const ALLOWED_FUNCTIONS: ReadonlySet<string> = new Set(
  [MATH, LOGIC, STATISTICS, FINANCIAL].join(' ').split(' '),
);

/** Longest formula, in characters (a spreadsheet allows 8,192; a price model needs far fewer). */
export const MAX_FORMULA_LENGTH = 1000;
/** Deepest nesting of brackets `(` `{` (Excel allows 64 levels of nested functions). */
export const MAX_FORMULA_NESTING = 32;
/** Most values in the array constants `{…}` of one formula. */
export const MAX_ARRAY_VALUES = 100;

/** A formula's code with its string literals emptied, so that text in quotes is never read as code. */
export function formulaCode(f: string): string {
  return f.replace(/"(?:[^"]|"")*"?/g, '""');
}

/** The functions a formula calls, upper case, in order of first use. */
export function calledFunctions(f: string): string[] {
  const names = new Set<string>();
  for (const m of formulaCode(f).matchAll(/(?<![\w.$])([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g))
    names.add(group(m, 1).toUpperCase());
  return [...names];
}

/** The deepest nesting of brackets in a formula's code. */
export function formulaNesting(f: string): number {
  let depth = 0;
  let max = 0;
  for (const c of formulaCode(f)) {
    if (c === '(' || c === '{') max = Math.max(max, ++depth);
    else if (c === ')' || c === '}') depth--;
  }
  return max;
}

/** How many values the formula's array constants hold together (`{1,2;3,4}` holds 4). */
export function arrayValues(f: string): number {
  let n = 0;
  for (const m of formulaCode(f).matchAll(/\{([^{}]*)\}/g)) n += group(m, 1).split(/[,;]/).length;
  return n;
}
