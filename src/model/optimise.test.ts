import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from './kernel';
import { bestPackage, OptimiseSettingsError, optimum, settingsIssues, type OptimiseSettings } from './optimise';
import { candidates, packageFigures } from './optimise-candidates';
import { differences } from './test-support/compare';
import { largeScenario } from './test-support/factories';
import { arbitraryCase, bruteForce, type Case } from './test-support/optimise-brute';
import { resolveExample, type ExampleFile } from './test-support/resolve-example';

function load<T>(name: string): T {
  return JSON.parse(
    readFileSync(fileURLToPath(new URL(`../../public/examples/${name}`, import.meta.url)), 'utf8'),
  ) as T;
}

const dairy = resolveExample(load<ExampleFile>('colombia-dairy-verified-rebate.json'));

describe('the sample with a verified rebate (spec section 8)', () => {
  it('matches the expected optimum file at a budget of 750,000,000', () => {
    const expected = load<Record<string, unknown>>('colombia-dairy-verified-rebate.optimum.json');
    expect(differences(optimum(dairy, { budget: 750_000_000 }), expected)).toEqual([]);
  });

  it('chooses heat recovery only because of the rebate', () => {
    const c = candidates(dairy);
    const without = bestPackage(c, { budget: 750_000_000, ignoreRebate: true });
    expect(without?.measures).toEqual(['vsd', 'cip_reuse']);
    expect(without?.rebatePv).toBe(0);
  });

  it('values a package as the kernel does: project NPV plus the discounted rebate', () => {
    const c = candidates(dairy);
    const figures = packageFigures(c, [0, 1]);
    const kernel = evaluate({ ...dairy, measures: dairy.measures.map((m, i) => ({ ...m, enabled: i < 2 })) });
    const rebate = kernel.financing?.rebate;
    expect(typeof rebate).toBe('number');
    expect(differences(figures.npv, kernel.project.npv)).toEqual([]);
    expect(differences(figures.rebatePv, (rebate ?? NaN) / 1.14)).toEqual([]);
    expect(differences(figures.reductionShares, kernel.project.reductionShares)).toEqual([]);
  });
});

describe('run settings', () => {
  const c = candidates(dairy);
  it('names unknown ids and an id both required and excluded', () => {
    const issues = settingsIssues(c, { budget: 1, require: ['vsd', 'nope'], exclude: ['vsd', 'gone'] });
    expect(issues.map((i) => [i.field, i.code, i.id])).toEqual([
      ['require', 'unknown-measure', 'nope'],
      ['exclude', 'required-and-excluded', 'vsd'],
      ['exclude', 'unknown-measure', 'gone'],
    ]);
    expect(() => bestPackage(c, { budget: 1, require: ['nope'] })).toThrow(OptimiseSettingsError);
  });
  it('refuses a negative budget and an indicator without a share', () => {
    expect(settingsIssues(c, { budget: -1 }).map((i) => i.code)).toEqual(['bad-budget']);
    expect(
      settingsIssues(c, { budget: 1, minReduction: { indicator: 'steam', share: 0.1 } }).map((i) => i.code),
    ).toEqual(['bad-indicator']);
  });
  it('returns null when nothing is feasible, in the best package and the frontier', () => {
    const answer = optimum(dairy, { budget: 100_000_000, require: ['heat_recovery'] });
    expect(answer.best).toBeNull();
    expect(answer.frontier.slice(0, 5).map((p) => p.value)).toEqual([null, null, null, null, null]);
    expect(answer.frontier[9]?.measures).toEqual(['heat_recovery', 'vsd', 'cip_reuse']);
    expect(optimum(dairy, { budget: 1e12, minReduction: { indicator: 'co2e', share: 0.9 } }).best).toBeNull();
  });
  it('honours require, exclude and a minimum reduction', () => {
    expect(bestPackage(c, { budget: 750_000_000, exclude: ['heat_recovery'] })?.measures).toEqual(['vsd', 'cip_reuse']);
    expect(bestPackage(c, { budget: 750_000_000, require: ['cip_reuse'] })?.measures).toEqual(['vsd', 'cip_reuse']);
    const min = bestPackage(c, { budget: 750_000_000, minReduction: { indicator: 'natgas', share: 0.4 } });
    expect(min?.measures).toEqual(['heat_recovery', 'vsd']);
  });
});

