/**
 * Monte Carlo runs of the open scenario, in a worker of their own so that editing goes on while
 * samples run. Cancel aborts the call: the client terminates that worker at once (a run stops
 * within milliseconds, whatever it was doing) and a fresh one is started in the background for
 * the next run. The last report stays on screen, marked when the scenario has changed since.
 */
import { runMonteCarlo, warmUpMonteCarlo, type MonteCarloClient } from '../engine/analysis';
import type { Issue } from '../model/issues';
import type { MonteCarloReport } from '../model/monte-carlo-report';
import type { Status } from './status';
import { WorkerJob } from './worker-job.svelte';

export const MIN_SAMPLES = 1000;
export const MAX_SAMPLES = 100_000;

/** Long enough for 100,000 samples of a large scenario on a slow machine; Cancel is the user's way out. */
const RUN_TIMEOUT_MS = 600_000;

export interface FinishedRun {
  report: MonteCarloReport;
  elapsedMs: number;
  /** The draft revision the run was for. */
  revision: number;
}

export class MonteCarloState {
  #samples = $state(10_000);
  #seed = $state(1);
  #last = $state.raw<FinishedRun | null>(null);
  #issues = $state.raw<Issue[]>([]);
  readonly #client: MonteCarloClient;
  /** A cancelled run's worker is terminated: the next one starts at once, not at the next run. */
  readonly #job = new WorkerJob(() => this.warmUp());

  constructor(client: MonteCarloClient) {
    this.#client = client;
  }

  /** The run under way or the last one: its phase, samples done and asked for, and failure. */
  get status(): Status {
    return this.#job.status;
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

  /** Starts the worker ahead of a run (e.g. when the Monte Carlo panel opens); failures wait for the run. */
  warmUp(): void {
    warmUpMonteCarlo(this.#client).catch(() => {});
  }

  /** Runs the current settings on a valid draft; a run already under way is cancelled first. */
  async run(file: unknown, revision: number): Promise<void> {
    const job = this.#job;
    const signal = job.start(this.#samples);
    this.#issues = [];
    // A cancelled run's last messages may still arrive: the job ignores them.
    const onProgress = (done: number, total: number) => job.progress(signal, done, total);
    try {
      const settings = { samples: this.#samples, seed: this.#seed };
      const reply = await runMonteCarlo(this.#client, file, settings, onProgress, {
        signal,
        timeoutMs: RUN_TIMEOUT_MS,
      });
      if (!job.current(signal)) return;
      if (reply.ok) {
        this.#last = { report: reply.report, elapsedMs: reply.elapsedMs, revision };
        job.done(signal);
      } else {
        this.#issues = reply.issues;
        job.fail(signal);
      }
    } catch (error) {
      job.fail(signal, error); // cancelled: ignored, cancel() has said so
    }
  }

  /** Stops the run under way at once; its samples are discarded, the last finished report stays. */
  cancel(): void {
    this.#job.cancel();
  }
}
