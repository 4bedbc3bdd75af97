/**
 * The one shape of a piece of work's status on screen (#17 item 4): its phase, how far it has
 * come, and why it failed (a Failure, said in the user's language by the view). The long runs
 * (Monte Carlo, the best package, the portfolio) keep one through WorkerJob; the engine's start
 * and a comparison's rows say their failure the same way.
 */
import { failureOf, type Failure } from './failure';

export type Phase = 'idle' | 'running' | 'done' | 'failed' | 'cancelled';

export interface Progress {
  readonly done: number;
  readonly total: number;
}

export interface Status {
  readonly phase: Phase;
  /** Steps done and asked for in the run under way (or the last one). */
  readonly progress?: Progress;
  /** Why the work failed, when an error stopped it (a failed run may also be stopped by file problems, kept beside). */
  readonly failure?: Failure;
}

export const IDLE: Status = { phase: 'idle' };

/** A failed status from a caught value (through failureOf), keeping the progress reached. */
export function failedStatus(error: unknown, progress?: Progress): Status {
  return progress
    ? { phase: 'failed', progress, failure: failureOf(error) }
    : { phase: 'failed', failure: failureOf(error) };
}