function agrees(k: Case): void {
  const brute = bruteForce(k);
  const found = bestPackage(candidates(k.s), k.settings);
  if (brute === null) {
    expect(found).toBeNull();
    return;
  }
  expect(found).not.toBeNull();
  expect(Math.abs((found?.value ?? NaN) - brute.value)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(brute.value)));
  expect(found?.measures).toEqual(brute.positions.map((i) => k.s.measures[i]?.id));
}

describe('against brute force on generated scenarios', () => {
  it('finds the same optimum and breaks ties alike (up to 10 measures)', () => {
    fc.assert(fc.property(arbitraryCase(10), agrees), { numRuns: 300, seed: 18 });
  });
  it('finds the same optimum with 16 measures', () => {
    fc.assert(fc.property(arbitraryCase(16, 16), agrees), { numRuns: 4, seed: 1618 });
  });
  it('covers rebates on principal and on capex, requires, excludes, minimums and infeasible runs', () => {
    // The generator must reach every kind of run, or the properties above prove less than they say.
    const seen = new Set<string>();
    fc.assert(
      fc.property(arbitraryCase(10), (k) => {
        const r = k.settings.ignoreRebate ? null : k.s.financing?.rebate;
        if (r) seen.add(`rebate-${r.base}`);
        if ((k.settings.require ?? []).length) seen.add('require');
        if ((k.settings.exclude ?? []).length) seen.add('exclude');
        if (k.settings.minReduction) seen.add('min');
        if (bruteForce(k) === null) seen.add('infeasible');
      }),
      { numRuns: 300, seed: 18 },
    );
    expect([...seen].sort()).toEqual(['exclude', 'infeasible', 'min', 'rebate-capex', 'rebate-principal', 'require']);
  });
  it('picks a money-losing measure when it lifts the package over a tier', () => {
    const s = {
      ...dairy,
      measures: dairy.measures.map((m) => (m.id === 'heat_recovery' ? { ...m, annualOpexChange: 130_000_000 } : m)),
    };
    const c = candidates(s);
    expect(c.npv[0]).toBeLessThan(0);
    const settings: OptimiseSettings = { budget: 750_000_000, exclude: ['cip_reuse'] };
    const best = bestPackage(c, settings);
    expect(best?.measures).toContain('heat_recovery');
    expect(best?.measures).toEqual(bruteForce({ s, settings })?.positions.map((i) => s.measures[i]?.id));
  });
});

describe('scale', () => {
  it('solves 50 measures over 30 years with the frontier, and agrees with the kernel', () => {
    const s = largeScenario(50, 30);
    const answer = optimum(s, { budget: 400_000 });
    expect(answer.best).not.toBeNull();
    const best = answer.best;
    expect(best?.totalCapex).toBeLessThanOrEqual(400_000);
    // The frontier's values never fall as the budget grows.
    const values = answer.frontier.map((p) => p.value ?? -Infinity);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    const enabled = new Set(best?.measures);
    const kernel = evaluate({ ...s, measures: s.measures.map((m) => ({ ...m, enabled: enabled.has(m.id) })) });
    expect(differences(best?.npv, kernel.project.npv)).toEqual([]);
  });
});

describe('measures that change nothing', () => {
  it('leaves out empty rows however many there are, and stays quick', () => {
    const empties = Array.from({ length: 40 }, (_, i) => ({
      ...dairy.measures[0],
      id: `empty_${i}`,
      capex: 0,
      savings: {},
      annualOpexChange: 0,
    }));
    const s = { ...dairy, measures: [...dairy.measures, ...(empties as typeof dairy.measures)] };
    const answer = optimum(s, { budget: 750_000_000 });
    expect(answer.best?.measures).toEqual(['heat_recovery', 'vsd']);
    expect(answer.frontier[9]?.measures).toEqual(['heat_recovery', 'vsd', 'cip_reuse']);
  });
});
