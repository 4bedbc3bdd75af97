import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { goalSeek } from './goal-seek';
import { withInput } from './input-values';
import { evaluate } from './kernel';
import type { ResolvedFinancing, ResolvedScenario } from './resolved-scenario';
import { measure, resource, scenario } from './test-support/factories';
import { resolveExample, type ExampleFile } from './test-support/resolve-example';
import { assertOk } from './test-support/assert-result';

function load<T>(name: string): T {
  return JSON.parse(
    readFileSync(fileURLToPath(new URL(`../../public/examples/${name}`, import.meta.url)), 'utf8'),
  ) as T;
}

const colombia = resolveExample(load<ExampleFile>('colombia-green-credit-rebate.json'));
const colombiaExpected = load<{ project: { irr: number }; sensitivity: { breakEvenEnergyPriceFactor: number } }>(
  'colombia-green-credit-rebate.expected.json',
);

/** A loan of 100 at `rate` over one year, paid in one instalment. */
const oneYearLoan = (rate: number): ResolvedFinancing => ({
  loan: { principal: 100, annualRate: rate, tenorYears: 1, graceYears: 0, amortization: 'annuity', upfrontFeeRate: 0 },
  guarantee: { coverage: 0, annualFeeRate: 0 },
  rebate: null,
});

// One year at 10 %: capex 100 today, 10 kWh saved next year at 10: NPV = -capex + 10 price / 1.1.
const simple = (overrides: Partial<ResolvedScenario> = {}): ResolvedScenario =>
  scenario({
    resources: [resource({ id: 'power', price: 10 }), resource({ id: 'water', kind: 'water', price: 2 })],
    measures: [measure({ id: 'm', capex: 100, savings: { power: 10 } })],
    ...overrides,
  });

describe('goal seek on NPV', () => {
  it('finds the break-even energy price factor of the Colombian sample', () => {
    const r = goalSeek(colombia, { input: 'energyPriceFactor', metric: 'npv' });
    assertOk(r);
    expect(r.value).toBeCloseTo(colombiaExpected.sensitivity.breakEvenEnergyPriceFactor, 9);
  });
  it('finds the project IRR as the discount rate where NPV is 0', () => {
    const r = goalSeek(colombia, { input: 'discountRate', metric: 'npv' });
    assertOk(r);
    expect(r.value).toBeCloseTo(colombiaExpected.project.irr, 9);
  });
  it('finds the largest investment that still pays', () => {
    const r = goalSeek(simple(), { input: 'measures.m.capex', metric: 'npv' });
    expect(r).toMatchObject({ ok: true, base: 100, target: 0 });
    assertOk(r);
    expect(r.value).toBeCloseTo(100 / 1.1, 9);
    assertOk(r);
    expect(r.achieved).toBeCloseTo(0, 9);
  });
  it('aims at another target when given one', () => {
    const r = goalSeek(simple(), { input: 'resources.power.price', metric: 'npv', target: 10 });
    assertOk(r);
    expect(r.value).toBeCloseTo(12.1, 9);
  });
});

describe('goal seek on minimum DSCR and equity NPV', () => {
  it('finds the price at which the DSCR meets the lender minimum', () => {
    // Debt service 110 in year 1, CFADS = 10 kWh × price: DSCR 1.25 at price 13.75.
    const s = simple({ financing: oneYearLoan(0.1), credit: { ...simple().credit, minDscr: 1.25 } });
    const r = goalSeek(s, { input: 'resources.power.price', metric: 'minDscr' });
    assertOk(r);
    expect(r.value).toBeCloseTo(13.75, 9);
    expect(r).toMatchObject({ target: 1.25 });
  });
  it('reaches the lender minimum on a sample, as the kernel confirms', () => {
    const peru = resolveExample(load<ExampleFile>('peru-textile-guaranteed-loan.json'));
    const r = goalSeek(peru, { input: 'financing.loan.annualRate', metric: 'minDscr' });
    if (!r.ok) throw new Error(`no value: ${r.reason}`);
    expect(evaluate(withInput(peru, 'financing.loan.annualRate', r.value)).financing?.minDscr).toBeCloseTo(1.25, 9);
    expect(r.value).toBeGreaterThan(0.12);
  });
  it('finds the loan rate at which equity NPV is 0', () => {
    // Equity: 0 today, 10 × 10 - 100 (1 + i) next year: 0 at i = 0.
    const r = goalSeek(simple({ financing: oneYearLoan(0.1) }), {
      input: 'financing.loan.annualRate',
      metric: 'equityNpv',
    });
    assertOk(r);
    expect(r.value).toBeCloseTo(0, 9);
  });
});

describe('goal seek says why it found nothing', () => {
  it('without the figure: equity NPV with no loan, DSCR with no lender minimum', () => {
    expect(goalSeek(simple(), { input: 'discountRate', metric: 'equityNpv' })).toMatchObject({
      ok: false,
      reason: 'no-metric',
    });
    expect(
      goalSeek(simple({ financing: oneYearLoan(0.1) }), { input: 'discountRate', metric: 'minDscr' }),
    ).toMatchObject({ ok: false, reason: 'no-metric', target: null });
  });
  it('when the input does not move the figure', () => {
    expect(goalSeek(simple(), { input: 'resources.water.price', metric: 'npv' })).toMatchObject({
      ok: false,
      reason: 'no-dependence',
      base: 2,
    });
  });
  it('when the figure never reaches the target in the input range', () => {
    // Water pays the measure even with free power: NPV > 0 for every price >= 0.
    const s = simple({ measures: [measure({ id: 'm', capex: 100, savings: { power: 10, water: 100 } })] });
    expect(goalSeek(s, { input: 'resources.power.price', metric: 'npv' })).toMatchObject({
      ok: false,
      reason: 'not-reached',
    });
  });
  it('when a rebate tier makes the figure jump over the target', () => {
    // Equity NPV = q - 100 + (q >= 50 ? 50 : 0) at r = 0 and a 0 % loan: it jumps from -50 to 0 at q = 50.
    const s = simple({
      discountRate: 0,
      resources: [resource({ id: 'power', price: 1, emissionFactor: 1, baselineQuantity: 100 })],
      measures: [measure({ id: 'm', capex: 100, savings: { power: 70 } })],
      financing: {
        ...oneYearLoan(0),
        rebate: {
          year: 1,
          indicator: 'power',
          base: 'principal',
          applyAs: 'cash',
          tiers: [{ minReduction: 0.5, rate: 0.5 }],
        },
      },
    });
    expect(goalSeek(s, { input: 'measures.m.savings.power', metric: 'equityNpv', target: 10 })).toMatchObject({
      ok: true,
      value: expect.closeTo(60, 9),
    });
    expect(goalSeek(s, { input: 'measures.m.savings.power', metric: 'equityNpv', target: -20 })).toMatchObject({
      ok: false,
      reason: 'jump',
    });
  });
});
