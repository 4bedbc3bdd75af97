/**
 * The workbook view's state: which sheet is open, the selected cell with its formula and
 * precedents, and the trail of cells visited, so that a user can walk from a figure back to
 * its inputs and return. Replies that arrive after a newer request are dropped; calls are never
 * aborted, since aborting restarts the worker and loses the open scenario.
 */
import type { EngineClient } from '../engine/engine-client';
import { evaluateScenario } from '../engine/model';
import { workbookCell, workbookOverview, workbookSheet } from '../engine/workbook';
import type { CellDetail, SheetView, WorkbookView } from '../workbook/session';
import { failureOf, type Failure } from './failure';
import { labelIn, type LabelLanguage } from '../workbook/label-text';

export interface CellRef {
  row: number;
  col: number;
}

export interface Place {
  sheet: string;
  active: CellRef;
  /** The other corner of a selected range (the active cell itself when one cell is selected). */
  extent: CellRef;
}

export type WorkbookPhase = 'loading' | 'ready' | 'unavailable' | 'failed';

/** The sheet a loan officer starts from: the figures, each traceable to its inputs. */
const FIRST_SHEET = 'Summary';
const HISTORY_LIMIT = 100;
/** Building the workbook of a large scenario takes seconds, longer on a busy machine: more than a call's usual deadline. */
const BUILD_TIMEOUT_MS = 90_000;

