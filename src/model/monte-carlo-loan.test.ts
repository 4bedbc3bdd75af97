/**
 * Monte Carlo with a loan (issue 19: its equity figures were only checked to lie in range),
 * against computations that do not use the model's code:
 * - degenerate distributions (every multiplier exactly 1) must give the samples' expected files'
 *   deterministic figures in every sample (equity NPV, minimum DSCR, breach or not);
 * - a small scenario whose equity NPV and DSCR are written out below from spec section 3, by
 *   hand, evaluated on each sample's own multipliers, with statistics computed here too; and a
 *   large sample whose mean lands on the analytic mean.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { monteCarloDetail } from './monte-carlo';
import type { ResolvedScenario } from './resolved-scenario';
import { loanTerms, measure, resource, scenario } from './test-support/factories';
import { resolveExample, type ExampleFile } from './test-support/resolve-example';

function load<T>(name: string): T {
  return JSON.parse(
    readFileSync(fileURLToPath(new URL(`../../public/examples/${name}`, import.meta.url)), 'utf8'),
  ) as T;
}

interface Expected {
  project: { npv: number };
  financing: { equityNpv: number; minDscr: number; dscrBreach: boolean };
}

const close = (actual: number, expected: number, relative = 1e-9): void => {
  expect(typeof actual).toBe('number');
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.max(1, Math.abs(expected)));
};

/** The scenario with every uncertainty entry made certain: each multiplier is exactly 1. */
function degenerate(s: ResolvedScenario): ResolvedScenario {
  const inputs =
    s.uncertainty.length > 0 ? s.uncertainty.map((u) => u.input) : ['discountRate', 'financing.loan.annualRate'];
  return { ...s, uncertainty: inputs.map((input) => ({ input, distribution: { type: 'uniform', min: 1, max: 1 } })) };
}

describe('Monte Carlo with a loan, degenerate: every sample is the expected deterministic figure', () => {
  it.each(['peru-textile-guaranteed-loan', 'colombia-green-credit-rebate'])('%s', (name) => {
    const s = degenerate(resolveExample(load<ExampleFile>(`${name}.json`)));
    const expected = load<Expected>(`${name}.expected.json`);
    const d = monteCarloDetail(s, 50, 3);
    expect(d.equityNpv).not.toBeNull();
    expect(d.minDscr).not.toBeNull();
    for (let i = 0; i < 50; i++) {
      close(d.equityNpv?.[i] ?? Number.NaN, expected.financing.equityNpv);
      close(d.minDscr?.[i] ?? Number.NaN, expected.financing.minDscr);
      close(d.projectNpv[i] ?? Number.NaN, expected.project.npv);
    }
    const stats = d.results.equityNpv;
    expect(stats).not.toBeNull();
    for (const key of ['mean', 'p5', 'p10', 'p50', 'p90', 'p95'] as const)
      close(stats?.[key] ?? Number.NaN, expected.financing.equityNpv);
    expect(stats?.sd).toBeLessThanOrEqual(1e-9 * Math.abs(expected.financing.equityNpv));
    expect(expected.financing.dscrBreach).toBe(false);
    expect(d.probDscrBelowMin).toBe(0);
  });
  it('a lender minimum above the expected minimum DSCR is breached in every sample', () => {
    const base = resolveExample(load<ExampleFile>('peru-textile-guaranteed-loan.json'));
    const expected = load<Expected>('peru-textile-guaranteed-loan.expected.json');
    // Expected minimum DSCR 2.4955: a limit of 2.5 is above it, 2.49 below it.
    const above = monteCarloDetail(degenerate({ ...base, credit: { ...base.credit, minDscr: 2.5 } }), 20, 1);
    expect(expected.financing.minDscr).toBeLessThan(2.5);
    expect(above.probDscrBelowMin).toBe(1);
    const below = monteCarloDetail(degenerate({ ...base, credit: { ...base.credit, minDscr: 2.49 } }), 20, 1);
    expect(expected.financing.minDscr).toBeGreaterThan(2.49);
    expect(below.probDscrBelowMin).toBe(0);
  });
});

// H = 3, r = 10 %, tax 30 %. One measure: capex 1000 today, saves 300 kWh a year for 3 years at
// 2 per kWh times the energy price factor f. A 2-year linear loan of 800 at 8 % × m (m the rate
// multiplier), 1 % upfront fee, guarantee fee 2 % on 50 % cover. CFADS = 0.9 × (benefit - tax).
const small = (): ResolvedScenario =>
  scenario({
    horizonYears: 3,
    discountRate: 0.1,
    taxRate: 0.3,
    resources: [resource({ id: 'power', kind: 'energy', price: 2 })],
    measures: [measure({ id: 'm', capex: 1000, lifetimeYears: 3, savings: { power: 300 } })],
    financing: {
      loan: loanTerms({ principal: 800, annualRate: 0.08, amortization: 'linear', upfrontFeeRate: 0.01 }),
      guarantee: { coverage: 0.5, annualFeeRate: 0.02 },
      rebate: null,
    },
    credit: { ...scenario().credit, savingsHaircut: 0.1, minDscr: 1.1 },
    uncertainty: [
      { input: 'energyPriceFactor', distribution: { type: 'triangular', min: 0.5, mode: 1, max: 1.5 } },
      { input: 'financing.loan.annualRate', distribution: { type: 'uniform', min: 0.5, max: 1.5 } },
    ],
  });

