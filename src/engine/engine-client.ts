/**
 * The one owner of the engine worker (STYLE point 2). comlink alone leaves a call pending
 * forever when the worker dies, so every call here races against a deadline, the caller's
 * AbortSignal and the worker's death, and a stuck or dead worker is replaced.
 */
import { wrap, type Endpoint, type Remote } from 'comlink';
import type { z } from '../model/zod';
import type { EngineApi } from '../../workers/engine';

/** What the client needs of a worker: a real `Worker` fits, and so does a test double. */
export interface EngineWorker extends Endpoint {
  terminate(): void;
}

/**
 * Why an engine call failed: it missed its deadline, was cancelled, the worker crashed or was
 * restarted under it, the worker's own code threw, or its reply did not have the shape the app expects.
 */
export type EngineFailure = 'deadline' | 'aborted' | 'crashed' | 'terminated' | 'internal' | 'invalid-reply';

/**
 * A failed engine call. `reason` (and `detail`, the deadline's milliseconds) is what the UI
 * translates through the catalogue; `message` is English, for logs and tests, never shown.
 */
export class EngineError extends Error {
  override readonly name = 'EngineError';

  constructor(
    readonly reason: EngineFailure,
    message: string,
    readonly detail = '',
  ) {
    super(message);
  }
}

/** A worker's reply checked against its schema: a mismatch is an EngineError('invalid-reply'), never NaN on screen. */
export function parseReply<T extends z.ZodType>(schema: T, reply: unknown): z.infer<T> {
  const parsed = schema.safeParse(reply);
  if (parsed.success) return parsed.data;
  throw new EngineError('invalid-reply', `The engine's reply did not have the expected shape: ${parsed.error.message}`);
}

export interface CallOptions {
  signal?: AbortSignal;
  /** Milliseconds before the call is given up and the worker restarted. */
  timeoutMs?: number;
}

interface Running<Api> {
  worker: EngineWorker;
  remote: Remote<Api>;
  /** Rejects when this worker errors or is terminated; never resolves. */
  failed: Promise<never>;
  fail: (error: EngineError) => void;
}

export const DEFAULT_TIMEOUT_MS = 15_000;

/** `Api` is the worker's exposed type: the engine's by default, another worker's (e.g. Monte Carlo) for its own client. */
export class EngineClient<Api = EngineApi> {
  readonly #createWorker: () => EngineWorker;
  readonly #timeoutMs: number;
  #running: Running<Api> | undefined;
  #starts = 0;
  readonly #retireListeners = new Set<(error: EngineError) => void>();

  constructor(createWorker: () => EngineWorker, options: { timeoutMs?: number } = {}) {
    this.#createWorker = createWorker;
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  /**
   * Calls `listener` each time a worker is retired (it crashed, missed a deadline, was aborted or
   * stopped), with or without a call pending: the worker's state went with it. Returns the unsubscribe.
   */
  onRetire(listener: (error: EngineError) => void): () => void {
    this.#retireListeners.add(listener);
    return () => this.#retireListeners.delete(listener);
  }

  /** How many workers this client has started; more than one means it restarted. */
  get starts(): number {
    return this.#starts;
  }

  /**
   * Runs `task` on the worker. Settles by the deadline at the latest; rejects with an
   * EngineError on deadline, abort or a worker failure. The worker is (re)started on demand.
   */
  // R, not Promise<T>: comlink turns a method returning A | B into Promise<A> | Promise<B>.
  async run<R>(task: (api: Remote<Api>) => R, options: CallOptions = {}): Promise<Awaited<R>> {
    const { signal, timeoutMs = this.#timeoutMs } = options;
    if (signal?.aborted) throw new EngineError('aborted', 'The engine call was cancelled before it started.');
    const running = this.#ensureRunning();

    let timer: ReturnType<typeof setTimeout> | undefined;
    let onAbort: (() => void) | undefined;
    const interrupted = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(new EngineError('deadline', `The engine did not answer within ${timeoutMs} ms.`, String(timeoutMs))),
        timeoutMs,
      );
      onAbort = () => reject(new EngineError('aborted', 'The engine call was cancelled.'));
      signal?.addEventListener('abort', onAbort, { once: true });
    });

    try {
      return await Promise.race([task(running.remote), running.failed, interrupted]);
    } catch (error) {
      if (error instanceof EngineError && (error.reason === 'deadline' || error.reason === 'aborted')) {
        // The worker may be busy with the abandoned work for a long time: replace it.
        this.#retire(running, new EngineError('terminated', 'The engine was restarted while this call ran.'));
      }
      if (error instanceof EngineError) throw error;
      // Thrown by the worker's own code (comlink carries it over): its English text is for logs only.
      const message = error instanceof Error ? error.message : String(error);
      throw new EngineError('internal', `The engine failed: ${message}`);
    } finally {
      clearTimeout(timer);
      if (onAbort) signal?.removeEventListener('abort', onAbort);
    }
  }

  /** Stops the worker; pending calls reject with reason `terminated`, the next call starts a new one. */
  terminate(): void {
    if (this.#running) this.#retire(this.#running, new EngineError('terminated', 'The engine was stopped.'));
  }

  // Started lazily rather than right after a failure, so a worker that cannot load does not
  // restart in a loop; the next call tries again and reports the failure to its caller.
  #ensureRunning(): Running<Api> {
    if (this.#running) return this.#running;
    const worker = this.#createWorker();
    this.#starts += 1;
    let fail: (error: EngineError) => void = () => {};
    const failed = new Promise<never>((_, reject) => (fail = reject));
    failed.catch(() => {}); // a failure with no call pending is not an unhandled rejection
    const running: Running<Api> = { worker, remote: wrap<Api>(worker), failed, fail };

    const onFailure = (event: Event) => {
      const detail = 'message' in event && typeof event.message === 'string' ? event.message : event.type;
      this.#retire(running, new EngineError('crashed', `The engine worker failed: ${detail}`, detail));
    };
    worker.addEventListener('error', onFailure);
    worker.addEventListener('messageerror', onFailure);
    this.#running = running;
    return running;
  }

  #retire(running: Running<Api>, error: EngineError): void {
    const current = this.#running === running;
    if (current) this.#running = undefined;
    running.worker.terminate();
    running.fail(error);
    if (current) for (const listener of this.#retireListeners) listener(error);
  }
}
