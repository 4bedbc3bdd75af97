import { describe, expect, test } from 'vitest';
import { clearEdits, fillDownEdits, MAX_PASTE_ROWS, pasteEdits, rawBlock, toggleEdits } from './edits';
import { context } from '../test-support/grid-data';

const r = (top: number, left: number, bottom = top, right = left) => ({ top, left, bottom, right });

describe('clearEdits', () => {
  test('empties non-empty writable cells only', () => {
    const data = context(
      [
        ['a', '', 'x'],
        ['b', 'c', 'y'],
      ],
      ['text', 'number', 'text!'],
    );
    expect(clearEdits(data, r(0, 0, 1, 2))).toEqual([
      { row: 0, col: 0, value: '' },
      { row: 1, col: 0, value: '' },
      { row: 1, col: 1, value: '' },
    ]);
  });
});

describe('fillDownEdits', () => {
  const data = context([
    ['1', '=A1*2', 'k'],
    ['', '', 'k'],
    ['9', '', ''],
  ]);

  test('copies the first row of the range into the rows below, formulas verbatim', () => {
    expect(fillDownEdits(data, r(0, 0, 2, 1))).toEqual([
      { row: 1, col: 0, value: '1' },
      { row: 1, col: 1, value: '=A1*2' },
      { row: 2, col: 0, value: '1' },
      { row: 2, col: 1, value: '=A1*2' },
    ]);
  });

  test('on one row, copies the row above', () => {
    expect(fillDownEdits(data, r(1, 0, 1, 2))).toEqual([
      { row: 1, col: 0, value: '1' },
      { row: 1, col: 1, value: '=A1*2' },
    ]);
    expect(fillDownEdits(data, r(0, 0))).toEqual([]);
  });
});

describe('pasteEdits', () => {
  const data = context(
    [
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
    ],
    ['text', 'text!', 'text'],
  );

  test('from the top-left of the selection, skipping read-only columns and unchanged cells', () => {
    expect(pasteEdits(data, r(0, 0), [['x', 'y', 'c']])).toEqual({
      edits: [{ row: 0, col: 0, value: 'x' }],
      area: r(0, 0, 0, 2),
    });
  });

  test('rows past the end are kept, columns past the end dropped', () => {
    expect(
      pasteEdits(data, r(1, 2), [
        ['1', '2'],
        ['3', '4'],
      ]),
    ).toEqual({
      edits: [
        { row: 1, col: 2, value: '1' },
        { row: 2, col: 2, value: '3' },
      ],
      area: r(1, 2, 2, 2),
    });
  });

  test('one value fills the whole selection; a block repeats over a multiple of its size', () => {
    expect(pasteEdits(data, r(0, 0, 1, 0), [['z']]).edits).toEqual([
      { row: 0, col: 0, value: 'z' },
      { row: 1, col: 0, value: 'z' },
    ]);
    expect(
      pasteEdits(
        context([
          ['', ''],
          ['', ''],
          ['', ''],
          ['', ''],
        ]),
        r(0, 0, 3, 0),
        [['1'], ['2']],
      ).edits,
    ).toEqual([
      { row: 0, col: 0, value: '1' },
      { row: 1, col: 0, value: '2' },
      { row: 2, col: 0, value: '1' },
      { row: 3, col: 0, value: '2' },
    ]);
  });

  test('a block that does not divide the selection is pasted once', () => {
    expect(pasteEdits(context([[''], [''], ['']]), r(0, 0, 2, 0), [['1'], ['2']]).area).toEqual(r(0, 0, 1, 0));
  });

  test('an empty clipboard pastes nothing', () => {
    expect(pasteEdits(data, r(0, 0), [])).toEqual({ edits: [], area: null });
  });
});

describe('toggleEdits', () => {
  const data = context(
    [
      ['TRUE', 'x'],
      ['FALSE', 'y'],
    ],
    ['checkbox', 'text'],
  );

  test('checks all unless all are checked', () => {
    expect(toggleEdits(data, r(0, 0, 1, 1))).toEqual([{ row: 1, col: 0, value: 'TRUE' }]);
    expect(toggleEdits(data, r(0, 0))).toEqual([{ row: 0, col: 0, value: 'FALSE' }]);
    expect(toggleEdits(data, r(0, 1))).toEqual([]);
  });
});

describe('rawBlock', () => {
  test('the raw texts of the range', () => {
    expect(
      rawBlock(
        context([
          ['1', '2'],
          ['=A1', '4'],
        ]),
        r(0, 0, 1, 0),
      ),
    ).toEqual([['1'], ['=A1']]);
  });
});

describe('a paste of very many rows', () => {
  test('writes at most MAX_PASTE_ROWS rows', () => {
    const block = Array.from({ length: MAX_PASTE_ROWS + 500 }, (_, i) => [String(i)]);
    const { edits, area } = pasteEdits(context([['']]), { top: 0, left: 0, bottom: 0, right: 0 }, block);
    expect(edits.length).toBe(MAX_PASTE_ROWS);
    expect(area?.bottom).toBe(MAX_PASTE_ROWS - 1);
  });
});
