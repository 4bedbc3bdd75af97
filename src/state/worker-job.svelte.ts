/**
 * One long run on a worker at a time (Monte Carlo, the best package, the portfolio): start,
 * progress, cancel, failure and done in one place, as one Status. Each run gets an AbortSignal;
 * whatever a superseded or cancelled run reports later (progress, its answer, its failure) is
 * ignored, because the signal it carries is no longer the current one.
 */
import { failedStatus, IDLE, type Progress, type Status } from './status';

export class WorkerJob {
  #status = $state.raw<Status>(IDLE);
  #controller: AbortController | null = null;
  readonly #afterCancel: () => void;

  /** `afterCancel` runs once the cancelled call has settled (e.g. to start a fresh worker for the next run). */
  constructor(afterCancel: () => void = () => {}) {
    this.#afterCancel = afterCancel;
  }

  get status(): Status {
    return this.#status;
  }

  get running(): boolean {
    return this.#status.phase === 'running';
  }

  /** Starts a run of `total` steps (cancelling one under way) and returns its signal. */
  start(total = 0): AbortSignal {
    if (this.#controller) this.cancel();
    const controller = new AbortController();
    this.#controller = controller;
    this.#status = { phase: 'running', progress: { done: 0, total } };
    return controller.signal;
  }

  /** True while `signal`'s run is the one under way. */
  current(signal: AbortSignal): boolean {
    return this.#controller?.signal === signal;
  }

  /** The run has done `done` of `total` steps. */
  progress(signal: AbortSignal, done: number, total: number): void {
    if (this.current(signal)) this.#status = { phase: 'running', progress: { done, total } };
  }

  /** The run has finished. */
  done(signal: AbortSignal): void {
    this.#settle(signal, { phase: 'done', progress: this.#progress() });
  }

  /** The run has failed: by `error` when one was caught, else by problems its owner keeps. */
  fail(signal: AbortSignal, error?: unknown): void {
    const progress = this.#progress();
    this.#settle(signal, error === undefined ? { phase: 'failed', progress } : failedStatus(error, progress));
  }

  /** Stops the run under way at once: its signal aborts, and it can no longer change the status. */
  cancel(): void {
    const controller = this.#controller;
    if (!controller) return;
    this.#controller = null;
    this.#status = { phase: 'cancelled', progress: this.#progress() };
    controller.abort();
    // The aborted call settles (and its worker is terminated) in microtasks: act after that.
    setTimeout(this.#afterCancel, 0);
  }

  /** Back to idle, cancelling a run under way (another scenario opened). */
  reset(): void {
    this.cancel();
    this.#status = IDLE;
  }

  #progress(): Progress {
    return this.#status.progress ?? { done: 0, total: 0 };
  }

  #settle(signal: AbortSignal, status: Status): void {
    if (!this.current(signal)) return;
    this.#controller = null;
    this.#status = status;
  }
}
