/**
 * The open scenario as the user edits it, with undo and redo over every edit. Edits arrive as
 * typed texts or row operations; the draft (file + cells typed but not yet readable) is
 * replaced as a whole, so undo is a stack of drafts.
 */
import { createContext } from 'svelte';
import type { PathSegment } from '../model/issues';
import * as ops from './draft';
import type { CellText, Draft, FileJson, ListKey, ReadLocale } from './draft';

const HISTORY_LIMIT = 200;

export class ScenarioEditor {
  #draft = $state.raw<Draft>({ file: {}, typed: [] });
  #undo = $state.raw<Draft[]>([]);
  #redo = $state.raw<Draft[]>([]);
  /** Bumped by every change, so autosave and evaluation can tell drafts apart cheaply. */
  #revision = $state(0);
  readonly #locale: () => ReadLocale;

  /** `locale` gives the number locale that typed text is read in (with the UI language, for function names in formulas). */
  constructor(locale: () => ReadLocale, file: FileJson = {}) {
    this.#locale = locale;
    this.#draft = { file, typed: [] };
  }

  get draft(): Draft {
    return this.#draft;
  }

  get file(): FileJson {
    return this.#draft.file;
  }

  get revision(): number {
    return this.#revision;
  }

  /**
   * Calls `listener` after the draft changes: once for the changes made in one go (in a microtask,
   * as an effect would, so that what the change's maker sets beside it is set). The engine and the
   * autosave follow the editor this way. Returns the function that stops the calls.
   */
  onChange(listener: () => void): () => void {
    this.#listeners.push(listener);
    return () => (this.#listeners = this.#listeners.filter((l) => l !== listener));
  }

  #listeners: (() => void)[] = [];
  #notifying = false;

  #changed(): void {
    this.#revision++;
    if (this.#notifying) return;
    this.#notifying = true;
    queueMicrotask(() => {
      this.#notifying = false;
      for (const listener of this.#listeners) listener();
    });
  }

  get canUndo(): boolean {
    return this.#undo.length > 0;
  }

  get canRedo(): boolean {
    return this.#redo.length > 0;
  }

  /** Opens another scenario (or draft): history starts afresh. */
  open(file: FileJson, typed: Draft['typed'] = []): void {
    this.#draft = { file: structuredClone(file), typed };
    this.#undo = [];
    this.#redo = [];
    this.#changed();
  }

  #commit(next: Draft): void {
    if (next === this.#draft) return;
    this.#undo = [...this.#undo.slice(-(HISTORY_LIMIT - 1)), this.#draft];
    this.#redo = [];
    this.#draft = next;
    this.#changed();
  }

  /** One user action's typed texts (a cell, a pasted block, a fill). */
  type(edits: readonly CellText[]): void {
    if (edits.length > 0) this.#commit(ops.applyTexts(this.#draft, edits, this.#locale()));
  }

  /** A paste that reaches below the last row: appends `rows`, then types, as one undoable step. */
  appendAndType(key: ListKey, rows: FileJson[], edits: readonly CellText[]): void {
    const list = this.#draft.file[key];
    const at = Array.isArray(list) ? list.length : 0;
    this.#commit(ops.applyTexts(ops.insertRows(this.#draft, key, at, rows), edits, this.#locale()));
  }

  insertRows(key: ListKey, at: number, rows: FileJson[]): void {
    this.#commit(ops.insertRows(this.#draft, key, at, rows));
  }

  deleteRows(key: ListKey, rows: readonly number[]): void {
    if (rows.length > 0) this.#commit(ops.deleteRows(this.#draft, key, rows));
  }

  moveRow(key: ListKey, from: number, to: number): void {
    this.#commit(ops.moveRow(this.#draft, key, from, to));
  }

  setEnabled(row: number, enabled: boolean): void {
    this.#commit(ops.setEnabled(this.#draft, row, enabled));
  }

  /** Replaces a part of the file, e.g. the financing terms from a preset. */
  setPart(path: readonly PathSegment[], value: unknown): void {
    this.#commit(ops.setPart(this.#draft, path, value));
  }

  /** Replaces a part, then types into it, as one undoable step (a CSV file read into a list). */
  setPartAndType(path: readonly PathSegment[], value: unknown, edits: readonly CellText[]): void {
    this.#commit(ops.applyTexts(ops.setPart(this.#draft, path, value), edits, this.#locale()));
  }

  /** Replaces several parts as one undoable step. */
  setParts(parts: readonly { path: readonly PathSegment[]; value: unknown }[]): void {
    this.#commit(ops.setParts(this.#draft, parts));
  }

  undo(): void {
    const step = stepBetween(this.#undo, this.#redo, this.#draft);
    if (!step) return;
    [this.#undo, this.#redo, this.#draft] = step;
    this.#changed();
  }

  redo(): void {
    const step = stepBetween(this.#redo, this.#undo, this.#draft);
    if (!step) return;
    [this.#redo, this.#undo, this.#draft] = step;
    this.#changed();
  }
}

/**
 * One step of undo (from the undo stack to the redo stack) or of redo (the other way): the draft
 * on top of `from` becomes the current one, and `current` goes onto `to`. Null when `from` is empty.
 */
function stepBetween(from: Draft[], to: Draft[], current: Draft): [from: Draft[], to: Draft[], draft: Draft] | null {
  const target = from.at(-1);
  return target ? [from.slice(0, -1), [...to, current], target] : null;
}

export const [getScenarioEditor, setScenarioEditor] = createContext<ScenarioEditor>();
