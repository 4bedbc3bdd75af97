import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { differences } from '../model/test-support/compare';
import type { Stats } from '../model/results';
import { AnalysisSession } from './analysis';
import { runMonteCarloJob } from './monte-carlo-job';
import { SAMPLE_NAMES } from '../model/samples';
import { assertOk } from '../model/test-support/assert-result';

const EXAMPLES = SAMPLE_NAMES;

function load<T = unknown>(name: string): T {
  return JSON.parse(
    readFileSync(fileURLToPath(new URL(`../../public/examples/${name}`, import.meta.url)), 'utf8'),
  ) as T;
}

describe.each(EXAMPLES)('the sensitivity overview of %s, as the worker gives it', (name) => {
  const expected = load<{ sensitivity: unknown }>(`${name}.expected.json`).sensitivity as {
    breakEvenEnergyPriceFactor: number | null;
    tornado: unknown;
  };
  const reply = new AnalysisSession().overview(load(`${name}.json`), 0.2);
  if (!reply.ok) throw new Error(JSON.stringify(reply.issues));
  const overview = reply.value;

  it('agrees with the expected tornado and break-even', () => {
    expect(differences(overview.tornado, expected.tornado, 'tornado')).toEqual([]);
    expect(differences(overview.breakEvenEnergyPriceFactor, expected.breakEvenEnergyPriceFactor, 'breakEven')).toEqual(
      [],
    );
    expect(overview.energyCurve.breakEven).toBe(overview.breakEvenEnergyPriceFactor);
  });
  it('centres the tornadoes on the NPVs of the scenario as it is', () => {
    const results = load<{ project: { npv: number }; financing: { equityNpv: number } | null }>(
      `${name}.expected.json`,
    );
    expect(differences(overview.npv, results.project.npv, 'npv')).toEqual([]);
    expect(differences(overview.equityNpv, results.financing?.equityNpv ?? null, 'equityNpv')).toEqual([]);
  });
  it('offers every input with its value, and an equity tornado only with a loan', () => {
    expect(overview.inputs[0]).toEqual({ path: 'energyPriceFactor', base: 1 });
    expect(overview.equityTornado === null).toBe(!overview.hasLoan);
  });
});

describe('a session answering the tools', () => {
  const colombia = load('colombia-green-credit-rebate.json');

  it('evaluates the energy what-if on the file without changing it', () => {
    const session = new AnalysisSession();
    const at = session.energy(colombia, 0.8905193971811087);
    expect(at.ok && Math.abs(at.value.npv)).toBeLessThan(1e-3);
    expect(JSON.stringify(colombia)).toBe(JSON.stringify(load('colombia-green-credit-rebate.json')));
  });
  it('answers a data table and a goal seek', () => {
    const session = new AnalysisSession();
    const table = session.dataTable(colombia, { rows: { input: 'discountRate', values: [0.1, 0.12] }, columns: null });
    assertOk(table);
    expect(table.value.cells).toHaveLength(2);
    const seek = session.goalSeek(colombia, { input: 'energyPriceFactor', metric: 'npv' });
    assertOk(seek);
    assertOk(seek.value);
    expect(seek.value.value).toBeCloseTo(0.8905193971811087, 9);
  });
  it('names an input the scenario does not have, and the problems of an invalid file', () => {
    const session = new AnalysisSession();
    const bad = session.goalSeek(colombia, { input: 'resources.steam.price', metric: 'npv' });
    expect(bad).toMatchObject({
      ok: false,
      issues: [{ code: 'unknown-input', params: { key: 'resources.steam.price' } }],
    });
    const invalid = session.overview({ ...(colombia as object), horizonYears: 0 }, 0.2);
    expect(invalid).toMatchObject({ ok: false, issues: [{ path: ['horizonYears'] }] });
  });
});

describe('a Monte Carlo job on the dairy sample', () => {
  const dairy = load('central-america-dairy-energy-risk.json');
  const reference = load<{ projectNpv: Stats; probNegativeNpv: number }>(
    'central-america-dairy-energy-risk.montecarlo.json',
  );

  it('lands within 5 standard errors of the 200,000-sample reference, reporting progress as it goes', async () => {
    const progress: number[] = [];
    const reply = await runMonteCarloJob(
      dairy,
      { samples: 10_000, seed: 1 },
      (done, total) => {
        expect(total).toBe(10_000);
        progress.push(done);
      },
      { sliceMs: 5 },
    );
    if (!reply.ok) throw new Error(JSON.stringify(reply.issues));
    const { results, projectNpv } = reply.report;
    expect(Math.abs(results.projectNpv.mean - reference.projectNpv.mean)).toBeLessThan(
      (5 * reference.projectNpv.sd) / Math.sqrt(10_000),
    );
    // The reference found no loss in 200,000 samples: at most a handful in 10,000 is consistent.
    expect(results.probNegativeNpv).toBeLessThan(0.001);
    expect(projectNpv.histogram.reduce((n, b) => n + b.count, 0)).toBe(10_000);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe(10_000);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  });
  it('gives the same report for the same seed, and another for another seed', async () => {
    const a = await runMonteCarloJob(dairy, { samples: 2000, seed: 7 });
    const b = await runMonteCarloJob(dairy, { samples: 2000, seed: 7 }, undefined, { sliceMs: 1 });
    const c = await runMonteCarloJob(dairy, { samples: 2000, seed: 8 });
    if (!a.ok || !b.ok || !c.ok) throw new Error('run failed');
    expect(b.report).toEqual(a.report);
    expect(c.report.results.projectNpv.mean).not.toBe(a.report.results.projectNpv.mean);
  });
  it('resolves formulas, and refuses a scenario without uncertain inputs', async () => {
    const colombia = await runMonteCarloJob(load('colombia-green-credit-rebate.json'), { samples: 500, seed: 1 });
    // The Colombian sample has no uncertainty list.
    expect(colombia).toMatchObject({ ok: false, issues: [{ path: ['uncertainty'], code: 'required' }] });
    const withList = await runMonteCarloJob(
      {
        ...(load('colombia-green-credit-rebate.json') as object),
        uncertainty: [{ input: 'resources.coal.price', distribution: { type: 'uniform', min: 0.9, max: 1.1 } }],
      },
      { samples: 500, seed: 1 },
    );
    assertOk(withList);
    expect(withList.report.equityNpv?.samples).toBe(500);
  });
});
