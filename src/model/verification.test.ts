import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from './kernel';
import type { MeasuredPeriod, ResolvedFinancing, ResolvedScenario, ResolvedVerification } from './resolved-scenario';
import { measure, resource, scenario } from './test-support/factories';
import { fitLine, verify } from './verification';

const rec = (period: string, production: number, use: Record<string, number>): MeasuredPeriod => ({
  period,
  production,
  use,
});

function verification(over: Partial<ResolvedVerification>): ResolvedVerification {
  return { productionUnit: null, method: 'intensity', periodsPerYear: 12, baseline: [], reporting: [], ...over };
}

function run(s: ResolvedScenario) {
  if (!s.verification) throw new Error('no verification');
  return verify(s, s.verification, evaluate(s));
}

const twoResources = [
  resource({ id: 'electricity', emissionFactor: 0.5 }),
  resource({ id: 'water', kind: 'water', emissionFactor: 2 }),
];

describe('intensity method, worked by hand', () => {
  // Baseline: 400 kWh over 40 units = 10 kWh/unit; reporting 50 units would have used 500, used 400.
  const s = scenario({
    resources: twoResources,
    verification: verification({
      baseline: [rec('b1', 10, { electricity: 90, water: 5 }), rec('b2', 30, { electricity: 310, water: 15 })],
      reporting: [rec('r1', 20, { electricity: 150, water: 10 }), rec('r2', 30, { electricity: 250, water: 15 })],
    }),
  });
  const v = run(s);

  it('gives intensities, adjusted baseline, avoided use, share and the annual figure per resource', () => {
    const [el, wa] = v.resources;
    expect(el).toEqual({
      id: 'electricity',
      baselineIntensity: 10,
      reportingIntensity: 8,
      adjustedBaseline: 500,
      actual: 400,
      avoided: 100,
      reductionShare: 0.2,
      annualAvoided: 600, // 100 over 2 monthly records, times 12
      model: null,
    });
    expect(wa).toMatchObject({
      id: 'water',
      baselineIntensity: 0.5,
      adjustedBaseline: 25,
      actual: 25,
      avoided: 0,
      reductionShare: 0,
    });
  });

  it('weighs CO2e by emission factors: 500×0.5 + 25×2 = 300 expected, 250 actual', () => {
    expect(v.co2e.adjustedBaseline).toBeCloseTo(300, 12);
    expect(v.co2e.actual).toBeCloseTo(250, 12);
    expect(v.co2e.avoided).toBeCloseTo(50, 12);
    expect(v.co2e.annualAvoided).toBeCloseTo(300, 12);
    expect(v.co2e.reductionShare).toBeCloseTo(1 / 6, 12);
  });

  it('warns of a baseline shorter than a year and fewer than 3 reporting records; no rebate without financing', () => {
    expect(v.warnings).toEqual(['short-baseline', 'short-reporting']);
    expect(v.rebate).toBeNull();
    expect(v.financingAsVerified).toBeNull();
  });

  it('lists resources in the scenario’s order, whatever the order in the records', () => {
    const swapped = scenario({ ...s, resources: [twoResources[1]!, twoResources[0]!] });
    expect(run(swapped).resources.map((r) => r.id)).toEqual(['water', 'electricity']);
  });
});

describe('regression method, worked by hand', () => {
  // x = 1, 2, 3; y = 2, 4, 7: slope 5/2, intercept 13/3 − 5 = −2/3, SSres 1/6, SStot 114/9.
  const s = scenario({
    resources: [resource({ id: 'electricity' })],
    verification: verification({
      method: 'regression',
      periodsPerYear: 3,
      baseline: [rec('b1', 1, { electricity: 2 }), rec('b2', 2, { electricity: 4 }), rec('b3', 3, { electricity: 7 })],
      reporting: [rec('r1', 4, { electricity: 8 }), rec('r2', 2, { electricity: 3 })],
    }),
  });
  const [el] = run(s).resources;

  it('fits the line with r2 = 75/76 and CV(RMSE) = √(1/6) / (13/3)', () => {
    const m = el?.model;
    if (!m) throw new Error('no model');
    expect(m.slope).toBeCloseTo(2.5, 12);
    expect(m.intercept).toBeCloseTo(-2 / 3, 12);
    expect(m.n).toBe(3);
    expect(m.r2).toBeCloseTo(75 / 76, 12);
    expect(m.cvRmse).toBeCloseTo(Math.sqrt(1 / 6) / (13 / 3), 12);
  });

  it('predicts the reporting use from the line: (−2/3 + 10) + (−2/3 + 5) = 41/3', () => {
    expect(el?.adjustedBaseline).toBeCloseTo(41 / 3, 12);
    expect(el?.actual).toBe(11);
    expect(el?.avoided).toBeCloseTo(8 / 3, 12);
    expect(el?.reductionShare).toBeCloseTo(8 / 41, 12);
    expect(el?.annualAvoided).toBeCloseTo(((8 / 3) * 3) / 2, 12);
    expect(el?.baselineIntensity).toBeCloseTo(13 / 6, 12);
    expect(el?.reportingIntensity).toBeCloseTo(11 / 6, 12);
  });

  it('warns when a reporting production is outside the baseline’s range (4 > 3)', () => {
    expect(run(s).warnings).toEqual(['short-reporting', 'outside-baseline-range']);
  });

  it('warns of a weak model when CV(RMSE) > 20 %, and gives no r2 or CV(RMSE) where they are undefined', () => {
    const weak = scenario({
      ...s,
      verification: verification({
        method: 'regression',
        periodsPerYear: 1,
        baseline: [
          rec('a', 1, { electricity: 10 }),
          rec('b', 2, { electricity: 2 }),
          rec('c', 3, { electricity: 10 }),
          rec('d', 4, { electricity: 2 }),
        ],
        reporting: [rec('e', 2, { electricity: 5 }), rec('f', 3, { electricity: 5 }), rec('g', 2, { electricity: 5 })],
      }),
    });
    expect(run(weak).warnings).toEqual(['weak-model:electricity']);
    expect(fitLine([1, 2], [3, 3])).toMatchObject({ r2: null, cvRmse: null, slope: 0, intercept: 3 });
  });
});

