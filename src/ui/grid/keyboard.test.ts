import { describe, expect, test } from 'vitest';
import { initialGridState, type GridEffect, type GridState } from './grid-reducer';
import { gridKeyAction, handleKey, isPrintable, type KeyInput } from './keyboard';
import { context } from '../test-support/grid-data';
import type { GridContext } from './grid-reducer';

/** A key as a KeyboardEvent would report it: 'Shift+Tab', 'Ctrl+d', 'F2', 'x'. */
function key(spec: string): KeyInput {
  const parts = spec === '+' ? ['+'] : spec.split('+');
  const name = parts.pop() ?? '';
  return {
    key: name === 'Space' ? ' ' : name,
    shiftKey: parts.includes('Shift'),
    ctrlKey: parts.includes('Ctrl'),
    metaKey: parts.includes('Meta'),
    altKey: parts.includes('Alt'),
  };
}

/** Presses keys one after another and collects the effects; `ignored` lists keys left to the page. */
function press(ctx: GridContext, keys: string[], start: GridState = initialGridState()) {
  let state = start;
  const effects: GridEffect[] = [];
  const passed: string[] = [];
  for (const k of keys) {
    const outcome = handleKey(state, key(k), ctx);
    if (outcome.kind === 'step' || outcome.kind === 'toPage') {
      state = outcome.step.state;
      effects.push(...outcome.step.effects);
    }
    if (outcome.kind !== 'step') passed.push(`${k}:${outcome.kind}`);
  }
  return { state, effects, passed, active: state.selection.active, extent: state.selection.extent };
}

const grid3x3 = context([
  ['a', 'b', 'c'],
  ['d', 'e', 'f'],
  ['g', 'h', 'i'],
]);

describe('moving around', () => {
  test('arrows move and stop at the edges', () => {
    expect(press(grid3x3, ['ArrowDown', 'ArrowRight', 'ArrowRight', 'ArrowRight']).active).toEqual({ row: 1, col: 2 });
    expect(press(grid3x3, ['ArrowUp', 'ArrowLeft']).active).toEqual({ row: 0, col: 0 });
  });

  test('Shift+arrows extend the range from the active cell', () => {
    const r = press(grid3x3, ['ArrowDown', 'Shift+ArrowDown', 'Shift+ArrowRight']);
    expect(r.active).toEqual({ row: 1, col: 0 });
    expect(r.extent).toEqual({ row: 2, col: 1 });
  });

  test('Tab moves right and Enter returns to the column where the Tabs began', () => {
    const r = press(grid3x3, ['ArrowRight', 'Tab', 'Tab', 'Enter']);
    expect(r.active).toEqual({ row: 1, col: 1 });
    expect(press(grid3x3, ['Tab', 'Shift+Tab']).active).toEqual({ row: 0, col: 0 });
    expect(press(grid3x3, ['Enter', 'Enter', 'Shift+Enter']).active).toEqual({ row: 1, col: 0 });
  });

  test('Tab past the last column and Shift+Tab before the first leave the grid', () => {
    expect(press(grid3x3, ['Tab', 'Tab', 'Tab']).passed).toEqual(['Tab:ignored']);
    expect(press(grid3x3, ['Shift+Tab']).passed).toEqual(['Shift+Tab:ignored']);
    // In the editor, Tab still commits; the next Tab leaves.
    expect(press(grid3x3, ['End', 'x', 'Tab', 'Tab'])).toMatchObject({
      effects: [{ type: 'edit', edits: [{ row: 0, col: 2, value: 'x' }] }],
      passed: ['Tab:ignored'],
    });
  });

  test('Home/End, Ctrl+Home/End, Ctrl+arrows, PageUp/PageDown', () => {
    expect(press(grid3x3, ['ArrowDown', 'End']).active).toEqual({ row: 1, col: 2 });
    expect(press(grid3x3, ['Ctrl+End']).active).toEqual({ row: 2, col: 2 });
    expect(press(grid3x3, ['Ctrl+End', 'Home']).active).toEqual({ row: 2, col: 0 });
    expect(press(grid3x3, ['Ctrl+End', 'Ctrl+Home']).active).toEqual({ row: 0, col: 0 });
    expect(press(grid3x3, ['Ctrl+ArrowDown']).active).toEqual({ row: 2, col: 0 });
    expect(press(grid3x3, ['Ctrl+Shift+ArrowRight']).extent).toEqual({ row: 0, col: 2 });
    expect(
      press(
        context(
          Array.from({ length: 30 }, () => ['']),
          undefined,
          10,
        ),
        ['PageDown', 'PageDown'],
      ).active,
    ).toEqual({
      row: 20,
      col: 0,
    });
  });

  test('Ctrl+A selects everything', () => {
    expect(press(grid3x3, ['ArrowDown', 'Ctrl+a']).extent).toEqual({ row: 2, col: 2 });
  });
});