export class WorkbookBrowser {
  #overview = $state.raw<WorkbookView | null>(null);
  #sheet = $state.raw<SheetView | null>(null);
  #place = $state.raw<Place>({ sheet: FIRST_SHEET, active: { row: 1, col: 1 }, extent: { row: 1, col: 1 } });
  #detail = $state.raw<CellDetail | null>(null);
  #history = $state.raw<Place[]>([]);
  #phase = $state<WorkbookPhase>('loading');
  #updating = $state(false);
  #error = $state<Failure | null>(null);
  /** Where the user last was in each sheet (not shown, so not reactive). */
  readonly #lastPlace: Record<string, Place> = {};
  #sheetSeq = 0;
  #cellSeq = 0;
  readonly #engine: EngineClient;
  readonly #file: () => unknown;
  readonly #language: () => LabelLanguage;
  // The workbook's own labels in the user's language (label-text.ts); values, names and user text as they are.
  #shownSheet = $derived.by(() => {
    const sheet = this.#sheet;
    const language = this.#language();
    if (!sheet || language === 'en') return sheet;
    const values = sheet.values.map((row, r) =>
      row.map((v, c) => (typeof v === 'string' && sheet.kinds[r]?.[c] === 'v' ? labelIn(language, v) : v)),
    );
    return { ...sheet, values };
  });
  #shownDetail = $derived.by(() => {
    const d = this.#detail;
    return d && d.formula === null && typeof d.value === 'string'
      ? { ...d, value: labelIn(this.#language(), d.value) }
      : d;
  });

  /**
   * `file` gives the scenario as edited, sent again if a restarted worker has lost it;
   * `language` the language the workbook's labels are shown in.
   */
  constructor(engine: EngineClient, file: () => unknown, language: () => LabelLanguage = () => 'en') {
    this.#engine = engine;
    this.#file = file;
    this.#language = language;
  }

  get overview(): WorkbookView | null {
    return this.#overview;
  }
  get sheet(): SheetView | null {
    return this.#shownSheet;
  }
  get place(): Place {
    return this.#place;
  }
  get detail(): CellDetail | null {
    return this.#shownDetail;
  }
  get history(): readonly Place[] {
    return this.#history;
  }
  get phase(): WorkbookPhase {
    return this.#phase;
  }
  /** A refresh is running (the figures shown may be a step behind). */
  get updating(): boolean {
    return this.#updating;
  }
  get error(): Failure | null {
    return this.#error;
  }

  /** Reads the workbook again (after the scenario changed): names, the open sheet, the selected cell. */
  async refresh(): Promise<void> {
    const seq = ++this.#sheetSeq;
    this.#updating = true;
    try {
      let overview = await workbookOverview(this.#engine, { timeoutMs: BUILD_TIMEOUT_MS });
      if (!overview && seq === this.#sheetSeq) {
        // A restarted worker starts empty: give it the scenario again.
        const reply = await evaluateScenario(this.#engine, this.#file(), 0.2);
        if (reply.ok) overview = await workbookOverview(this.#engine, { timeoutMs: BUILD_TIMEOUT_MS });
      }
      if (seq !== this.#sheetSeq) return;
      this.#overview = overview;
      if (!overview) {
        this.#phase = 'unavailable';
        return;
      }
      const name = overview.sheets.includes(this.#place.sheet)
        ? this.#place.sheet
        : (overview.sheets[0] ?? FIRST_SHEET);
      await this.#load({ ...this.#place, sheet: name }, seq);
    } catch (error) {
      if (seq === this.#sheetSeq) this.#fail(error);
    } finally {
      if (seq === this.#sheetSeq) this.#updating = false;
    }
  }

  async #load(place: Place, seq: number): Promise<void> {
    const sheet = await workbookSheet(this.#engine, place.sheet);
    if (seq !== this.#sheetSeq) return;
    this.#sheet = sheet;
    this.#phase = sheet ? 'ready' : 'unavailable';
    this.#error = null;
    this.#setPlace(sheet ? clampPlace(place, sheet) : place);
  }

  #setPlace(place: Place): void {
    this.#place = place;
    this.#lastPlace[place.sheet] = place;
    void this.#loadDetail(place);
  }

  async #loadDetail(place: Place): Promise<void> {
    const seq = ++this.#cellSeq;
    try {
      const detail = await workbookCell(this.#engine, { sheet: place.sheet, ...place.active });
      if (seq === this.#cellSeq) this.#detail = detail;
    } catch (error) {
      if (seq === this.#cellSeq) this.#fail(error);
    }
  }

  #fail(error: unknown): void {
    this.#phase = this.#sheet ? this.#phase : 'failed';
    this.#error = failureOf(error);
  }

  /** The user moved the selection within the open sheet. */
  select(active: CellRef, extent: CellRef = active): void {
    const p = this.#place;
    if (same(p.active, active) && same(p.extent, extent)) return;
    this.#setPlace({ sheet: p.sheet, active, extent });
  }

  /** Opens another sheet where the user last was in it (first visit: its first cell). */
  async openSheet(name: string): Promise<void> {
    if (name === this.#place.sheet) return;
    const start = { row: 0, col: 0 };
    await this.#go(this.#lastPlace[name] ?? { sheet: name, active: start, extent: start });
  }

  /** Goes to a cell or range (a precedent, a defined name), remembering where it came from. */
  async goTo(target: { sheet: string; row: number; col: number; end?: CellRef }): Promise<void> {
    this.#history = [...this.#history.slice(-(HISTORY_LIMIT - 1)), this.#place];
    const active = { row: target.row, col: target.col };
    await this.#go({ sheet: target.sheet, active, extent: target.end ?? active });
  }

  /** Returns to the cell visited before the last jump. */
  async back(): Promise<void> {
    const previous = this.#history.at(-1);
    if (!previous) return;
    this.#history = this.#history.slice(0, -1);
    await this.#go(previous);
  }

  async #go(place: Place): Promise<void> {
    if (place.sheet === this.#sheet?.name) {
      this.#setPlace(clampPlace(place, this.#sheet));
      return;
    }
    const seq = ++this.#sheetSeq;
    this.#place = place;
    try {
      await this.#load(place, seq);
    } catch (error) {
      if (seq === this.#sheetSeq) this.#fail(error);
    }
  }
}

function same(a: CellRef, b: CellRef): boolean {
  return a.row === b.row && a.col === b.col;
}

/** Keeps a place inside the sheet, which may have shrunk since (fewer measures, a shorter horizon). */
function clampPlace(place: Place, sheet: SheetView): Place {
  const rows = Math.max(sheet.values.length, 1);
  const cols = Math.max(1, ...sheet.values.map((r) => r.length));
  const clamp = (c: CellRef): CellRef => ({ row: Math.min(c.row, rows - 1), col: Math.min(c.col, cols - 1) });
  return { sheet: place.sheet, active: clamp(place.active), extent: clamp(place.extent) };
}
