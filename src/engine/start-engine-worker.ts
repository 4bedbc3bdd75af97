import type { EngineWorker } from './engine-client';

/** Starts the real engine worker. Vite bundles it as its own file because of this exact `new Worker(new URL(...))` form. */
export function startEngineWorker(): EngineWorker {
  return new Worker(new URL('../../workers/engine.ts', import.meta.url), { type: 'module', name: 'engine' });
}
