import { describe, expect, it } from 'vitest';
import { EngineError } from '../engine/engine-client';
import { failedStatus, IDLE } from './status';
import { WorkerJob } from './worker-job.svelte';

describe('a worker job', () => {
  it('runs from idle through progress to done, keeping the progress reached', () => {
    const job = new WorkerJob();
    expect(job.status).toEqual(IDLE);
    const signal = job.start(10);
    expect(job.status).toEqual({ phase: 'running', progress: { done: 0, total: 10 } });
    expect(job.running).toBe(true);
    job.progress(signal, 4, 10);
    expect(job.status.progress).toEqual({ done: 4, total: 10 });
    job.done(signal);
    expect(job.status).toEqual({ phase: 'done', progress: { done: 4, total: 10 } });
    expect(job.current(signal)).toBe(false);
  });

  it('says a failure by its Failure, or fails without one when the owner keeps the problems', () => {
    const job = new WorkerJob();
    const first = job.start();
    job.fail(first, new EngineError('deadline', 'late', '15000'));
    expect(job.status.failure).toEqual({ kind: 'engine', reason: 'deadline', detail: '15000' });
    const second = job.start();
    job.fail(second);
    expect(job.status).toEqual({ phase: 'failed', progress: { done: 0, total: 0 } });
  });

  it('ignores what a cancelled or superseded run reports later, and acts after a cancel once it settled', async () => {
    let after = 0;
    const job = new WorkerJob(() => after++);
    const old = job.start(5);
    const next = job.start(7); // cancels the first
    expect(old.aborted).toBe(true);
    job.progress(old, 5, 5);
    job.done(old);
    expect(job.status).toEqual({ phase: 'running', progress: { done: 0, total: 7 } });
    job.cancel();
    expect(next.aborted).toBe(true);
    job.fail(next, new Error('aborted'));
    expect(job.status.phase).toBe('cancelled');
    expect(after).toBe(0); // not before the aborted call has settled
    await new Promise((r) => setTimeout(r, 0));
    expect(after).toBe(2);
  });

  it('resets to idle, cancelling a run under way', () => {
    const job = new WorkerJob();
    const signal = job.start(3);
    job.reset();
    expect(signal.aborted).toBe(true);
    expect(job.status).toEqual(IDLE);
  });
});

describe('a failed status', () => {
  it('keeps the failure as data and the progress reached', () => {
    expect(failedStatus(new Error('disk full'), { done: 2, total: 9 })).toEqual({
      phase: 'failed',
      progress: { done: 2, total: 9 },
      failure: { kind: 'error', detail: 'disk full' },
    });
    expect(failedStatus('x')).toEqual({ phase: 'failed', failure: { kind: 'error', detail: 'x' } });
  });
});
