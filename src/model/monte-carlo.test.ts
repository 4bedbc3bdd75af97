import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { equityNpv, projectNpv } from './compiled';
import { createMonteCarlo, monteCarlo, monteCarloDetail } from './monte-carlo';
import type { ResolvedMeasure, ResolvedResource, ResolvedScenario, UncertainInput } from './resolved-scenario';
import type { Stats } from './results';
import { largeScenario, loanTerms, measure, resource, scenario } from './test-support/factories';
import { resolveExample, type ExampleFile } from './test-support/resolve-example';

function load<T>(name: string): T {
  const url = new URL(`../../public/examples/${name}`, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as T;
}

const dairy = resolveExample(load<ExampleFile>('central-america-dairy-energy-risk.json'));
const reference = load<{ projectNpv: Stats; probNegativeNpv: number }>(
  'central-america-dairy-energy-risk.montecarlo.json',
);

describe('Monte Carlo of the dairy sample against 200,000 reference samples', () => {
  const result = monteCarlo(dairy, 10_000, 1);
  const sd = reference.projectNpv.sd;

  it('reports the run settings and no equity without a loan', () => {
    expect(result.samples).toBe(10_000);
    expect(result.seed).toBe(1);
    expect(result.equityNpv).toBeNull();
  });
  it('lands the mean within 5 standard errors', () => {
    expect(Math.abs(result.projectNpv.mean - reference.projectNpv.mean)).toBeLessThan((5 * sd) / Math.sqrt(10_000));
  });
  it('matches the spread and the percentiles', () => {
    expect(Math.abs(result.projectNpv.sd / sd - 1)).toBeLessThan(0.04);
    // About 5 standard errors of each sample quantile (they are wider in the tails).
    expect(Math.abs(result.projectNpv.p5 - reference.projectNpv.p5)).toBeLessThan(0.12 * sd);
    expect(Math.abs(result.projectNpv.p10 - reference.projectNpv.p10)).toBeLessThan(0.1 * sd);
    expect(Math.abs(result.projectNpv.p50 - reference.projectNpv.p50)).toBeLessThan(0.07 * sd);
    expect(Math.abs(result.projectNpv.p90 - reference.projectNpv.p90)).toBeLessThan(0.1 * sd);
    expect(Math.abs(result.projectNpv.p95 - reference.projectNpv.p95)).toBeLessThan(0.12 * sd);
  });
  it('finds no negative NPV, like the reference', () => {
    expect(reference.probNegativeNpv).toBe(0);
    expect(result.probNegativeNpv).toBeLessThan(0.001);
  });
});

describe('Monte Carlo is reproducible from its seed', () => {
  it('repeats a seed exactly, whatever the chunk sizes', () => {
    const once = monteCarloDetail(dairy, 1000, 42);
    const run = createMonteCarlo(dairy, { samples: 1000, seed: 42 });
    const progress: number[] = [];
    while (run.done < run.total) progress.push(run.step(333));
    expect(progress).toEqual([333, 666, 999, 1000]);
    expect(run.result()).toEqual(once.results);
    expect(Array.from(run.detail().projectNpv)).toEqual(Array.from(once.projectNpv));
  });
  it('differs between seeds', () => {
    expect(monteCarlo(dairy, 1000, 1).projectNpv.mean).not.toBe(monteCarlo(dairy, 1000, 2).projectNpv.mean);
  });
  it('summarises the samples done so far and refuses before any', () => {
    const run = createMonteCarlo(dairy, { samples: 100, seed: 1 });
    expect(() => run.result()).toThrow(/no Monte Carlo samples/);
    run.step(10);
    expect(run.result().samples).toBe(10);
    expect(run.step(1000)).toBe(100);
  });
});

describe('each input path multiplies its input', () => {
  const fixed = (input: string, k: number): UncertainInput => ({
    input,
    distribution: { type: 'uniform', min: k, max: k },
  });
  const withLoan = (): ResolvedScenario =>
    scenario({
      horizonYears: 4,
      discountRate: 0.1,
      taxRate: 0.25,
      resources: [
        resource({ id: 'power', price: 0.2, escalation: 0.03, emissionFactor: 0.001, baselineQuantity: 1e5 }),
      ],
      measures: [
        measure({ id: 'a', capex: 3000, lifetimeYears: 4, savings: { power: 20000 }, annualOpexChange: 200 }),
        measure({ id: 'off', capex: 1e6, enabled: false, savings: { power: 1 } }),
      ],
      financing: {
        loan: loanTerms({ principal: 2000, annualRate: 0.12, tenorYears: 3, graceYears: 1 }),
        guarantee: { coverage: 0, annualFeeRate: 0 },
        rebate: null,
      },
      credit: { ...scenario().credit, baselineCashFlow: 100, minDscr: 1.5 },
    });
  const patchResources = (s: ResolvedScenario, patch: Partial<ResolvedResource>): ResolvedScenario => ({
    ...s,
    resources: s.resources.map((r) => ({ ...r, ...patch })),
  });
  const patchMeasureA = (s: ResolvedScenario, patch: Partial<ResolvedMeasure>): ResolvedScenario => ({
    ...s,
    measures: s.measures.map((m) => (m.id === 'a' ? { ...m, ...patch } : m)),
  });
  const cases: [string, (s: ResolvedScenario) => ResolvedScenario][] = [
    ['discountRate', (s) => ({ ...s, discountRate: s.discountRate * 1.5 })],
    ['energyPriceFactor', (s) => ({ ...s, energyPriceFactor: 1.5 })],
    ['resources.power.price', (s) => patchResources(s, { price: 0.3 })],
    ['resources.power.escalation', (s) => patchResources(s, { escalation: 0.045 })],
    ['measures.a.capex', (s) => patchMeasureA(s, { capex: 4500 })],
    ['measures.a.savings.power', (s) => patchMeasureA(s, { savings: { power: 30000 } })],
    ['measures.a.annualOpexChange', (s) => patchMeasureA(s, { annualOpexChange: 300 })],
    [
      'financing.loan.annualRate',
      (s) => ({ ...s, financing: s.financing && { ...s.financing, loan: { ...s.financing.loan, annualRate: 0.18 } } }),
    ],
    ['measures.off.capex', (s) => s],
  ];
  it.each(cases)('%s', (input, change) => {
    const s = { ...withLoan(), uncertainty: [fixed(input, 1.5)] };
    const detail = monteCarloDetail(s, 3, 1);
    const changed = change(withLoan());
    expect(detail.projectNpv[2]).toBeCloseTo(projectNpv(changed), 9);
    expect(detail.equityNpv?.[2]).toBeCloseTo(equityNpv(changed) ?? Number.NaN, 9);
    expect(Array.from(detail.multipliers[0] ?? [])).toEqual([1.5, 1.5, 1.5]);
  });
  it('rejects an unknown path', () => {
    expect(() => monteCarlo({ ...withLoan(), uncertainty: [fixed('measures.nope.capex', 1)] }, 1)).toThrow(
      /unknown input path/,
    );
    expect(() => monteCarlo({ ...withLoan(), uncertainty: [fixed('resources.power.colour', 1)] }, 1)).toThrow(
      /unknown input path/,
    );
  });
});

describe('Monte Carlo with a loan', () => {
  it('reports equity NPV statistics, minimum DSCR per sample and the DSCR breach probability', () => {
    const detail = monteCarloDetail(largeScenario(20, 15), 500, 1);
    expect(detail.results.equityNpv).not.toBeNull();
    expect(detail.minDscr?.length).toBe(500);
    expect(detail.inputs).toHaveLength(10);
    expect(detail.multipliers.every((m) => m.length === 500)).toBe(true);
    expect(detail.probDscrBelowMin).toBeGreaterThanOrEqual(0);
    expect(detail.probDscrBelowMin).toBeLessThanOrEqual(1);
  });
  // 10,000 samples and their time (target ≤ 1 s) are measured by `npm run bench`
  // (bench/node-bench.ts), not asserted here; 1,000 keep the test quick under mutation testing.
  it('runs the full-size scenario (50 measures over 30 years) to the end', () => {
    const result = monteCarlo(largeScenario(50, 30), 1000, 1);
    expect(result.samples).toBe(1000);
    expect(result.equityNpv?.mean).toEqual(expect.any(Number));
    expect(Number.isFinite(result.equityNpv?.mean)).toBe(true);
  });
});
