import type { EngineWorker } from './engine-client';

/** Starts a Monte Carlo worker. Vite bundles it as its own file because of this exact `new Worker(new URL(...))` form. */
export function startMonteCarloWorker(): EngineWorker {
  return new Worker(new URL('../../workers/monte-carlo.ts', import.meta.url), { type: 'module', name: 'monte-carlo' });
}
