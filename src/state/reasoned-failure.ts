/**
 * A failure the screen acts on by its reason (#17 item 4): why the database did not open (the
 * library), why a write did not happen (the autosave), each sorted where the error was caught,
 * with the error's own text for the details, read by the one helper, errorMessage (failure.ts).
 */
import { errorMessage } from './failure';

export interface ReasonedFailure<R extends string> {
  readonly reason: R;
  /** The error's own text, shown under "details"; empty when there was no error (only a reason). */
  readonly detail: string;
}

/** `reason`, with the caught value's text as the detail. */
export function reasonedFailure<R extends string>(reason: R, error: unknown): ReasonedFailure<R> {
  return { reason, detail: errorMessage(error) };
}