describe('editing', () => {
  test('typing replaces the content; Enter commits and moves down', () => {
    const r = press(
      grid3x3,
      ['4', '2', 'Enter'].map((k) => k),
      initialGridState(),
    );
    // Keys after the first go to the editor's input in the browser; here '2' is left to it.
    expect(r.passed).toEqual(['2:ignored']);
    expect(r.effects).toEqual([{ type: 'edit', edits: [{ row: 0, col: 0, value: '4' }] }]);
    expect(r.active).toEqual({ row: 1, col: 0 });
  });

  test('typing = starts a formula, where arrows move the caret instead of committing', () => {
    const r = press(grid3x3, ['=', 'ArrowLeft']);
    expect(r.state.editor).toMatchObject({ text: '=', mode: 'enter' });
    expect(r.passed).toEqual(['ArrowLeft:native']);
  });

  test('in a typed entry, an arrow commits and moves', () => {
    const r = press(grid3x3, ['x', 'ArrowRight']);
    expect(r.effects).toEqual([{ type: 'edit', edits: [{ row: 0, col: 0, value: 'x' }] }]);
    expect(r.active).toEqual({ row: 0, col: 1 });
  });

  test('F2 keeps the text, arrows move the caret; F2 again switches to commit-on-arrow', () => {
    const r = press(grid3x3, ['F2', 'ArrowLeft']);
    expect(r.state.editor).toMatchObject({ text: 'a', original: 'a', mode: 'edit' });
    expect(r.passed).toEqual(['ArrowLeft:native']);
    expect(press(grid3x3, ['F2', 'F2']).state.editor?.mode).toBe('enter');
  });

  test('Escape cancels and restores; committing an unchanged text emits nothing', () => {
    const typed = press(grid3x3, ['z', 'Escape']);
    expect(typed.effects).toEqual([]);
    expect(typed.state.editor).toBeNull();
    expect(press(grid3x3, ['F2', 'Enter']).effects).toEqual([]);
  });

  test('Tab commits and moves right; Ctrl+Enter fills the selection', () => {
    expect(press(grid3x3, ['q', 'Tab']).active).toEqual({ row: 0, col: 1 });
    const filled = press(grid3x3, ['Shift+ArrowDown', 'q', 'Ctrl+Enter']);
    expect(filled.effects).toEqual([
      {
        type: 'edit',
        edits: [
          { row: 0, col: 0, value: 'q' },
          { row: 1, col: 0, value: 'q' },
        ],
      },
    ]);
  });

  test('Ctrl+Z in the editor commits the text, then goes on to the page (the app undo takes it back)', () => {
    const r = press(grid3x3, ['x', 'Ctrl+z']);
    expect(r.passed).toEqual(['Ctrl+z:toPage']);
    expect(r.state.editor).toBeNull();
    expect(r.effects).toEqual([{ type: 'edit', edits: [{ row: 0, col: 0, value: 'x' }] }]);
    expect(press(grid3x3, ['F2', 'Ctrl+Shift+Z']).passed).toEqual(['Ctrl+Shift+Z:toPage']);
  });

  test('read-only cells do not open an editor', () => {
    const ro = context([['1', '2']], ['number!', 'number']);
    expect(press(ro, ['5', 'F2', 'Delete']).state.editor).toBeNull();
    expect(press(ro, ['5', 'F2', 'Delete']).effects).toEqual([]);
  });
});

describe('range actions', () => {
  test('Delete and Backspace clear the range in one edit', () => {
    const r = press(grid3x3, ['Shift+ArrowRight', 'Delete']);
    expect(r.effects).toEqual([
      {
        type: 'edit',
        edits: [
          { row: 0, col: 0, value: '' },
          { row: 0, col: 1, value: '' },
        ],
      },
    ]);
    expect(press(grid3x3, ['Backspace']).effects).toHaveLength(1);
  });

  test('Ctrl+D fills down', () => {
    expect(press(grid3x3, ['Shift+ArrowDown', 'Ctrl+d']).effects).toEqual([
      { type: 'edit', edits: [{ row: 1, col: 0, value: 'a' }] },
    ]);
  });

  test('Space toggles checkboxes; F2 too', () => {
    const boxes = context([['FALSE'], ['TRUE']], ['checkbox']);
    expect(press(boxes, ['Space']).effects).toEqual([{ type: 'edit', edits: [{ row: 0, col: 0, value: 'TRUE' }] }]);
    expect(press(boxes, ['ArrowDown', 'F2']).effects).toEqual([
      { type: 'edit', edits: [{ row: 1, col: 0, value: 'FALSE' }] },
    ]);
    expect(press(boxes, ['x']).state.editor).toBeNull();
  });

  test('a select column opens its list on the current value, whatever was typed', () => {
    const sel = context([['annuity']], ['select']);
    expect(press(sel, ['l']).state.editor).toMatchObject({ text: 'annuity', mode: 'edit' });
  });

  test('Shift+F10 and the context-menu key open the row actions', () => {
    expect(press(grid3x3, ['Shift+F10', 'ContextMenu']).passed).toEqual(['Shift+F10:rowMenu', 'ContextMenu:rowMenu']);
  });
});

describe('shortcuts the grid leaves to the page', () => {
  test.each([
    [
      'Ctrl+Z and Ctrl+Y, outside the editor',
      ['Ctrl+z', 'Ctrl+y', 'Meta+z'],
      ['Ctrl+z:ignored', 'Ctrl+y:ignored', 'Meta+z:ignored'],
    ],
    // The browser turns them into clipboard events (copy, paste, cut), so the key handler leaves them alone.
    ['the clipboard shortcuts', ['Ctrl+c', 'Ctrl+v', 'Ctrl+x'], ['Ctrl+c:ignored', 'Ctrl+v:ignored', 'Ctrl+x:ignored']],
  ])('%s reach the page', (_, keys, passed) => {
    expect(press(grid3x3, keys).passed).toEqual(passed);
  });
});

describe('which keys type', () => {
  test('characters, AltGr characters; not Ctrl or Cmd shortcuts', () => {
    expect(isPrintable(key('á'))).toBe(true);
    expect(isPrintable(key('Ctrl+Alt+@'))).toBe(true);
    expect(isPrintable(key('Ctrl+b'))).toBe(false);
    expect(isPrintable(key('Meta+b'))).toBe(false);
    expect(isPrintable(key('Shift'))).toBe(false);
    expect(gridKeyAction(key('Alt+ArrowLeft'))).toBeNull();
  });
});
