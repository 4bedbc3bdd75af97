/** The grid's data contract. The grid never changes these; it reports what the user did. */
import type { UiLanguage } from '../../i18n/locale';

export type ColumnKind = 'text' | 'number' | 'percent' | 'select' | 'checkbox';

export interface GridOption {
  value: string;
  label: string;
}

export interface GridColumn {
  key: string;
  label: string;
  kind: ColumnKind;
  /** Choices of a 'select' column; the cell's raw text is an option's value. */
  options?: readonly GridOption[];
  readonly?: boolean;
  /** A CSS length ('8rem') or pixels. */
  width?: string | number;
  /** Defaults: numbers and percentages at the end, checkboxes centred, the rest at the start. */
  align?: 'start' | 'end' | 'center';
  /** Stays in view beside the row numbers when the grid scrolls sideways (the row's name). */
  frozen?: boolean;
}

export interface GridCell {
  /** What the cell shows, already formatted for the user's locale. */
  display: string;
  /** What the user typed and edits: a number in their format, a formula starting with '=', text. */
  raw: string;
  /** Why the cell is wrong, shown as its description and tooltip; the raw text stays. */
  error?: string | null;
}

export interface GridRow {
  /** Stable across edits and moves: it keys the DOM, so focus survives a re-render. */
  id: string;
  cells: readonly GridCell[];
  /** false shows the row as left out of the calculation (the owner decides what that means). */
  enabled?: boolean;
}

/** One cell's new raw text. `row` may be >= rows.length after a paste: the owner may append rows. */
export interface CellEdit {
  row: number;
  col: number;
  value: string;
}

export interface CellRef {
  row: number;
  col: number;
}

/** Inclusive bounds. */
export interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * The event a cell (`td`) is sent to become the grid's active, focused cell:
 * `td.dispatchEvent(new Event(REVEAL_CELL, { bubbles: true }))`.
 */
export const REVEAL_CELL = 'grid-reveal-cell';

/** Raw texts of a checkbox cell. Copying gives TRUE/FALSE, which Excel and Sheets read as booleans. */
export const CHECKED = 'TRUE';
export const UNCHECKED = 'FALSE';

export function isChecked(raw: string): boolean {
  return /^(true|1)$/i.test(raw.trim());
}

/** Grid.svelte's props. Data flows one way: the grid shows `rows` and reports edits; the owner applies them. */
export interface GridProps {
  /** The grid's accessible name. */
  label: string;
  columns: readonly GridColumn[];
  rows: readonly GridRow[];
  /** One call per user action: a typed value, a paste block, a fill-down, a cleared range, a checkbox toggle. */
  onedit: (edits: CellEdit[]) => void;
  /** Insert an empty row at index `at` (rows.length appends). Without it, no insert actions are offered. */
  oninsertrow?: (at: number) => void;
  ondeleterows?: (rows: number[]) => void;
  onmoverow?: (from: number, to: number) => void;
  /** Flip the row's `enabled`. */
  ontogglerow?: (row: number) => void;
  /** The active cell and the selected range whenever they change, e.g. for a formula bar. */
  onselect?: (selection: { active: CellRef; range: Range }) => void;
  /** Language of the grid's own labels (default English). */
  language?: UiLanguage;
  /** Rows moved by PageUp/PageDown (default 10). */
  pageSize?: number;
  /** A cell's `data-path` (for links that bring a cell into view: focusing it selects it). */
  cellPath?: (row: number, col: number) => string;
}
