import { wrap, type Remote } from 'comlink';
import type { EngineApi } from '../../workers/engine';
import type { EngineWorker } from './engine-client';

/** The worker started early, and the scenario it was asked to evaluate at once (by its JSON text). */
let early: EngineWorker | null = null;
let evaluation: { key: string; reply: Promise<unknown> } | null = null;
let handedOut = 0;
// Held for the page's lifetime: comlink releases the worker's API once every proxy of it is collected.
let earlyRemote: Remote<EngineApi> | null = null;

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

/**
 * Asks the early worker for the figures of the scenario the library is about to open, while the
 * app's code still loads (src/boot.ts); the app's first request for the very same file and delta
 * takes the answer (takeEarlyEvaluation) instead of asking again.
 */
export function evaluateEarly(file: unknown, delta: number): void {
  if (!early || handedOut > 1) return;
  const worker = early;
  earlyRemote ??= wrap<EngineApi>(worker);
  const died = new Promise<never>((_, reject) =>
    worker.addEventListener('error', () => reject(new Error('the engine worker failed')), { once: true }),
  );
  const reply = Promise.race([earlyRemote.evaluateScenario(file, delta), died]);
  reply.catch(() => undefined); // taken or not, a failure is the taker's to report
  evaluation = { key: evaluationKey(file, delta), reply };
}

/**
 * The early answer for `file` and `delta`, once, while the worker that computed it is the one in
 * use (a restarted or second worker never had it); else null, and the caller asks the worker itself.
 */
export function takeEarlyEvaluation(file: unknown, delta: number): Promise<unknown> | null {
  const taken = evaluation;
  evaluation = null;
  if (!taken || handedOut !== 1 || taken.key !== evaluationKey(file, delta)) return null;
  performance.mark('cp:early-answer-taken'); // start-up timing (scripts/bench-start.mjs) and the e2e test
  return taken.reply;
}

function evaluationKey(file: unknown, delta: number): string {
  return JSON.stringify([file, delta]);
}

/** The engine worker: the one started early, the first time; a new one on every later call (a restart). */
export function startEngineWorker(): EngineWorker {
  const worker = early ?? createEngineWorker();
  early = null;
  handedOut += 1;
  if (handedOut > 1) evaluation = null;
  return worker;
}
