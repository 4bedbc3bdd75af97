/**
 * Data tables, as in a spreadsheet's What-If Analysis: the scenario's figures over a range of
 * values of one input (one-way) or of two (two-way), every other input as in the scenario.
 * Values are absolute (a discount rate of 0.10, an electricity price of 0.18), not multipliers.
 */
import { inputDomain, inputValue, isRateInput } from './input-values';
import { createPointEvaluator, type PointFigures } from './point-evaluator';
import type { ResolvedScenario } from './resolved-scenario';

/** The most values on one axis: 41 × 41 points stay well under a tenth of a second. */
export const MAX_AXIS_VALUES = 41;

export interface TableAxis {
  /** A spec section 4 input path. */
  input: string;
  values: number[];
}

export interface DataTableSpec {
  rows: TableAxis;
  /** Null for a one-way table. */
  columns: TableAxis | null;
}

export interface DataTable {
  rows: TableAxis;
  columns: TableAxis | null;
  /** cells[i][j]: rows.values[i] with columns.values[j]; one column for a one-way table. */
  cells: PointFigures[][];
  /** The scenario's own values of the inputs, and the index of the axis value equal to each (or null). */
  base: { row: number; column: number | null; rowIndex: number | null; columnIndex: number | null };
  /** The figures of the scenario as it is. */
  baseFigures: PointFigures;
}

/** Index of the value equal to `base` (to rounding), or null. */
export function baseIndex(values: readonly number[], base: number): number | null {
  const tolerance = 1e-9 * Math.max(1, Math.abs(base));
  const i = values.findIndex((v) => Math.abs(v - base) <= tolerance);
  return i < 0 ? null : i;
}

/** A value rid of binary noise (0.12 - 0.06 = 0.06, not 0.05999999999999999), for a range the user reads. */
const tidy = (x: number): number => Number(x.toPrecision(12));

/** `count` evenly spaced values from `from` to `to`, both included (count >= 2). */
export function axisValues(from: number, to: number, count: number): number[] {
  const n = Math.max(2, Math.min(MAX_AXIS_VALUES, Math.round(count)));
  const step = (to - from) / (n - 1);
  // The last value is `to` exactly, not from + (n-1)·step with its rounding.
  return Array.from({ length: n }, (_, i) => (i === n - 1 ? to : tidy(from + i * step)));
}

/**
 * A starting range around the scenario's value, centred on it so the base case is a cell:
 * rates ±6 points, other inputs ±30 %, seven values (steps of 2 points or 10 %); inside the
 * input's domain.
 */
export function defaultAxisRange(path: string, base: number): { from: number; to: number; count: number } {
  const domain = inputDomain(path);
  let half = isRateInput(path) ? 0.06 : 0.3 * Math.abs(base);
  if (half === 0) half = 1;
  // Shrink symmetrically rather than clip, so the base stays in the middle.
  half = Math.min(half, base - domain.min, domain.max - base);
  if (!(half > 0)) return { from: base, to: tidy(base + 1), count: 7 };
  return { from: tidy(base - half), to: tidy(base + half), count: 7 };
}

function checkAxis(axis: TableAxis): void {
  if (axis.values.length < 1 || axis.values.length > MAX_AXIS_VALUES) {
    throw new RangeError(`data table: ${axis.input} needs 1 to ${MAX_AXIS_VALUES} values, got ${axis.values.length}`);
  }
  if (!axis.values.every(Number.isFinite))
    throw new RangeError(`data table: ${axis.input} has a value that is not a finite number`);
}

/** Evaluates a one- or two-way data table. Throws on an unknown path or a bad axis. */
export function dataTable(s: ResolvedScenario, spec: DataTableSpec): DataTable {
  const { rows, columns } = spec;
  checkAxis(rows);
  if (columns) {
    checkAxis(columns);
    if (columns.input === rows.input) throw new RangeError('data table: rows and columns need two different inputs');
  }
  const paths = columns ? [rows.input, columns.input] : [rows.input];
  const evaluator = createPointEvaluator(s, paths);
  const baseRow = inputValue(s, rows.input);
  const baseColumn = columns ? inputValue(s, columns.input) : null;
  const cells = rows.values.map((r) =>
    columns ? columns.values.map((c) => evaluator.figures([r, c])) : [evaluator.figures([r])],
  );
  return {
    rows,
    columns,
    cells,
    base: {
      row: baseRow,
      column: baseColumn,
      rowIndex: baseIndex(rows.values, baseRow),
      columnIndex: columns && baseColumn !== null ? baseIndex(columns.values, baseColumn) : null,
    },
    baseFigures: evaluator.figures(columns ? [baseRow, baseColumn ?? 0] : [baseRow]),
  };
}
