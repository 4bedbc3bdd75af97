/**
 * Typed, validated calls to the sensitivity tools: the deterministic ones in the engine worker,
 * Monte Carlo in a worker of its own (its client: `MonteCarloClient`).
 */
import { proxy, type Remote } from 'comlink';
import type { DataTableSpec } from '../model/data-table';
import type { GoalSeekSpec } from '../model/goal-seek';
import type { EngineApi } from '../../workers/engine';
import type { MonteCarloApi } from '../../workers/monte-carlo';
import type { AnalysisReply } from '../workbook/analysis';
import type { MonteCarloReply } from '../workbook/monte-carlo-job';
import * as replies from './analysis-replies';
import type { DscrStressRow } from '../model/dscr-stress-cases';
import { parseReply, type CallOptions, type EngineClient } from './engine-client';
import type { z } from '../model/zod';

export type MonteCarloClient = EngineClient<MonteCarloApi>;

/**
 * A sensitivity tool's call in the engine worker: `method` runs on the file with the tool's
 * argument, and its reply is checked by `schema` before the page reads it.
 */
function toolCall<A, T>(
  schema: z.ZodType<AnalysisReply<T>>,
  method: (api: Remote<EngineApi>, file: unknown, arg: A) => Promise<unknown>,
) {
  return async (engine: EngineClient, file: unknown, arg: A, options?: CallOptions): Promise<AnalysisReply<T>> =>
    parseReply(schema, await engine.run((api) => method(api, file, arg), options));
}

/** Break-even, tornadoes, NPV against the energy factor (tornado change `delta`), and the inputs the tools offer. */
export const sensitivityOverview = toolCall(replies.overviewReply, (api, file, delta: number) =>
  api.sensitivityOverview(file, delta),
);

/** The headline figures at another energy price factor; the file is not changed. */
export const energyWhatIf = toolCall(replies.energyReply, (api, file, factor: number) =>
  api.energyWhatIf(file, factor),
);

export const dataTable = toolCall(replies.dataTableReply, (api, file, spec: DataTableSpec) =>
  api.dataTable(file, spec),
);

export const goalSeek = toolCall(replies.goalSeekReply, (api, file, spec: GoalSeekSpec) => api.goalSeek(file, spec));

/** The credit memo's DSCR stress table, computed by the kernel in the engine worker. */
export async function dscrStress(
  engine: EngineClient,
  file: unknown,
  options?: CallOptions,
): Promise<AnalysisReply<DscrStressRow[]>> {
  return parseReply(replies.dscrStressReply, await engine.run((api) => api.dscrStress(file), options));
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
    replies.monteCarloReply,
    await client.run((api) => api.monteCarlo(file, settings, proxy(onProgress)), options),
  );
}
