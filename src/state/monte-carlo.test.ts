import { describe, expect, it } from 'vitest';
import type { MonteCarloApi } from '../../workers/monte-carlo';
import type { EngineClient } from '../engine/engine-client';
import { runMonteCarloJob, type ProgressCallback } from '../workbook/monte-carlo-job';
import { MonteCarloState } from './monte-carlo.svelte';
import { jobStates } from './test-support/job-state-fixture';
import { exampleFile, until } from './test-support/worker-fixture';

const dairy = exampleFile('central-america-dairy-energy-risk');
const { state, expectCancelRestarts } = jobStates((client: EngineClient<MonteCarloApi>) => ({
  monteCarlo: new MonteCarloState(client),
}));

describe('a Monte Carlo run from the page', () => {
  it('reports progress and keeps the finished report with its settings', async () => {
    const { monteCarlo } = state({
      ready: () => true,
      monteCarlo: (file, settings, onProgress?: ProgressCallback) =>
        runMonteCarloJob(file, settings, onProgress, { sliceMs: 1 }),
    });
    monteCarlo.samples = 2000;
    monteCarlo.seed = 3;
    const run = monteCarlo.run(dairy, 7);
    expect(monteCarlo.status.phase).toBe('running');
    await run;
    expect(monteCarlo.status.phase).toBe('done');
    expect(monteCarlo.status.progress).toEqual({ done: 2000, total: 2000 });
    expect(monteCarlo.last?.revision).toBe(7);
    expect(monteCarlo.last?.report.results).toMatchObject({ samples: 2000, seed: 3 });
  });

  it('stops at once on cancel: the worker is terminated and a fresh one started for the next run', async () => {
    let started = 0;
    const { monteCarlo, client } = state({
      ready: () => true,
      monteCarlo: (_file, settings, onProgress?: ProgressCallback) => {
        started++;
        onProgress?.(123, settings.samples);
        return new Promise(() => {}); // samples that never end
      },
    });
    const run = monteCarlo.run(dairy, 1);
    await until(() => monteCarlo.status.progress?.done === 123);
    expect(monteCarlo.status.progress).toEqual({ done: 123, total: 10_000 });
    // Cancel returns the run at once (its latency in the browser is measured by `npm run bench`,
    // scripts/bench-monte-carlo.mjs): the worker never answers, so only termination can settle it.
    await expectCancelRestarts(monteCarlo, run, client);
    expect(started).toBe(1);
  });

  it('says what stops a run: the file problems, or the engine failure', async () => {
    const { monteCarlo } = state({
      monteCarlo: (file, settings) => runMonteCarloJob({ ...(file as object), uncertainty: [] }, settings),
    });
    await monteCarlo.run(dairy, 1);
    expect(monteCarlo.status.phase).toBe('failed');
    expect(monteCarlo.issues[0]?.path).toEqual(['uncertainty']);
    const broken = state({ monteCarlo: () => Promise.reject(new Error('out of memory')) }).monteCarlo;
    await broken.run(dairy, 1);
    // The worker's own exception arrives as an engine failure with a reason the page translates;
    // its English text stays out of the notice.
    expect(broken.status.failure).toEqual({ kind: 'engine', reason: 'internal', detail: '' });
  });

  it('keeps the sample count between 1,000 and 100,000 and the seed a 32-bit integer', () => {
    const { monteCarlo } = state({});
    monteCarlo.samples = 500;
    monteCarlo.samples = 200_000;
    monteCarlo.samples = 1500.5;
    expect(monteCarlo.samples).toBe(10_000);
    monteCarlo.seed = -1;
    monteCarlo.seed = 42;
    expect(monteCarlo.seed).toBe(42);
  });
});
