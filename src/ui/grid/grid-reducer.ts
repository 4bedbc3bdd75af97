/**
 * Everything the grid does in answer to the user, as a pure function of its state, a command
 * and the data: the component turns DOM events into commands and runs the effects. Kept free
 * of the DOM so the keyboard model is tested in Node.
 */
import {
  clearEdits,
  fillDownEdits,
  fillEdits,
  isWritable,
  pasteEdits,
  rawBlock,
  toggleEdits,
  type GridData,
} from './edits';
import { rowsOf } from './range';
import { moveSelection, selectCell, selectionRange, step, type Selection } from './selection';
import { parseTsv, serializeTsv } from './tsv';
import type { CellEdit, CellRef } from './types';

export interface EditorState extends CellRef {
  text: string;
  /** The raw text before editing, restored by Escape. */
  original: string;
  /** 'enter': started by typing, arrows commit and move. 'edit': started by F2, arrows move the caret. */
  mode: 'enter' | 'edit';
}

export interface GridState {
  selection: Selection;
  editor: EditorState | null;
  /** Column where a run of Tabs began: Enter returns to it on the next row, as in Excel. */
  tabOrigin: number | null;
}

export interface GridContext extends GridData {
  /** Rows moved by PageUp/PageDown. */
  pageSize: number;
}

export type Direction = 'up' | 'down' | 'left' | 'right';
export type RowAction = 'insertAbove' | 'insertBelow' | 'delete' | 'moveUp' | 'moveDown' | 'toggle';

export type GridCommand =
  | { type: 'move'; dRow: number; dCol: number; extend: boolean }
  /** Jump: to the first/last row and/or column; undefined keeps that coordinate. */
  | { type: 'jump'; row?: 'first' | 'last'; col?: 'first' | 'last'; extend: boolean }
  | { type: 'page'; dir: 1 | -1; extend: boolean }
  | { type: 'tab'; back: boolean }
  | { type: 'enter'; back: boolean }
  | { type: 'select'; cell: CellRef; extend: boolean }
  | { type: 'selectAll' }
  /** F2 or double-click (text undefined: keep the cell's text) or a typed character. */
  | { type: 'startEdit'; text?: string }
  | { type: 'input'; text: string }
  | { type: 'commit'; move: Direction | 'none'; fillRange?: boolean }
  | { type: 'cancel' }
  | { type: 'toggleEditMode' }
  | { type: 'clear' }
  | { type: 'fillDown' }
  | { type: 'toggle' }
  | { type: 'copy' }
  | { type: 'cut' }
  | { type: 'paste'; text: string }
  | { type: 'row'; action: RowAction; row: number };

export type GridEffect =
  | { type: 'edit'; edits: CellEdit[] }
  | { type: 'copy'; text: string }
  | { type: 'insertRow'; at: number }
  | { type: 'deleteRows'; rows: number[] }
  | { type: 'moveRow'; from: number; to: number }
  | { type: 'toggleRow'; row: number };

export interface Step {
  state: GridState;
  effects: GridEffect[];
}

export function initialGridState(): GridState {
  return { selection: selectCell({ row: 0, col: 0 }), editor: null, tabOrigin: null };
}

const DELTA: Record<Direction, [number, number]> = { up: [-1, 0], down: [1, 0], left: [0, -1], right: [0, 1] };

function edit(edits: CellEdit[]): GridEffect[] {
  return edits.length > 0 ? [{ type: 'edit', edits }] : [];
}

function moved(state: GridState, to: CellRef, extend = false): GridState {
  return { ...state, selection: moveSelection(state.selection, to, extend), tabOrigin: null };
}

/** Enter/Shift+Enter and Tab/Shift+Tab moves, which remember where a run of Tabs started. */
function travel(state: GridState, ctx: GridContext, dir: Direction): GridState {
  const { active } = state.selection;
  const [dRow, dCol] = DELTA[dir];
  const cols = ctx.columns.length;
  if (dir === 'left' || dir === 'right') {
    const tabOrigin = state.tabOrigin ?? active.col;
    return { ...moved(state, step(active, 0, dCol, ctx.rowCount, cols)), tabOrigin };
  }
  const from = dir === 'down' && state.tabOrigin !== null ? { ...active, col: state.tabOrigin } : active;
  return moved(state, step(from, dRow, 0, ctx.rowCount, cols));
}

function startEdit(state: GridState, ctx: GridContext, text: string | undefined): Step {
  const { row, col } = state.selection.active;
  const column = ctx.columns[col];
  if (!column || column.readonly || row >= ctx.rowCount) return { state, effects: [] };
  if (column.kind === 'checkbox') {
    // Space toggles, as in Sheets; F2 and double-click too, since there is no text to edit.
    const toggles = text === undefined || text === ' ';
    return { state, effects: toggles ? edit(toggleEdits(ctx, selectionRange(state.selection))) : [] };
  }
  const original = ctx.raw(row, col);
  // A select has no free text: whatever started the edit opens the list on the current value.
  const typed = column.kind === 'select' ? undefined : text;
  const editor: EditorState =
    typed === undefined
      ? { row, col, text: original, original, mode: 'edit' }
      : { row, col, text: typed, original, mode: 'enter' };
  return { state: { ...state, editor }, effects: [] };
}

