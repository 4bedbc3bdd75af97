/**
 * The "best package for a budget" call: its own worker (started here) and a validated reply.
 * Aborting `options.signal` rejects at once and terminates the worker (the client replaces it on
 * the next call): that is how a run is cancelled, as for Monte Carlo.
 */
import { proxy } from 'comlink';
import type { OptimiseApi } from '../../workers/optimise';
import type { OptimiseReply, OptimiseRunSettings } from '../workbook/optimise-job';
import { parseReply, type CallOptions, type EngineClient, type EngineWorker } from './engine-client';
import { optimiseReply } from './optimise-replies';

export type OptimiseClient = EngineClient<OptimiseApi>;

/** Starts an optimise worker. Vite bundles it as its own file because of this exact `new Worker(new URL(...))` form. */
export function startOptimiseWorker(): EngineWorker {
  return new Worker(new URL('../../workers/optimise.ts', import.meta.url), { type: 'module', name: 'optimise' });
}

export async function warmUpOptimise(client: OptimiseClient, options?: CallOptions): Promise<void> {
  await client.run((api) => api.ready(), options);
}

export async function runOptimise(
  client: OptimiseClient,
  file: unknown,
  settings: OptimiseRunSettings,
  onProgress: (done: number, total: number) => void,
  options?: CallOptions,
): Promise<OptimiseReply> {
  return parseReply(optimiseReply, await client.run((api) => api.optimise(file, settings, proxy(onProgress)), options));
}
