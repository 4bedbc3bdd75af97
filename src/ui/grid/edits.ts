/**
 * What each user action changes, as a list of cell edits. Read-only columns are never written,
 * and a cell already holding the value gets no edit, so an action that changes nothing adds
 * nothing to the owner's undo history.
 */
import { cellsOf, rangeHeight, rangeWidth, rowsOf } from './range';
import { CHECKED, UNCHECKED, isChecked, type CellEdit, type GridColumn, type Range } from './types';

/** What the edit functions need to know about the data. */
export interface GridData {
  rowCount: number;
  columns: readonly GridColumn[];
  /** The raw text of a cell; '' outside the data. */
  raw(row: number, col: number): string;
}

export function isWritable(data: GridData, col: number): boolean {
  const column = data.columns[col];
  return column !== undefined && !column.readonly;
}

/** Drops edits to read-only columns and edits that would not change an existing cell. */
export function effective(data: GridData, edits: readonly CellEdit[]): CellEdit[] {
  return edits.filter((e) => isWritable(data, e.col) && (e.row >= data.rowCount || data.raw(e.row, e.col) !== e.value));
}

/** Delete/Backspace: empties every cell of the range. */
export function clearEdits(data: GridData, range: Range): CellEdit[] {
  return effective(
    data,
    cellsOf(range).map((c) => ({ ...c, value: '' })),
  );
}

/** The same text into every cell of the range (Ctrl+Enter in the editor). */
export function fillEdits(data: GridData, range: Range, value: string): CellEdit[] {
  return effective(
    data,
    cellsOf(range).map((c) => ({ ...c, value })),
  );
}

/**
 * Ctrl+D: copies the first row of the range into the rows below it; on a one-row range,
 * copies the row above into it, as Excel does. Formulas are copied verbatim (no reference shifting).
 */
export function fillDownEdits(data: GridData, range: Range): CellEdit[] {
  const source = rangeHeight(range) === 1 ? range.top - 1 : range.top;
  if (source < 0) return [];
  const edits: CellEdit[] = [];
  for (const row of rowsOf(range)) {
    if (row === source) continue;
    for (let col = range.left; col <= range.right; col++) edits.push({ row, col, value: data.raw(source, col) });
  }
  return effective(data, edits);
}

/**
 * Paste: the block goes at the range's top-left corner; when the range is a whole multiple of
 * the block (a single copied value into many cells, say) the block is repeated over it, as in
 * Excel. Columns past the last are dropped; rows past the last are kept for the owner to append.
 * Returns the edits and the area pasted over, which becomes the selection.
 */
/**
 * Most rows one paste writes: a clipboard of a million lines would freeze the page before the
 * schema's count limits (200 measures) could say "too many" about the rows it appended.
 */
export const MAX_PASTE_ROWS = 1000;

export function pasteEdits(
  data: GridData,
  range: Range,
  pasted: readonly (readonly string[])[],
): { edits: CellEdit[]; area: Range | null } {
  const block = pasted.length > MAX_PASTE_ROWS ? pasted.slice(0, MAX_PASTE_ROWS) : pasted;
  const height = block.length;
  const width = Math.max(0, ...block.map((r) => r.length));
  if (height === 0 || width === 0) return { edits: [], area: null };
  const tiles = rangeHeight(range) % height === 0 && rangeWidth(range) % width === 0;
  const rows = Math.min(tiles ? rangeHeight(range) : height, MAX_PASTE_ROWS);
  const cols = Math.min(tiles ? rangeWidth(range) : width, data.columns.length - range.left);
  const edits: CellEdit[] = [];
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const value = block[i % height]?.[j % width];
      if (value !== undefined) edits.push({ row: range.top + i, col: range.left + j, value });
    }
  }
  const area = { top: range.top, left: range.left, bottom: range.top + rows - 1, right: range.left + cols - 1 };
  return { edits: effective(data, edits), area: cols > 0 ? area : null };
}

/** Space on checkboxes: all checked become unchecked, otherwise all become checked (as in Sheets). */
export function toggleEdits(data: GridData, range: Range): CellEdit[] {
  const boxes = cellsOf(range).filter((c) => data.columns[c.col]?.kind === 'checkbox' && c.row < data.rowCount);
  if (boxes.length === 0) return [];
  const allChecked = boxes.every((c) => isChecked(data.raw(c.row, c.col)));
  return effective(
    data,
    boxes.map((c) => ({ ...c, value: allChecked ? UNCHECKED : CHECKED })),
  );
}

/** The raw texts of a range, for copying. */
export function rawBlock(data: GridData, range: Range): string[][] {
  return rowsOf(range).map((row) => Array.from({ length: rangeWidth(range) }, (_, j) => data.raw(row, range.left + j)));
}