function commit(state: GridState, ctx: GridContext, move: Direction | 'none', fillRange: boolean): Step {
  const ed = state.editor;
  if (!ed) return { state, effects: [] };
  const closed = { ...state, editor: null };
  const edits = fillRange
    ? fillEdits(ctx, selectionRange(state.selection), ed.text)
    : ed.text === ed.original || !isWritable(ctx, ed.col)
      ? []
      : [{ row: ed.row, col: ed.col, value: ed.text }];
  return { state: move === 'none' ? closed : travel(closed, ctx, move), effects: edit(edits) };
}

function rowAction(state: GridState, ctx: GridContext, action: RowAction, row: number): Step {
  const col = state.selection.active.col;
  const at = (r: number) => ({ ...state, selection: selectCell({ row: r, col }), tabOrigin: null });
  switch (action) {
    case 'insertAbove':
      return { state: at(row), effects: [{ type: 'insertRow', at: row }] };
    case 'insertBelow':
      return { state: at(row + 1), effects: [{ type: 'insertRow', at: row + 1 }] };
    case 'delete': {
      const range = selectionRange(state.selection);
      const rows = row >= range.top && row <= range.bottom ? rowsOf(range) : [row];
      return { state: at(rows[0] ?? row), effects: [{ type: 'deleteRows', rows }] };
    }
    case 'moveUp':
    case 'moveDown': {
      const to = row + (action === 'moveUp' ? -1 : 1);
      if (to < 0 || to >= ctx.rowCount) return { state, effects: [] };
      return { state: at(to), effects: [{ type: 'moveRow', from: row, to }] };
    }
    case 'toggle':
      return { state, effects: [{ type: 'toggleRow', row }] };
  }
}

/** The next state and what the owner must be told. */
export function reduceGrid(state: GridState, cmd: GridCommand, ctx: GridContext): Step {
  const cols = ctx.columns.length;
  const sel = state.selection;
  const range = selectionRange(sel);
  const none = (s: GridState = state): Step => ({ state: s, effects: [] });
  switch (cmd.type) {
    case 'move': {
      const from = cmd.extend ? sel.extent : sel.active;
      return none(moved(state, step(from, cmd.dRow, cmd.dCol, ctx.rowCount, cols), cmd.extend));
    }
    case 'jump': {
      const from = cmd.extend ? sel.extent : sel.active;
      const edge = (where: 'first' | 'last' | undefined, keep: number, count: number) =>
        where === 'first' ? 0 : where === 'last' ? Math.max(count - 1, 0) : keep;
      const to = { row: edge(cmd.row, from.row, ctx.rowCount), col: edge(cmd.col, from.col, cols) };
      return none(moved(state, to, cmd.extend));
    }
    case 'page': {
      const from = cmd.extend ? sel.extent : sel.active;
      return none(moved(state, step(from, cmd.dir * ctx.pageSize, 0, ctx.rowCount, cols), cmd.extend));
    }
    case 'tab':
      return none(travel(state, ctx, cmd.back ? 'left' : 'right'));
    case 'enter':
      return none(travel(state, ctx, cmd.back ? 'up' : 'down'));
    case 'select':
      return none(moved(state, cmd.cell, cmd.extend));
    case 'selectAll':
      return none({
        ...state,
        selection: {
          active: { row: 0, col: 0 },
          extent: { row: Math.max(ctx.rowCount - 1, 0), col: Math.max(cols - 1, 0) },
        },
      });
    case 'startEdit':
      return state.editor ? none() : startEdit(state, ctx, cmd.text);
    case 'input':
      return none(state.editor ? { ...state, editor: { ...state.editor, text: cmd.text } } : state);
    case 'commit':
      return commit(state, ctx, cmd.move, cmd.fillRange === true);
    case 'cancel':
      return none({ ...state, editor: null });
    case 'toggleEditMode':
      return none(
        state.editor
          ? { ...state, editor: { ...state.editor, mode: state.editor.mode === 'edit' ? 'enter' : 'edit' } }
          : state,
      );
    case 'clear':
      return { state, effects: edit(clearEdits(ctx, range)) };
    case 'fillDown':
      return { state, effects: edit(fillDownEdits(ctx, range)) };
    case 'toggle':
      return { state, effects: edit(toggleEdits(ctx, range)) };
    case 'copy':
      return { state, effects: [{ type: 'copy', text: serializeTsv(rawBlock(ctx, range)) }] };
    case 'cut':
      return {
        state,
        effects: [{ type: 'copy', text: serializeTsv(rawBlock(ctx, range)) }, ...edit(clearEdits(ctx, range))],
      };
    case 'paste': {
      const { edits, area } = pasteEdits(ctx, range, parseTsv(cmd.text));
      const selection = area
        ? { active: { row: area.top, col: area.left }, extent: { row: area.bottom, col: area.right } }
        : sel;
      return { state: { ...state, selection, tabOrigin: null }, effects: edit(edits) };
    }
    case 'row':
      return rowAction(state, ctx, cmd.action, cmd.row);
  }
}
