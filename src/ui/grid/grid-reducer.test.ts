import { describe, expect, test } from 'vitest';
import { initialGridState, reduceGrid, type GridState } from './grid-reducer';
import { selectCell } from './selection';
import { context } from '../test-support/grid-data';

const data = context([
  ['1', '2'],
  ['3', '4'],
  ['5', '6'],
]);

function at(row: number, col: number, extent?: { row: number; col: number }): GridState {
  return { ...initialGridState(), selection: { active: { row, col }, extent: extent ?? { row, col } } };
}

describe('mouse selection', () => {
  test('click selects, shift-click extends', () => {
    const clicked = reduceGrid(initialGridState(), { type: 'select', cell: { row: 1, col: 1 }, extend: false }, data);
    expect(clicked.state.selection).toEqual(selectCell({ row: 1, col: 1 }));
    const extended = reduceGrid(clicked.state, { type: 'select', cell: { row: 2, col: 0 }, extend: true }, data);
    expect(extended.state.selection).toEqual({ active: { row: 1, col: 1 }, extent: { row: 2, col: 0 } });
  });
});

describe('clipboard', () => {
  test('copy gives the raw texts of the range as TSV', () => {
    expect(reduceGrid(at(0, 0, { row: 1, col: 1 }), { type: 'copy' }, data).effects).toEqual([
      { type: 'copy', text: '1\t2\n3\t4\n' },
    ]);
  });

  test('cut copies, then clears', () => {
    expect(reduceGrid(at(2, 1), { type: 'cut' }, data).effects).toEqual([
      { type: 'copy', text: '6\n' },
      { type: 'edit', edits: [{ row: 2, col: 1, value: '' }] },
    ]);
  });

  test('paste from the active cell, past the last row, and select what was pasted', () => {
    const step = reduceGrid(at(2, 0), { type: 'paste', text: '7\t8\r\n9\t10\r\n' }, data);
    expect(step.effects).toEqual([
      {
        type: 'edit',
        edits: [
          { row: 2, col: 0, value: '7' },
          { row: 2, col: 1, value: '8' },
          { row: 3, col: 0, value: '9' },
          { row: 3, col: 1, value: '10' },
        ],
      },
    ]);
    expect(step.state.selection).toEqual({ active: { row: 2, col: 0 }, extent: { row: 3, col: 1 } });
  });

  test('pasting what is already there changes nothing', () => {
    expect(reduceGrid(at(0, 0), { type: 'paste', text: '1\t2' }, data).effects).toEqual([]);
  });
});

describe('row actions', () => {
  test('insert above or below, keeping the column', () => {
    expect(reduceGrid(at(1, 1), { type: 'row', action: 'insertAbove', row: 1 }, data)).toEqual({
      state: at(1, 1),
      effects: [{ type: 'insertRow', at: 1 }],
    });
    expect(reduceGrid(at(1, 1), { type: 'row', action: 'insertBelow', row: 1 }, data).effects).toEqual([
      { type: 'insertRow', at: 2 },
    ]);
  });

  test('delete removes the selected rows when the row is among them', () => {
    expect(reduceGrid(at(0, 0, { row: 1, col: 1 }), { type: 'row', action: 'delete', row: 1 }, data).effects).toEqual([
      { type: 'deleteRows', rows: [0, 1] },
    ]);
    expect(reduceGrid(at(0, 0), { type: 'row', action: 'delete', row: 2 }, data).effects).toEqual([
      { type: 'deleteRows', rows: [2] },
    ]);
  });

  test('move up and down, with the selection following the row; not past the ends', () => {
    const down = reduceGrid(at(0, 1), { type: 'row', action: 'moveDown', row: 0 }, data);
    expect(down.effects).toEqual([{ type: 'moveRow', from: 0, to: 1 }]);
    expect(down.state.selection.active).toEqual({ row: 1, col: 1 });
    expect(reduceGrid(at(0, 0), { type: 'row', action: 'moveUp', row: 0 }, data).effects).toEqual([]);
    expect(reduceGrid(at(2, 0), { type: 'row', action: 'moveDown', row: 2 }, data).effects).toEqual([]);
  });

  test('toggle', () => {
    expect(reduceGrid(at(0, 0), { type: 'row', action: 'toggle', row: 2 }, data).effects).toEqual([
      { type: 'toggleRow', row: 2 },
    ]);
  });
});

describe('the editor', () => {
  test('input updates its text; commit without an editor does nothing', () => {
    const open = reduceGrid(at(0, 0), { type: 'startEdit' }, data).state;
    expect(reduceGrid(open, { type: 'input', text: '11' }, data).state.editor?.text).toBe('11');
    expect(reduceGrid(at(0, 0), { type: 'commit', move: 'down' }, data)).toEqual({ state: at(0, 0), effects: [] });
  });

  test('a blur commit stays in place', () => {
    const open = reduceGrid(at(1, 0), { type: 'startEdit', text: '9' }, data).state;
    const step = reduceGrid(open, { type: 'commit', move: 'none' }, data);
    expect(step.effects).toEqual([{ type: 'edit', edits: [{ row: 1, col: 0, value: '9' }] }]);
    expect(step.state.selection.active).toEqual({ row: 1, col: 0 });
  });

  test('no editor in an empty grid', () => {
    expect(reduceGrid(initialGridState(), { type: 'startEdit', text: 'x' }, context([])).state.editor).toBeNull();
  });
});
