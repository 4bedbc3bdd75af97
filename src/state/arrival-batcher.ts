/**
 * What the team sync stored, handed to the library list in batches (#13): at most one delivery
 * every `everyMs`, in a timer task of its own. Re-sorting and re-rendering up to 10,000 rows
 * after each pulled batch of 200, in the task that goes on to ask for the next one, made a first
 * sync 1.2 times slower. Batches that come meanwhile join the next delivery, and a later batch's
 * word on an id is the one that counts. One flush runs at a time; one asked for meanwhile runs
 * once more after it.
 */
import type { ScenarioDoc } from '../persistence/docs';

export interface ArrivalDeps {
  /** Hands ids to the list; `written` has the documents the sync gave as stored (the rest are read back). */
  deliver(ids: string[], written: Map<string, ScenarioDoc>): Promise<void>;
  /** Runs at the end of every pass, with arrivals or without. */
  settle(): Promise<void>;
  everyMs: number;
}

export class ArrivalBatcher {
  #ids: string[] = [];
  #written = new Map<string, ScenarioDoc>();
  #flushing: Promise<void> | null = null;
  #again = false;
  #deliveredAt = 0;
  readonly #deps: ArrivalDeps;

  constructor(deps: ArrivalDeps) {
    this.#deps = deps;
  }

  /** Records a batch the sync stored (`written`: those of `ids` it gave as stored) and flushes. */
  add(ids: readonly string[], written?: ReadonlyMap<string, ScenarioDoc>): Promise<void> {
    this.#ids.push(...ids);
    for (const id of ids) {
      const doc = written?.get(id);
      if (doc) this.#written.set(id, doc);
      else this.#written.delete(id);
    }
    return this.flush();
  }

  flush(): Promise<void> {
    if (this.#flushing) {
      this.#again = true;
      return this.#flushing;
    }
    this.#flushing = this.#passes().finally(() => (this.#flushing = null));
    return this.#flushing;
  }

  async #passes(): Promise<void> {
    do {
      this.#again = false;
      if (this.#ids.length > 0)
        await new Promise((go) => setTimeout(go, Math.max(0, this.#deliveredAt + this.#deps.everyMs - Date.now())));
      const ids = this.#ids;
      const written = this.#written;
      this.#ids = [];
      this.#written = new Map();
      if (ids.length > 0) {
        await this.#deps.deliver(ids, written);
        this.#deliveredAt = Date.now();
      }
      await this.#deps.settle();
    } while (this.#again);
  }
}
