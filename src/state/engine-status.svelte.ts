/** Whether the engine worker is up, shown by computing one known formula in it. */
import { createContext } from 'svelte';
import type { EngineClient } from '../engine/engine-client';
import { engineVersion, evaluateFormula, type CellResult } from '../engine/formula';
import { failureOf, type Failure } from './failure';

/** Monthly payment on a 100,000 loan at 12 % a year over 5 years: 2,224.44 (rate per month, 60 months). */
export const PROBE_FORMULA = '=PMT(0.12/12, 60, -100000)';

export type EnginePhase =
  | { kind: 'starting' }
  | { kind: 'ready'; version: string; formula: string; result: CellResult }
  | { kind: 'failed'; failure: Failure };

export class EngineStatus {
  #current = $state<EnginePhase>({ kind: 'starting' });
  readonly #engine: EngineClient;

  constructor(engine: EngineClient) {
    this.#engine = engine;
  }

  get current(): EnginePhase {
    return this.#current;
  }

  /** Starts the worker and asks it for the probe formula; a failure is shown, not thrown. */
  async start(signal?: AbortSignal): Promise<void> {
    this.#current = { kind: 'starting' };
    try {
      const [version, result] = await Promise.all([
        engineVersion(this.#engine, { signal }),
        evaluateFormula(this.#engine, PROBE_FORMULA, { signal }),
      ]);
      this.#current = { kind: 'ready', version, formula: PROBE_FORMULA, result };
    } catch (error) {
      this.#current = { kind: 'failed', failure: failureOf(error) };
    }
  }
}

export const [getEngineStatus, setEngineStatus] = createContext<EngineStatus>();
