import { describe, expect, test } from 'vitest';
import { cellsOf, clampCell, columnName, rangeName, rangeOf } from './range';
import { clampSelection, moveSelection, selectCell, selectionRange, step } from './selection';

describe('ranges', () => {
  test('span two corners in any order', () => {
    expect(rangeOf({ row: 3, col: 0 }, { row: 1, col: 2 })).toEqual({ top: 1, left: 0, bottom: 3, right: 2 });
  });

  test('list their cells row by row', () => {
    expect(cellsOf({ top: 0, left: 1, bottom: 1, right: 2 })).toEqual([
      { row: 0, col: 1 },
      { row: 0, col: 2 },
      { row: 1, col: 1 },
      { row: 1, col: 2 },
    ]);
  });

  test('have spreadsheet names', () => {
    expect(rangeName({ top: 0, left: 0, bottom: 0, right: 0 })).toBe('A1');
    expect(rangeName({ top: 1, left: 1, bottom: 3, right: 2 })).toBe('B2:C4');
    expect(columnName(25)).toBe('Z');
    expect(columnName(26)).toBe('AA');
    expect(columnName(701)).toBe('ZZ');
  });

  test('cells are kept inside the grid', () => {
    expect(clampCell({ row: 9, col: -1 }, 3, 4)).toEqual({ row: 2, col: 0 });
    expect(clampCell({ row: 2, col: 2 }, 0, 4)).toEqual({ row: 0, col: 2 });
  });
});

describe('the selection', () => {
  const sel = selectCell({ row: 1, col: 1 });

  test('extending keeps the active cell and moves the other corner', () => {
    const wide = moveSelection(sel, { row: 3, col: 0 }, true);
    expect(wide.active).toEqual({ row: 1, col: 1 });
    expect(selectionRange(wide)).toEqual({ top: 1, left: 0, bottom: 3, right: 1 });
  });

  test('moving collapses it', () => {
    expect(moveSelection(sel, { row: 0, col: 0 }, false)).toEqual(selectCell({ row: 0, col: 0 }));
  });

  test('steps stop at the edges', () => {
    expect(step({ row: 0, col: 0 }, -1, 0, 5, 3)).toEqual({ row: 0, col: 0 });
    expect(step({ row: 4, col: 2 }, 10, 1, 5, 3)).toEqual({ row: 4, col: 2 });
  });

  test('shrinks with the data', () => {
    expect(clampSelection({ active: { row: 5, col: 0 }, extent: { row: 7, col: 9 } }, 3, 2)).toEqual({
      active: { row: 2, col: 0 },
      extent: { row: 2, col: 1 },
    });
  });
});
