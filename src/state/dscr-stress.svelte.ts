/**
 * The credit memo's DSCR stress table, asked of the engine worker when the memo opens (the
 * component only shows it). A newer request wins; a failure shows as "not available".
 */
import { dscrStress } from '../engine/analysis';
import type { EngineClient } from '../engine/engine-client';
import type { DscrStressRow } from '../model/dscr-stress-cases';

export type StressView = { status: 'loading' } | { status: 'ready'; rows: DscrStressRow[] } | { status: 'unavailable' };

export class DscrStressState {
  #view = $state.raw<StressView>({ status: 'loading' });
  #request = 0;
  readonly #engine: EngineClient;

  constructor(engine: EngineClient) {
    this.#engine = engine;
  }

  get view(): StressView {
    return this.#view;
  }

  /** Computes the table for `file` (a plain snapshot of the draft's file). */
  async load(file: unknown): Promise<void> {
    const id = ++this.#request;
    this.#view = { status: 'loading' };
    try {
      const reply = await dscrStress(this.#engine, file);
      if (id === this.#request)
        this.#view = reply.ok ? { status: 'ready', rows: reply.value } : { status: 'unavailable' };
    } catch {
      if (id === this.#request) this.#view = { status: 'unavailable' };
    }
  }
}