describe('the rebate as verified', () => {
  const P = 1000;
  const financing = (
    indicator: string,
    tiers = [
      { minReduction: 0.1, rate: 0.15 },
      { minReduction: 0.3, rate: 0.25 },
    ],
  ): ResolvedFinancing => ({
    loan: { principal: P, annualRate: 0.1, tenorYears: 3, graceYears: 0, amortization: 'annuity', upfrontFeeRate: 0 },
    guarantee: { coverage: 0, annualFeeRate: 0 },
    rebate: { year: 1, indicator, base: 'principal', applyAs: 'prepayment', tiers },
  });
  // Projected: 400 of 1000 kWh saved (40 %, the 25 % tier); measured: 20 % (the 15 % tier).
  const base = scenario({
    horizonYears: 5,
    resources: [
      resource({ id: 'electricity', price: 1, emissionFactor: 1, baselineQuantity: 1000 }),
      resource({ id: 'water', emissionFactor: 1, baselineQuantity: 100 }),
    ],
    measures: [measure({ id: 'm', capex: 500, lifetimeYears: 5, savings: { electricity: 400, water: 10 } })],
    financing: financing('electricity'),
    verification: verification({
      baseline: [rec('b1', 10, { electricity: 100 })],
      reporting: [
        rec('r1', 10, { electricity: 80 }),
        rec('r2', 10, { electricity: 80 }),
        rec('r3', 10, { electricity: 80 }),
      ],
      periodsPerYear: 1,
    }),
  });

  it('gives each share its tier: 40 % projected earns 25 %, 20 % verified earns 15 %', () => {
    const v = run(base);
    expect(v.rebate).toEqual({
      indicator: 'electricity',
      projectedShare: 0.4,
      verifiedShare: expect.closeTo(0.2, 12) as number,
      projectedRate: 0.25,
      verifiedRate: 0.15,
      projectedAmount: 250,
      verifiedAmount: 150,
    });
    expect(v.warnings).toEqual([]);
  });

  it('recomputes the financing with the verified rate: as if the projection had reached only the 15 % tier', () => {
    const v = run(base);
    const fin = v.financingAsVerified;
    if (!fin) throw new Error('no financing as verified');
    expect(fin.rebate).toBeCloseTo(150, 9);
    // Same scenario whose tiers pay 15 % at the projected 40 %: the kernel's own financing.
    const fifteen = evaluate({
      ...base,
      financing: financing('electricity', [{ minReduction: 0, rate: 0.15 }]),
    }).financing;
    expect(fin).toEqual(fifteen);
    expect(fin.equityNpv).toBeLessThan(evaluate(base).financing?.equityNpv ?? Number.NaN);
  });

  it('pays nothing on a resource that was not measured, and says so', () => {
    const v = run({ ...base, financing: financing('water') });
    expect(v.rebate).toMatchObject({
      indicator: 'water',
      verifiedShare: null,
      verifiedRate: 0,
      verifiedAmount: 0,
      projectedRate: 0.15,
    });
    expect(v.warnings).toEqual(['indicator-not-measured']);
  });

  it('warns when a CO2e rebate leaves out a resource that a measure saves and that emits', () => {
    expect(run({ ...base, financing: financing('co2e') }).warnings).toEqual(['co2e-not-all-measured']);
  });
});

describe('properties', () => {
  const production = fc.integer({ min: 1, max: 100000 });
  const use = fc.integer({ min: 0, max: 1000000 });

  it('intensity: a reporting period that is the baseline scaled by production avoids nothing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(production, use), { minLength: 1, maxLength: 24 }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        (rows, scale) => {
          const s = scenario({
            resources: [resource({ id: 'e', emissionFactor: 1 })],
            verification: verification({
              baseline: rows.map(([x, y], i) => rec(`b${i}`, x, { e: y })),
              reporting: rows.map(([x, y], i) => rec(`r${i}`, x * scale, { e: y * scale })),
            }),
          });
          const [r] = run(s).resources;
          if (!r) return false;
          return Math.abs(r.avoided) <= 1e-9 * Math.max(1, r.actual);
        },
      ),
    );
  });

  it('regression: points exactly on a line give r2 = 1, its slope and intercept, and zero avoided on the line', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 5000 }), { minLength: 3, maxLength: 30 }),
        fc.integer({ min: 0, max: 10000 }),
        fc.integer({ min: 1, max: 500 }),
        (xs, a, b) => {
          const line = (x: number) => a + b * x;
          const s = scenario({
            resources: [resource({ id: 'e' })],
            verification: verification({
              method: 'regression',
              baseline: xs.map((x, i) => rec(`b${i}`, x, { e: line(x) })),
              reporting: xs.map((x, i) => rec(`r${i}`, x, { e: line(x) })),
            }),
          });
          const m = run(s).resources[0]?.model;
          const fit = run(s).resources[0];
          if (!m || !fit || m.r2 === null) return false;
          return (
            Math.abs(m.r2 - 1) <= 1e-9 &&
            Math.abs(m.slope - b) <= 1e-9 * b &&
            Math.abs(m.intercept - a) <= 1e-6 * Math.max(1, b * 5000) &&
            Math.abs(fit.avoided) <= 1e-6 * fit.actual
          );
        },
      ),
    );
  });
});
