import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/translate';
import { failureText } from './failure-text';

describe('failureText', () => {
  it('says an engine failure in the chosen language, with its detail', () => {
    const deadline = { kind: 'engine', reason: 'deadline', detail: '15000' } as const;
    expect(failureText(translator('es'), deadline)).toBe('el motor de cálculo no respondió en 15000 ms');
    expect(failureText(translator('pt'), deadline)).toBe('o motor de cálculo não respondeu em 15000 ms');
    expect(failureText(translator('en'), { kind: 'engine', reason: 'aborted', detail: '' })).toBe(
      'the calculation was cancelled',
    );
  });

  it('never puts the English engine message into a Spanish text', () => {
    const text = failureText(translator('es'), { kind: 'engine', reason: 'crashed', detail: 'out of memory' });
    expect(text).toBe('el motor de cálculo se detuvo');
    expect(text).not.toMatch(/engine|worker|memory/i);
  });

  it('shows any other failure by its own text', () => {
    expect(failureText(translator('es'), { kind: 'error', detail: 'disk full' })).toBe('disk full');
  });
});
