import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto'; // the IDB* classes idb checks values against
import { describe, expect, it } from 'vitest';
import type { OptimiseApi } from '../../workers/optimise';
import type { EngineClient } from '../engine/engine-client';
import { openAppDb } from '../persistence/app-db';
import { optimiseSettingsKey, readOptimiseSettings } from '../persistence/optimise-settings';
import { optimiseInput, runOptimiseJob, type OptimiseProgressCallback } from '../workbook/optimise-job';
import { OptimiseState } from './optimise.svelte';
import { jobStates } from './test-support/job-state-fixture';
import { exampleFile, until } from './test-support/worker-fixture';

const file = exampleFile('colombia-dairy-verified-rebate');
const IDS = ['heat_recovery', 'vsd', 'cip_reuse'];
const { state, expectCancelRestarts } = jobStates((client: EngineClient<OptimiseApi>) => ({
  opt: new OptimiseState(client),
}));

describe('a best-package run from the page', () => {
  it('turns locks and exclusions into settings, reports progress and keeps the answer', async () => {
    const { opt } = state({
      ready: () => true,
      optimise: (f, s, onProgress?: OptimiseProgressCallback) => runOptimiseJob(f, optimiseInput.parse(s), onProgress),
    });
    expect(opt.settingsFor(IDS)).toBeNull();
    opt.budget = 750_000_000;
    opt.roles = { cip_reuse: 'exclude', vsd: 'require' };
    const settings = opt.settingsFor(IDS);
    expect(settings).toEqual({ budget: 750_000_000, require: ['vsd'], exclude: ['cip_reuse'], minReduction: null });
    if (!settings) return;
    await opt.run(file, 'k4', settings);
    expect(opt.status.phase).toBe('done');
    expect(opt.status.progress).toEqual({ done: 12, total: 12 });
    expect(opt.last?.key).toBe('k4');
    expect(opt.last?.answer.optimum.best?.measures).toEqual(['heat_recovery', 'vsd']);
  });

  it('stops at once on cancel and starts a fresh worker', async () => {
    const { opt, client } = state({
      ready: () => true,
      optimise: (_f, _s, onProgress?: OptimiseProgressCallback) => {
        onProgress?.(3, 11);
        return new Promise(() => {});
      },
    });
    const run = opt.run(file, 'k1', { budget: 1, require: [], exclude: [], minReduction: null });
    await until(() => opt.status.progress?.done === 3);
    await expectCancelRestarts(opt, run, client);
  });

  it('shows the settings problems by field', async () => {
    const { opt } = state({ optimise: (f, s) => runOptimiseJob(f, optimiseInput.parse(s)) });
    await opt.run(file, 'k1', { budget: 1, require: ['gone'], exclude: [], minReduction: null });
    expect(opt.status.phase).toBe('failed');
    expect(opt.settingsIssues.map((i) => [i.field, i.code, i.id])).toEqual([['require', 'unknown-measure', 'gone']]);
  });
});

describe('run settings belong to a scenario', () => {
  const idle = () => state({ ready: () => true }).opt;

  it('are written beside the scenario and read back by a new page, each scenario its own', async () => {
    globalThis.indexedDB = new IDBFactory();
    const db = await openAppDb();
    const first = idle();
    await first.openScenario('scn-a', db);
    first.budget = 750_000_000;
    first.roles = { vsd: 'require', cip_reuse: 'exclude', heat_recovery: 'free' };
    first.minReduction = { indicator: 'co2e', share: 0.3 };
    await first.openScenario('scn-b', db);
    expect(first.budget).toBeNull();
    first.budget = 100;
    await first.flush();

    const reloaded = idle();
    await reloaded.openScenario('scn-a', db);
    expect(reloaded.budget).toBe(750_000_000);
    // A free measure is the default and is not stored.
    expect(reloaded.roles).toEqual({ vsd: 'require', cip_reuse: 'exclude' });
    expect(reloaded.minReduction).toEqual({ indicator: 'co2e', share: 0.3 });
    await reloaded.openScenario('scn-b', db);
    expect(reloaded.budget).toBe(100);
    expect(reloaded.roles).toEqual({});
    expect(reloaded.minReduction).toBeNull();
    await reloaded.openScenario('scn-c', db);
    expect(reloaded.budget).toBeNull();
    expect(await readOptimiseSettings(db, 'scn-a')).toEqual({
      version: 1,
      budget: 750_000_000,
      roles: { vsd: 'require', cip_reuse: 'exclude' },
      minReduction: { indicator: 'co2e', share: 0.3 },
    });
    db.close();
  });

  it('an unreadable stored record gives no settings, never a half-read one', async () => {
    globalThis.indexedDB = new IDBFactory();
    const db = await openAppDb();
    await db.put('settings', { version: 1, budget: -5, roles: {}, minReduction: null }, optimiseSettingsKey('scn-a'));
    const opt = idle();
    await opt.openScenario('scn-a', db);
    expect(opt.budget).toBeNull();
    db.close();
  });

  it('keeps each scenario its own answer and the step chosen in it', async () => {
    const { opt } = state({
      ready: () => true,
      optimise: (f, s, onProgress?: OptimiseProgressCallback) => runOptimiseJob(f, optimiseInput.parse(s), onProgress),
    });
    await opt.openScenario('scn-a', null);
    await opt.run(file, 'k', { budget: 750_000_000, require: [], exclude: [], minReduction: null });
    opt.choose(1);
    expect(opt.last?.step).toBe(1);
    expect(opt.last?.inReports).toBe(true);
    opt.setInReports('scn-a', false);
    await opt.openScenario('scn-b', null);
    expect(opt.last).toBeNull();
    expect(opt.answerFor('scn-a')?.step).toBe(1);
    expect(opt.answerFor('scn-a')?.inReports).toBe(false);
    await opt.openScenario('scn-a', null);
    expect(opt.last?.answer.optimum.best?.measures).toEqual(['heat_recovery', 'vsd']);
    // A new run shows its best package again, and keeps the user's choice for the reports.
    await opt.run(file, 'k', { budget: 750_000_000, require: [], exclude: [], minReduction: null });
    expect(opt.last?.step).toBeNull();
    expect(opt.last?.inReports).toBe(false);
  });
});
