import { describe, expect, it } from 'vitest';
import { EngineError, type EngineClient } from '../engine/engine-client';
import { EngineStatus } from './engine-status.svelte';

describe('the engine status', () => {
  it('says a failed start by its Failure (translated on screen), not by an English message', async () => {
    const engine = {
      run: () => Promise.reject(new EngineError('crashed', 'The engine stopped.', 'boom')),
    } as unknown as EngineClient;
    const status = new EngineStatus(engine);
    expect(status.current.kind).toBe('starting');
    await status.start();
    expect(status.current).toEqual({ kind: 'failed', failure: { kind: 'engine', reason: 'crashed', detail: 'boom' } });
  });
});
