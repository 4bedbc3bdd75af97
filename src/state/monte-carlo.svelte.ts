/**
 * Monte Carlo runs of the open scenario, in a worker of their own so that editing goes on while
 * samples run. Cancel aborts the call: the client terminates that worker at once (a run stops
 * within milliseconds, whatever it was doing) and a fresh one is started in the background for
 * the next run. The last report stays on screen, marked when the scenario has changed since.
 */
import { runMonteCarlo, warmUpMonteCarlo, type MonteCarloClient } from '../engine/analysis';
import type { Issue } from '../model/issues';
import type { MonteCarloReport } from '../model/monte-carlo-report';
import { failureOf, type Failure } from './failure';

export const MIN_SAMPLES = 1000;
export const MAX_SAMPLES = 100_000;

/** Long enough for 100,000 samples of a large scenario on a slow machine; Cancel is the user's way out. */
const RUN_TIMEOUT_MS = 600_000;

export type RunPhase = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

export interface FinishedRun {
  report: MonteCarloReport;
  elapsedMs: number;
  /** The draft revision the run was for. */
  revision: number;
}

export class MonteCarloState {
  #phase = $state<RunPhase>('idle');
  #done = $state(0);
  #total = $state(0);
  #samples = $state(10_000);
  #seed = $state(1);
  #last = $state.raw<FinishedRun | null>(null);
  #issues = $state.raw<Issue[]>([]);
  #error = $state<Failure | null>(null);
  #controller: AbortController | null = null;
  readonly #client: MonteCarloClient;

  constructor(client: MonteCarloClient) {
    this.#client = client;
  }

  get phase(): RunPhase {
    return this.#phase;
  }

  /** Samples done and asked for in the run under way (or the last one). */
  get progress(): { done: number; total: number } {
    return { done: this.#done, total: this.#total };
  }

  get samples(): number {
    return this.#samples;
  }

  set samples(n: number) {
    if (Number.isInteger(n) && n >= MIN_SAMPLES && n <= MAX_SAMPLES) this.#samples = n;
  }

  get seed(): number {
    return this.#seed;
  }

  set seed(n: number) {
    if (Number.isInteger(n) && n >= 0 && n <= 2 ** 32 - 1) this.#seed = n;
  }

  /** The last finished run's report. */
  get last(): FinishedRun | null {
    return this.#last;
  }

  /** Problems of the file that stopped the last run from starting. */
  get issues(): Issue[] {
    return this.#issues;
  }

  get error(): Failure | null {
    return this.#error;
  }

  /** Starts the worker ahead of a run (e.g. when the Monte Carlo panel opens); failures wait for the run. */
  warmUp(): void {
    warmUpMonteCarlo(this.#client).catch(() => {});
  }

  /** Runs the current settings on a valid draft; a run already under way is cancelled first. */
  async run(file: unknown, revision: number): Promise<void> {
    if (this.#controller) this.cancel();
    const controller = new AbortController();
    this.#controller = controller;
    this.#phase = 'running';
    this.#done = 0;
    this.#total = this.#samples;
    this.#issues = [];
    this.#error = null;
    const onProgress = (done: number, total: number) => {
      // A cancelled run's last messages may still arrive: they belong to no one.
      if (this.#controller !== controller) return;
      this.#done = done;
      this.#total = total;
    };
    try {
      const reply = await runMonteCarlo(this.#client, file, { samples: this.#samples, seed: this.#seed }, onProgress, {
        signal: controller.signal,
        timeoutMs: RUN_TIMEOUT_MS,
      });
      if (this.#controller !== controller) return;
      if (reply.ok) {
        this.#last = { report: reply.report, elapsedMs: reply.elapsedMs, revision };
        this.#phase = 'done';
      } else {
        this.#issues = reply.issues;
        this.#phase = 'failed';
      }
    } catch (error) {
      if (this.#controller !== controller) return; // cancelled: cancel() has said so
      this.#error = failureOf(error);
      this.#phase = 'failed';
    } finally {
      if (this.#controller === controller) this.#controller = null;
    }
  }

  /** Stops the run under way at once; its samples are discarded, the last finished report stays. */
  cancel(): void {
    const controller = this.#controller;
    if (!controller) return;
    this.#controller = null;
    this.#phase = 'cancelled';
    controller.abort();
    // The aborted call terminates the worker once its rejection has run (microtasks): start the
    // next one after that, now rather than at the next run.
    setTimeout(() => this.warmUp(), 0);
  }
}
