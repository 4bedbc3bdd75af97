import { describe, expect, test } from 'vitest';
import { pressCommands } from './mouse';

describe('pressCommands', () => {
  test('a click selects, shift-click extends', () => {
    expect(pressCommands({ kind: 'cell', cell: { row: 1, col: 2 }, onCheckbox: false }, false, false, 4)).toEqual([
      { type: 'select', cell: { row: 1, col: 2 }, extend: false },
    ]);
    expect(pressCommands({ kind: 'cell', cell: { row: 3, col: 0 }, onCheckbox: false }, true, false, 4)).toEqual([
      { type: 'select', cell: { row: 3, col: 0 }, extend: true },
    ]);
  });

  test('an open editor is committed in place first', () => {
    expect(pressCommands({ kind: 'cell', cell: { row: 0, col: 0 }, onCheckbox: false }, false, true, 4)[0]).toEqual({
      type: 'commit',
      move: 'none',
    });
  });

  test('a click on a checkbox toggles it', () => {
    expect(pressCommands({ kind: 'cell', cell: { row: 0, col: 3 }, onCheckbox: true }, false, false, 4)).toEqual([
      { type: 'select', cell: { row: 0, col: 3 }, extend: false },
      { type: 'toggle' },
    ]);
  });

  test('a row number selects the row', () => {
    expect(pressCommands({ kind: 'rowHeader', row: 2 }, false, false, 4)).toEqual([
      { type: 'select', cell: { row: 2, col: 0 }, extend: false },
      { type: 'select', cell: { row: 2, col: 3 }, extend: true },
    ]);
    expect(pressCommands({ kind: 'rowHeader', row: 5 }, true, false, 4)).toEqual([
      { type: 'select', cell: { row: 5, col: 3 }, extend: true },
    ]);
  });

  test('elsewhere, nothing', () => {
    expect(pressCommands({ kind: 'none' }, false, true, 4)).toEqual([]);
  });
});
