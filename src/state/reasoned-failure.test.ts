import { describe, expect, it } from 'vitest';
import { reasonedFailure } from './reasoned-failure';

describe('reasonedFailure', () => {
  it("keeps the reason it is given and the error's message as the detail", () => {
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    expect(reasonedFailure('quota', quota)).toEqual({ reason: 'quota', detail: 'The quota has been exceeded.' });
    expect(reasonedFailure('failed', 'blocked by the browser')).toEqual({
      reason: 'failed',
      detail: 'blocked by the browser',
    });
  });
});
