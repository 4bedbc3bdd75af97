/**
 * The keyboard model, as in Excel: which key does what in a cell and in the cell editor.
 * Returning null leaves the key alone: it keeps its default and bubbles to the page, which is
 * how Ctrl+Z/Ctrl+Y reach the page's undo (from the cell editor too, after committing its text),
 * and Ctrl+C/X/V become clipboard events.
 */
import {
  reduceGrid,
  type EditorState,
  type GridCommand,
  type GridContext,
  type GridState,
  type Step,
} from './grid-reducer';

/** The parts of a KeyboardEvent the model reads. */
export interface KeyInput {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** Grid keys that are not commands for the reducer. */
export type GridKeyAction = GridCommand | { type: 'openRowMenu' };

const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/** Ctrl on Windows and Linux, Cmd on macOS. */
function command(k: KeyInput): boolean {
  return k.ctrlKey || k.metaKey;
}

/** A key that types a character. AltGr arrives as Ctrl+Alt on Windows, and types too (@ on a Spanish keyboard). */
export function isPrintable(k: KeyInput): boolean {
  const altGr = k.ctrlKey && k.altKey && !k.metaKey;
  return [...k.key].length === 1 && (!command(k) || altGr);
}

/** A key pressed on a cell (no editor open). */
export function gridKeyAction(k: KeyInput): GridKeyAction | null {
  const extend = k.shiftKey;
  const arrow = ARROWS[k.key];
  if (arrow) {
    const [dRow, dCol] = arrow;
    if (command(k)) {
      // Ctrl+arrow goes to the edge of the grid (Excel stops at the edge of the data block).
      if (dRow !== 0) return { type: 'jump', row: dRow < 0 ? 'first' : 'last', extend };
      return { type: 'jump', col: dCol < 0 ? 'first' : 'last', extend };
    }
    return k.altKey ? null : { type: 'move', dRow, dCol, extend };
  }
  switch (k.key) {
    case 'Tab':
      return command(k) || k.altKey ? null : { type: 'tab', back: k.shiftKey };
    case 'Enter':
      return command(k) || k.altKey ? null : { type: 'enter', back: k.shiftKey };
    case 'Home':
      return command(k) ? { type: 'jump', row: 'first', col: 'first', extend } : { type: 'jump', col: 'first', extend };
    case 'End':
      return command(k) ? { type: 'jump', row: 'last', col: 'last', extend } : { type: 'jump', col: 'last', extend };
    case 'PageUp':
      return { type: 'page', dir: -1, extend };
    case 'PageDown':
      return { type: 'page', dir: 1, extend };
    case 'F2':
      return { type: 'startEdit' };
    case 'Delete':
    case 'Backspace':
      return command(k) ? null : { type: 'clear' };
    case 'ContextMenu':
      return { type: 'openRowMenu' };
    case 'F10':
      return k.shiftKey ? { type: 'openRowMenu' } : null;
  }
  if (command(k) && !k.altKey && !k.shiftKey) {
    const letter = k.key.toLowerCase();
    if (letter === 'a') return { type: 'selectAll' };
    if (letter === 'd') return { type: 'fillDown' };
    return null;
  }
  if (isPrintable(k)) return { type: 'startEdit', text: k.key };
  return null;
}

/** What the cell editor does with a key: a command, 'native' (let the input have it, keep it from the page) or null. */
export function editorKeyAction(k: KeyInput, editor: EditorState): GridCommand | 'native' | null {
  switch (k.key) {
    case 'Enter':
      if (k.altKey) return 'native';
      if (command(k)) return { type: 'commit', move: 'none', fillRange: true };
      return { type: 'commit', move: k.shiftKey ? 'up' : 'down' };
    case 'Tab':
      return { type: 'commit', move: k.shiftKey ? 'left' : 'right' };
    case 'Escape':
      return { type: 'cancel' };
    case 'F2':
      return { type: 'toggleEditMode' };
  }
  const arrow = ARROWS[k.key];
  if (arrow) {
    // Typing into a cell then pressing an arrow commits and moves, except in a formula, where
    // Excel would point at cells (not supported here), so the caret moves instead.
    const enterMode = editor.mode === 'enter' && !editor.text.trimStart().startsWith('=');
    if (!enterMode || command(k) || k.shiftKey || k.altKey) return 'native';
    const [dRow, dCol] = arrow;
    return { type: 'commit', move: dRow < 0 ? 'up' : dRow > 0 ? 'down' : dCol < 0 ? 'left' : 'right' };
  }
  return null;
}

/**
 * What the component does with a keydown. 'step': apply it, prevent the default and stop the
 * event. 'toPage': apply it, prevent the default, and let the event bubble to the page.
 * 'native': the editor's input keeps the key, but the page must not see it. 'rowMenu':
 * open the row actions. 'ignored': leave the event alone.
 */
export type KeyOutcome =
  | { kind: 'step'; step: Step }
  | { kind: 'toPage'; step: Step }
  | { kind: 'native' }
  | { kind: 'rowMenu' }
  | { kind: 'ignored' };

/** Ctrl+Z, Ctrl+Y, Ctrl+Shift+Z (Cmd on macOS). */
function isUndoRedo(k: KeyInput): boolean {
  const key = k.key.toLowerCase();
  return command(k) && !k.altKey && (key === 'z' || key === 'y');
}

export function handleKey(state: GridState, k: KeyInput, ctx: GridContext): KeyOutcome {
  if (state.editor) {
    // 'toPage': apply the step (the typed text becomes an edit), then let the key go on to the
    // page's undo, which takes that edit back: the text field's own undo would bypass the app's history.
    if (isUndoRedo(k)) return { kind: 'toPage', step: reduceGrid(state, { type: 'commit', move: 'none' }, ctx) };
    const action = editorKeyAction(k, state.editor);
    if (action === 'native') return { kind: 'native' };
    return action ? { kind: 'step', step: reduceGrid(state, action, ctx) } : { kind: 'ignored' };
  }
  const action = gridKeyAction(k);
  if (!action) return { kind: 'ignored' };
  if (action.type === 'tab') {
    // Tab past the last column (Shift+Tab before the first) leaves the grid: no keyboard trap.
    const col = state.selection.active.col;
    if (action.back ? col === 0 : col >= ctx.columns.length - 1) return { kind: 'ignored' };
  }
  if (action.type === 'openRowMenu') return { kind: 'rowMenu' };
  return { kind: 'step', step: reduceGrid(state, action, ctx) };
}