/** Spec section 3 written out for the small scenario: equity NPV and minimum DSCR at (f, m). */
function byHand(f: number, m: number): { equityNpv: number; minDscr: number } {
  const benefit = 300 * 2 * f;
  const tax = 0.3 * (benefit - 1000 / 3);
  const afterTax = benefit - tax;
  const i = 0.08 * m;
  // Year 1 on 800 outstanding, year 2 on 400; principal 400 each; guarantee fee 0.02 × 0.5 × O(t-1).
  const year = (outstanding: number) => ({ interest: i * outstanding, principal: 400, fee: 0.01 * outstanding });
  const [y1, y2] = [year(800), year(400)];
  const equity = [
    -1000 + 800 - 0.01 * 800,
    afterTax - y1.interest - y1.principal - y1.fee + 0.3 * y1.interest,
    afterTax - y2.interest - y2.principal - y2.fee + 0.3 * y2.interest,
    afterTax,
  ];
  const equityNpv = equity.reduce((sum, e, t) => sum + e / 1.1 ** t, 0);
  const cfads = 0.9 * afterTax;
  const minDscr = Math.min(
    cfads / (y1.interest + y1.principal + y1.fee),
    cfads / (y2.interest + y2.principal + y2.fee),
  );
  return { equityNpv, minDscr };
}

/** Percentile at position (n-1)p of the sorted values, interpolated (spec section 4). */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * p;
  const low = Math.floor(at);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low]! + (at - low) * (sorted[high]! - sorted[low]!);
}

describe('Monte Carlo with a loan against an implementation written in the test', () => {
  it('gives each sample the hand-computed equity NPV and minimum DSCR of its own draws', () => {
    const n = 500;
    const d = monteCarloDetail(small(), n, 11);
    expect(d.inputs).toEqual(['energyPriceFactor', 'financing.loan.annualRate']);
    const [fs, ms] = d.multipliers;
    const mine = Array.from({ length: n }, (_, k) => byHand(fs![k]!, ms![k]!));
    for (let k = 0; k < n; k++) {
      close(d.equityNpv![k]!, mine[k]!.equityNpv);
      close(d.minDscr![k]!, mine[k]!.minDscr);
    }
    const npvs = mine.map((x) => x.equityNpv);
    const mean = npvs.reduce((a, b) => a + b, 0) / n;
    const sd = Math.sqrt(npvs.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1));
    const stats = d.results.equityNpv!;
    close(stats.mean, mean);
    close(stats.sd, sd);
    close(stats.p5, percentile(npvs, 0.05));
    close(stats.p50, percentile(npvs, 0.5));
    close(stats.p95, percentile(npvs, 0.95));
    const breaches = mine.filter((x) => x.minDscr < 1.1).length;
    // The limit is inside the spread of the samples: some breach, some do not.
    expect(breaches).toBeGreaterThan(0);
    expect(breaches).toBeLessThan(n);
    expect(d.probDscrBelowMin).toBe(breaches / n);
  });
  it('lands a large sample on the analytic mean: equity NPV is affine in f and in m, each of mean 1', () => {
    const n = 4000;
    const d = monteCarloDetail(small(), n, 5);
    const atMeans = byHand(1, 1).equityNpv;
    // Standard error from the sample itself; 5 of them.
    const stats = d.results.equityNpv!;
    expect(Math.abs(stats.mean - atMeans)).toBeLessThan((5 * stats.sd) / Math.sqrt(n));
    // Spread by hand: Var = a² Var(f) + b² Var(m), a = dNPV/df, b = dNPV/dm; triangular(0.5,1,1.5)
    // has variance 1/24, uniform(0.5,1.5) 1/12.
    const a = byHand(2, 1).equityNpv - byHand(1, 1).equityNpv;
    const b = byHand(1, 2).equityNpv - byHand(1, 1).equityNpv;
    const sd = Math.sqrt((a * a) / 24 + (b * b) / 12);
    // Relative standard error of a sample sd here is about 1 %: 5 % is 5 of them.
    expect(Math.abs(stats.sd / sd - 1)).toBeLessThan(0.05);
  });
});
