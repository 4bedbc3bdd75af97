/**
 * What a draft (the scenario as typed, maybe invalid) must at least be before the editor opens
 * it: its values may be wrong, its shape may not. Lists are lists of rows (objects), sections
 * are objects, savings are objects, and every other value is a string, number, boolean or null.
 * A draft from a backup is checked with this, so that `"measures": [null]` never reaches the
 * editor.
 */

const LISTS = new Set(['variables', 'resources', 'measures', 'uncertainty']);
const SECTIONS = new Set(['financing', 'credit', 'application', 'verification']);

const isRow = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isScalar = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);

/** The path of the first value whose shape the editor cannot show, or null when the draft is shaped as a scenario. */
export function draftShapeProblem(file: unknown): string | null {
  if (!isRow(file)) return '(file): not an object';
  for (const [key, value] of Object.entries(file)) {
    if (value === undefined) continue;
    if (LISTS.has(key)) {
      if (!Array.isArray(value)) return `${key}: not a list`;
      for (let i = 0; i < value.length; i++) {
        const row: unknown = value[i];
        if (!isRow(row)) return `${key}[${i}]: not a row`;
        const bad = rowProblem(row, `${key}[${i}]`);
        if (bad) return bad;
      }
    } else if (SECTIONS.has(key)) {
      if (!isRow(value)) return `${key}: not an object`;
      const bad = nestedProblem(value, key, 3);
      if (bad) return bad;
    } else if (!isScalar(value)) return `${key}: not a value`;
  }
  return null;
}

/** A row's fields are values, or (savings, distribution) objects of values. */
function rowProblem(row: Record<string, unknown>, at: string): string | null {
  for (const [key, value] of Object.entries(row)) {
    if (value === undefined || isScalar(value)) continue;
    if (!isRow(value)) return `${at}.${key}: not a value`;
    for (const [k, v] of Object.entries(value))
      if (v !== undefined && !isScalar(v)) return `${at}.${key}.${k}: not a value`;
  }
  return null;
}

/** Sections hold values, objects and lists of rows (tiers, verification records), a few levels deep. */
function nestedProblem(value: Record<string, unknown>, at: string, depth: number): string | null {
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined || isScalar(v)) continue;
    if (depth === 0) return `${at}.${key}: nested too deep`;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const row: unknown = v[i];
        if (!isRow(row)) return `${at}.${key}[${i}]: not a row`;
        const bad = nestedProblem(row, `${at}.${key}[${i}]`, depth - 1);
        if (bad) return bad;
      }
    } else if (isRow(v)) {
      const bad = nestedProblem(v, `${at}.${key}`, depth - 1);
      if (bad) return bad;
    } else return `${at}.${key}: not a value`;
  }
  return null;
}
