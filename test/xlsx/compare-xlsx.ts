/**
 * Test support: the cells of a recalculated workbook that do not match the values the app
 * stored in the file it exported. Numbers agree by the spec's rule, |a - b| <= max(1e-6,
 * 1e-9 |b|), IRR cells to 1e-7 (LibreOffice ends its IRR search at that precision).
 */
import type { StoredBook, StoredCell, StoredValue } from './read-xlsx';

export interface Comparison {
  mismatches: string[];
  /** Formula cells whose value in `ours` (the app's) is an error. */
  errors: string[];
  formulas: number;
  values: number;
}

/** One comparable form: booleans as 1/0 (LibreOffice keeps them as numbers), empty results as ''. */
function normal(v: StoredValue | undefined): number | string | undefined {
  if (v === undefined) return undefined;
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'object') return `error ${v.error}`;
  return v;
}

function agree(expected: number | string | undefined, actual: number | string | undefined, irr: boolean): boolean {
  if (typeof expected === 'number' && typeof actual === 'number') {
    return Math.abs(actual - expected) <= (irr ? 1e-7 : Math.max(1e-6, 1e-9 * Math.abs(expected)));
  }
  return expected === actual;
}

const show = (v: number | string | undefined) => (v === undefined ? 'no cell' : JSON.stringify(v));

/**
 * Every cell of `ours` (formulas and values) checked against the same cell of `theirs`;
 * a formula must still be a formula there. Returns the mismatches as `Sheet!A1: ...` lines.
 */
export function compareBooks(ours: StoredBook, theirs: StoredBook): Comparison {
  const mismatches: string[] = [];
  const errors: string[] = [];
  let formulas = 0;
  let values = 0;
  for (const [name, cells] of ours.sheets) {
    const other = theirs.sheets.get(name);
    if (!other) {
      mismatches.push(`${name}: sheet missing`);
      continue;
    }
    for (const [ref, cell] of cells) {
      if (cell.formula === undefined && cell.value === null) continue; // a formatted empty cell
      const got: StoredCell | undefined = other.get(ref);
      if (cell.formula !== undefined) {
        formulas++;
        if (typeof cell.value === 'object' && cell.value !== null)
          errors.push(`${name}!${ref}: ${cell.value.error} (=${cell.formula})`);
        if (got?.formula === undefined) mismatches.push(`${name}!${ref}: the formula ${cell.formula} was lost`);
      } else values++;
      const [e, a] = [normal(cell.value), normal(got?.value)];
      if (!agree(e, a, cell.formula?.includes('IRR(') ?? false)) {
        mismatches.push(
          `${name}!${ref}: ${show(a)}, the app has ${show(e)}${cell.formula === undefined ? '' : ` (=${cell.formula})`}`,
        );
      }
    }
  }
  return { mismatches, errors, formulas, values };
}
