/** Why a write did not happen, in terms the save status can show and act on. */

/** The document's revision moved since the caller read it: another tab or device wrote it. */
export class ConflictError extends Error {
  constructor(
    readonly id: string,
    readonly expectedRev: string | null,
    readonly actualRev: string | null,
  ) {
    super(`${id} is at revision ${actualRev ?? '(none)'}, not ${expectedRev ?? '(new)'}`);
    this.name = 'ConflictError';
  }
}

export type WriteFailure = 'conflict' | 'quota' | 'aborted' | 'closed' | 'invalid' | 'unknown';

/** Sorts an error from a write into what the user is told. */
export function classifyWriteError(error: unknown): WriteFailure {
  if (error instanceof ConflictError) return 'conflict';
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return 'quota';
  if (name === 'AbortError') return 'aborted';
  if (name === 'InvalidStateError' || name === 'TransactionInactiveError') return 'closed';
  if (name === 'ZodError') return 'invalid';
  // Chromium sometimes reports a full disk as an UnknownError whose message names the quota.
  if (error instanceof Error && /quota/i.test(error.message)) return 'quota';
  return 'unknown';
}
