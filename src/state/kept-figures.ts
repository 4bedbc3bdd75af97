/**
 * A fast start (issue 15 item 11): when the library opens a scenario, its figures kept from the
 * last session (persistence/kept-figures.ts) are shown at once, marked, and its live figures are
 * asked for at the same moment, before the editor is drawn; each new set of live figures is kept
 * again once the user pauses. A failure to read or write the kept figures only costs the head
 * start: the live figures follow as always.
 */
import type { AppDb } from '../persistence/app-db';
import type { ScenarioDoc } from '../persistence/docs';
import { readKeptFigures, writeKeptFigures, type KeptFigures } from '../persistence/kept-figures';
import type { ModelState } from './model-state.svelte';
import type { ScenarioEditor } from './scenario-editor.svelte';

/** Live figures are kept this long after the last answer: typing does not write on every keystroke. */
export const KEEP_AFTER_MS = 1000;

export interface KeptFiguresDeps {
  model: ModelState;
  editor: ScenarioEditor;
  /** The library's database (once open) and the open scenario's id. */
  db: () => AppDb | null;
  openId: () => string | null;
}

type Figures = Pick<KeptFigures, 'results' | 'formulaValues'>;

export class FiguresKeeper {
  readonly #deps: KeptFiguresDeps;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #pending: (() => Promise<void>) | null = null;
  #read: { id: string; figures: Figures | null } | null = null;

  constructor(deps: KeptFiguresDeps) {
    this.#deps = deps;
    deps.model.onFigures = (file, figures) => {
      const db = deps.db();
      const id = deps.openId();
      if (!db || !id) return;
      // The id is the open one when the answer came; a write under another id is harmless (its hash misses).
      this.#pending = () => writeKeptFigures(db, id, file, deps.model.delta, figures);
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => void this.flush(), KEEP_AFTER_MS);
    };
  }

  /**
   * Reads the kept figures of the scenario about to be shown at start-up, so that they are drawn
   * with the editor in its first frame: read after, they wait for that (long) first drawing.
   */
  async prefetch(doc: ScenarioDoc): Promise<void> {
    if (doc.draft && doc.draft.typed.length > 0) return;
    this.#read = { id: doc._id, figures: await this.#readFor(doc._id, doc.draft?.file ?? doc.scenario) };
  }

  /** A scenario was loaded into the editor: ask for its figures now, and show the kept ones meanwhile. */
  async shown(doc: ScenarioDoc): Promise<void> {
    const { model, editor } = this.#deps;
    const revision = editor.revision;
    const draft = editor.draft;
    model.request(draft, revision);
    const prefetched = this.#read?.id === doc._id ? this.#read : null;
    this.#read = null;
    if (draft.typed.length > 0) return;
    const kept = prefetched ? prefetched.figures : await this.#readFor(doc._id, draft.file);
    if (kept) model.showKept(kept, revision);
  }

  async #readFor(id: string, file: unknown): Promise<Figures | null> {
    const db = this.#deps.db();
    if (!db) return null;
    try {
      return await readKeptFigures(db, id, file, this.#deps.model.delta);
    } catch {
      return null; // a cache: a record that cannot be read is a miss
    }
  }

  /** Writes the pending figures now (tests; a page about to go away). */
  async flush(): Promise<void> {
    clearTimeout(this.#timer);
    const write = this.#pending;
    this.#pending = null;
    try {
      await write?.();
    } catch {
      // A cache: a failed write only costs the next start its head start.
    }
  }
}
