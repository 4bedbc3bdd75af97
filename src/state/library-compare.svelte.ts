/**
 * The comparison of two to four scenarios. Their figures come from the engine worker (heavy
 * work stays off the main thread), one scenario at a time, from each one's last valid content.
 */
import { createContext } from 'svelte';
import type { EngineClient } from '../engine/engine-client';
import { evaluateScenario } from '../engine/model';
import type { Issue } from '../model/issues';
import type { Results } from '../model/results';
import type { ScenarioDoc } from '../persistence/docs';
import { failureOf, type Failure } from './failure';

export const COMPARE_MAX = 4;

export type Computed =
  | { kind: 'computing' }
  | { kind: 'ok'; results: Results }
  | { kind: 'problems'; issues: Issue[] }
  | { kind: 'failed'; failure: Failure };

export class LibraryCompare {
  #ids = $state.raw<string[]>([]);
  #computed = $state.raw<Record<string, Computed>>({});
  /** Which revision each result is for, so an edit elsewhere is computed again (not shown: plain Map). */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #revs = new Map<string, string>();
  readonly #engine: EngineClient;
  readonly #afterwards: () => void;

  /**
   * `afterwards` runs once a round of computing ends: the worker's session now holds a compared
   * scenario, so the open one is sent again (evaluateScenario keeps the last one it was given).
   */
  constructor(engine: EngineClient, afterwards: () => void = () => undefined) {
    this.#engine = engine;
    this.#afterwards = afterwards;
  }

  get ids(): string[] {
    return this.#ids;
  }
  get computed(): Record<string, Computed> {
    return this.#computed;
  }
  get full(): boolean {
    return this.#ids.length >= COMPARE_MAX;
  }

  has(id: string): boolean {
    return this.#ids.includes(id);
  }

  /** Adds or removes a scenario; the first one picked is the one the others are compared with. */
  toggle(id: string): void {
    if (this.has(id)) this.#ids = this.#ids.filter((x) => x !== id);
    else if (!this.full) this.#ids = [...this.#ids, id];
  }

  clear(): void {
    this.#ids = [];
  }

  /** Computes what is not computed yet for these documents (the chosen ones, in order). */
  async compute(docs: readonly ScenarioDoc[]): Promise<void> {
    const todo = docs.filter((d) => this.#revs.get(d._id) !== d._rev);
    if (todo.length === 0) return;
    for (const doc of todo) this.#set(doc._id, { kind: 'computing' });
    try {
      for (const doc of todo) {
        this.#revs.set(doc._id, doc._rev);
        try {
          const reply = await evaluateScenario(this.#engine, doc.scenario, 0.2);
          this.#set(
            doc._id,
            reply.ok ? { kind: 'ok', results: reply.results } : { kind: 'problems', issues: reply.issues },
          );
        } catch (error) {
          this.#revs.delete(doc._id);
          this.#set(doc._id, { kind: 'failed', failure: failureOf(error) });
        }
      }
    } finally {
      this.#afterwards();
    }
  }

  #set(id: string, value: Computed): void {
    this.#computed = { ...this.#computed, [id]: value };
  }
}

export const [getLibraryCompare, setLibraryCompare] = createContext<LibraryCompare>();
