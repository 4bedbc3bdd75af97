/**
 * Typed, validated calls to the sensitivity tools: the deterministic ones in the engine worker,
 * Monte Carlo in a worker of its own (its client: `MonteCarloClient`).
 */
import { proxy } from 'comlink';
import type { DataTable, DataTableSpec } from '../model/data-table';
import type { EnergyFigures } from '../model/energy-view';
import type { GoalSeekResult, GoalSeekSpec } from '../model/goal-seek';
import type { MonteCarloApi } from '../../workers/monte-carlo';
import type { AnalysisReply, SensitivityOverview } from '../workbook/analysis';
import type { MonteCarloReply } from '../workbook/monte-carlo-job';
import {
  dataTableReply,
  dscrStressReply,
  energyReply,
  goalSeekReply,
  monteCarloReply,
  overviewReply,
} from './analysis-replies';
import type { DscrStressRow } from '../model/dscr-stress-cases';
import { parseReply, type CallOptions, type EngineClient } from './engine-client';

export type MonteCarloClient = EngineClient<MonteCarloApi>;

/** Break-even, tornadoes, NPV against the energy factor, and the inputs the tools offer. */
export async function sensitivityOverview(
  engine: EngineClient,
  file: unknown,
  delta: number,
  options?: CallOptions,
): Promise<AnalysisReply<SensitivityOverview>> {
  return parseReply(overviewReply, await engine.run((api) => api.sensitivityOverview(file, delta), options));
}

/** The headline figures at another energy price factor; the file is not changed. */
export async function energyWhatIf(
  engine: EngineClient,
  file: unknown,
  factor: number,
  options?: CallOptions,
): Promise<AnalysisReply<EnergyFigures>> {
  return parseReply(energyReply, await engine.run((api) => api.energyWhatIf(file, factor), options));
}

export async function dataTable(
  engine: EngineClient,
  file: unknown,
  spec: DataTableSpec,
  options?: CallOptions,
): Promise<AnalysisReply<DataTable>> {
  return parseReply(dataTableReply, await engine.run((api) => api.dataTable(file, spec), options));
}

export async function goalSeek(
  engine: EngineClient,
  file: unknown,
  spec: GoalSeekSpec,
  options?: CallOptions,
): Promise<AnalysisReply<GoalSeekResult>> {
  return parseReply(goalSeekReply, await engine.run((api) => api.goalSeek(file, spec), options));
}

/** The credit memo's DSCR stress table, computed by the kernel in the engine worker. */
export async function dscrStress(
  engine: EngineClient,
  file: unknown,
  options?: CallOptions,
): Promise<AnalysisReply<DscrStressRow[]>> {
  return parseReply(dscrStressReply, await engine.run((api) => api.dscrStress(file), options));
}

/** Starts the Monte Carlo worker ahead of a run, so that the run does not wait for it to load. */
export async function warmUpMonteCarlo(client: MonteCarloClient, options?: CallOptions): Promise<void> {
  await client.run((api) => api.ready(), options);
}

/**
 * A seeded Monte Carlo run. Aborting `options.signal` rejects at once and terminates the worker
 * (the client replaces it on the next call): that is how a run is cancelled.
 */
export async function runMonteCarlo(
  client: MonteCarloClient,
  file: unknown,
  settings: { samples: number; seed: number },
  onProgress: (done: number, total: number) => void,
  options?: CallOptions,
): Promise<MonteCarloReply> {
  return parseReply(
    monteCarloReply,
    await client.run((api) => api.monteCarlo(file, settings, proxy(onProgress)), options),
  );
}
