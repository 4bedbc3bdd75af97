/**
 * What SensitivityView hands each of its tools, and how a tool reads an answer of the state:
 * one definition, so the five tools cannot drift apart.
 */
import type { Loaded, SensitivityState } from '../../state/sensitivity.svelte';
import type { SensFormat } from './sens-format';

/** The tab's sensitivity state and its words and numbers; a tool adds what else it needs. */
export interface ToolProps {
  sens: SensitivityState;
  fmt: SensFormat;
}

/** The answer once there is one; null while it is computing, when the draft has problems or the engine failed. */
export function loadedValue<T>(loaded: Loaded<T>): T | null {
  return loaded.status === 'ok' ? loaded.value : null;
}
