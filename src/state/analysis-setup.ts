/**
 * The sensitivity tools' states, built once in main.ts: the deterministic tools on the engine
 * worker, Monte Carlo on a worker of its own with its own client (same deadlines, abort and
 * restart as the engine's), so a long run never holds up editing.
 */
import { createContext } from 'svelte';
import type { MonteCarloApi } from '../../workers/monte-carlo';
import { EngineClient } from '../engine/engine-client';
import { startMonteCarloWorker } from '../engine/start-monte-carlo-worker';
import { DscrStressState } from './dscr-stress.svelte';
import { MonteCarloState } from './monte-carlo.svelte';
import { SensitivityState } from './sensitivity.svelte';

export interface AnalysisStates {
  sensitivity: SensitivityState;
  monteCarlo: MonteCarloState;
  dscrStress: DscrStressState;
}

export function startAnalysis(engine: EngineClient): AnalysisStates {
  return {
    sensitivity: new SensitivityState(engine),
    monteCarlo: new MonteCarloState(new EngineClient<MonteCarloApi>(startMonteCarloWorker)),
    dscrStress: new DscrStressState(engine),
  };
}

export const [getAnalysisStates, setAnalysisStates] = createContext<AnalysisStates>();
