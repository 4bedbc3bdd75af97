import { describe, expect, it } from 'vitest';
import { EngineError, type EngineFailure } from '../../engine/engine-client';
import { failureOf } from '../../state/failure';
import type { ModelState } from '../../state/model-state.svelte';
import { renderWithText, visibleText } from '../test-support/render-with-text';
import EngineNotice from './EngineNotice.svelte';

/** Each reason as the engine client raises it: an English message for logs, and the detail it keeps. */
const failures: Record<EngineFailure, EngineError> = {
  deadline: new EngineError('deadline', 'The engine did not answer within 15000 ms.', '15000'),
  aborted: new EngineError('aborted', 'The engine call was cancelled.'),
  crashed: new EngineError('crashed', 'The engine worker failed: Uncaught RangeError: out of memory', 'out of memory'),
  terminated: new EngineError('terminated', 'The engine was restarted while this call ran.'),
  internal: new EngineError('internal', 'The engine failed: Cannot read properties of undefined'),
  'invalid-reply': new EngineError('invalid-reply', "The engine's reply did not have the expected shape: npv"),
};

function failingModel(error: EngineError): ModelState {
  const trouble = { kind: 'failed', failure: failureOf(error) };
  return { trouble, dismissTrouble: () => {} } as unknown as ModelState;
}

const ENGLISH =
  /\b(the|engine|worker|call|answer|within|cancell?ed|failed|restarted|stopped|reply|shape|memory|cannot)\b/i;

describe('the notice of an engine failure', () => {
  it.each(Object.entries(failures))('says %s in Spanish with no English in it', (_, error) => {
    const text = visibleText(renderWithText(EngineNotice, { model: failingModel(error) }, 'es'));
    expect(text).toMatch(/^El motor de cálculo no responde: /);
    expect(text).not.toMatch(ENGLISH);
    expect(text).not.toContain(error.message);
  });

  it('says it in English for an English user, from the same catalogue', () => {
    const text = visibleText(renderWithText(EngineNotice, { model: failingModel(failures.deadline) }, 'en'));
    expect(text).toContain('the calculation engine did not answer within 15000 ms');
  });
});
