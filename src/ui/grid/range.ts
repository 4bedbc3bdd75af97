/** Rectangles of cells: the selection, a paste block, a fill. All bounds are inclusive. */
import type { CellRef, Range } from './types';

export function rangeOf(a: CellRef, b: CellRef): Range {
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export function rangeHeight(r: Range): number {
  return r.bottom - r.top + 1;
}

export function rangeWidth(r: Range): number {
  return r.right - r.left + 1;
}

export function rangeSize(r: Range): number {
  return rangeHeight(r) * rangeWidth(r);
}

export function inRange(r: Range, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

/** Row by row, left to right. */
export function cellsOf(r: Range): CellRef[] {
  const cells: CellRef[] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    for (let col = r.left; col <= r.right; col++) cells.push({ row, col });
  }
  return cells;
}

export function rowsOf(r: Range): number[] {
  return Array.from({ length: rangeHeight(r) }, (_, i) => r.top + i);
}

export function clamp(n: number, min: number, max: number): number {
  return Math.min(Math.max(n, min), max);
}

/** Keeps a cell inside a grid of rowCount x colCount (row 0 when there are no rows). */
export function clampCell(cell: CellRef, rowCount: number, colCount: number): CellRef {
  return { row: clamp(cell.row, 0, Math.max(rowCount - 1, 0)), col: clamp(cell.col, 0, Math.max(colCount - 1, 0)) };
}

/** Spreadsheet-style name of a range for announcements and tests: A1, B2:C4. */
export function rangeName(r: Range): string {
  const cell = (row: number, col: number) => `${columnName(col)}${row + 1}`;
  const start = cell(r.top, r.left);
  return rangeSize(r) === 1 ? start : `${start}:${cell(r.bottom, r.right)}`;
}

export function columnName(col: number): string {
  let name = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}
