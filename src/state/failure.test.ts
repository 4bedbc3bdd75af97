import { describe, expect, it } from 'vitest';
import { EngineError } from '../engine/engine-client';
import { errorMessage, failureOf } from './failure';

describe('failureOf', () => {
  it('keeps an engine failure by its reason and detail, not by its English message', () => {
    const failure = failureOf(new EngineError('deadline', 'The engine did not answer within 15000 ms.', '15000'));
    expect(failure).toEqual({ kind: 'engine', reason: 'deadline', detail: '15000' });
  });

  it('keeps any other error by its text', () => {
    expect(failureOf(new TypeError('bad'))).toEqual({ kind: 'error', detail: 'bad' });
    expect(failureOf('plain')).toEqual({ kind: 'error', detail: 'plain' });
  });
});

describe('errorMessage', () => {
  it("reads an Error's message and turns anything else into text", () => {
    expect(errorMessage(new Error('boom'))).toBe('boom');
    expect(errorMessage(42)).toBe('42');
    expect(errorMessage(undefined)).toBe('undefined');
  });
});
