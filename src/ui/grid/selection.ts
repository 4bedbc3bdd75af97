/**
 * The selection as in Excel: an active cell (the anchor, which keeps the focus) and an extent
 * that Shift+arrows and shift-click move. The selected range spans the two.
 */
import { clampCell, rangeOf } from './range';
import type { CellRef, Range } from './types';

export interface Selection {
  active: CellRef;
  extent: CellRef;
}

export function selectCell(cell: CellRef): Selection {
  return { active: cell, extent: cell };
}

export function selectionRange(sel: Selection): Range {
  return rangeOf(sel.active, sel.extent);
}

/** Moves the active cell (collapsing the range) or, with `extend`, the extent. */
export function moveSelection(sel: Selection, to: CellRef, extend: boolean): Selection {
  return extend ? { active: sel.active, extent: to } : selectCell(to);
}

/** The selection inside the current data, e.g. after rows were deleted under it. */
export function clampSelection(sel: Selection, rowCount: number, colCount: number): Selection {
  return { active: clampCell(sel.active, rowCount, colCount), extent: clampCell(sel.extent, rowCount, colCount) };
}

/** The cell `dRow`, `dCol` away from `from`, stopping at the edges. */
export function step(from: CellRef, dRow: number, dCol: number, rowCount: number, colCount: number): CellRef {
  return clampCell({ row: from.row + dRow, col: from.col + dCol }, rowCount, colCount);
}
