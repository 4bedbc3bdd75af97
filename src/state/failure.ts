/**
 * Why a piece of work failed, kept as data so that the screen says it in the user's language
 * (#17 items 2 and 4): an engine failure by its reason and detail, anything else by its text.
 * Every state class turns a caught error into a Failure with failureOf, never into English.
 */
import { EngineError, type EngineFailure } from '../engine/engine-client';

export type Failure =
  | { readonly kind: 'engine'; readonly reason: EngineFailure; readonly detail: string }
  | { readonly kind: 'error'; readonly detail: string };

/** The one helper that reads a caught value: its message when it is an Error, else the value as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A caught value as a Failure: an engine error keeps its reason so that it can be translated. */
export function failureOf(error: unknown): Failure {
  if (error instanceof EngineError) return { kind: 'engine', reason: error.reason, detail: error.detail };
  return { kind: 'error', detail: errorMessage(error) };
}
