import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { optimiseReply } from '../engine/optimise-replies';
import { differences } from '../model/test-support/compare';
import { runOptimiseJob } from './optimise-job';

function load(name: string): unknown {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`../../public/examples/${name}`, import.meta.url)), 'utf8'));
}

const file = load('colombia-dairy-verified-rebate.json');
const settings = { budget: 750_000_000, require: [], exclude: [], minReduction: null };

describe('the optimise job (what the worker runs)', () => {
  it('answers with the expected optimum, the package without the rebate, progress to the end, and a reply the page accepts', async () => {
    const progress: [number, number][] = [];
    const reply = await runOptimiseJob(file, settings, (done, total) => progress.push([done, total]));
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(differences(reply.answer.optimum, load('colombia-dairy-verified-rebate.optimum.json'))).toEqual([]);
    // Heat recovery is in the best package only because of the rebate.
    expect(reply.answer.withoutRebate).toEqual(['vsd', 'cip_reuse']);
    expect(reply.answer.all.measures).toEqual(['heat_recovery', 'vsd', 'cip_reuse']);
    expect(reply.answer.frontierFigures.map((f) => f?.rebateRate)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0.15, 0.15]);
    expect(progress.at(-1)).toEqual([12, 12]);
    expect(progress.map(([d]) => d)).toEqual([...progress.map(([d]) => d)].sort((a, b) => a - b));
    expect(optimiseReply.parse(reply)).toEqual(reply);
  });

  it('returns the settings problems by field, not an exception', async () => {
    const reply = await runOptimiseJob(file, { ...settings, require: ['vsd'], exclude: ['vsd', 'boiler'] });
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.settingsIssues.map((i) => [i.field, i.code, i.id])).toEqual([
      ['exclude', 'required-and-excluded', 'vsd'],
      ['exclude', 'unknown-measure', 'boiler'],
    ]);
    expect(optimiseReply.parse(reply)).toEqual(reply);
  });

  it('returns the file problems of an invalid scenario', async () => {
    const reply = await runOptimiseJob({ format: 'cp-scenario', version: 1 }, settings);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.issues.length).toBeGreaterThan(0);
  });
});
