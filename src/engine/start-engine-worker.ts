import type { EngineWorker } from './engine-client';

let early: EngineWorker | null = null;

/** Starts the real engine worker. Vite bundles it as its own file because of this exact `new Worker(new URL(...))` form. */
function createEngineWorker(): EngineWorker {
  return new Worker(new URL('../../workers/engine.ts', import.meta.url), { type: 'module', name: 'engine' });
}

/**
 * Starts the worker before the page's own code is loaded (src/boot.ts), so that HyperFormula loads
 * on another core meanwhile: the first figures after a start wait for it (issue 15 item 11).
 */
export function prestartEngineWorker(): void {
  early ??= createEngineWorker();
}

/** The engine worker: the one started early, the first time; a new one on every later call (a restart). */
export function startEngineWorker(): EngineWorker {
  const worker = early ?? createEngineWorker();
  early = null;
  return worker;
}
