import { describe, expect, it } from 'vitest';
import { evaluate } from './kernel';
import type { ResolvedFinancing, ResolvedScenario } from './resolved-scenario';
import { loanTerms, measure, rebateTerms, resource, scenario } from './test-support/factories';

// Hand-worked scenario: H = 3, r = 10 %, tax 50 %, energy prices doubled.
// m1: capex 100, L 2, saves 100 kWh at 1 × 2 × 1.1^t: benefit 220, 242; depreciation 50;
//     tax 85, 96; cash flow -100, 135, 146, 0; 0.1 t CO2e a year.
// m2: starts in year 1, capex 60, L 5 (cut at H), saves 50 m3 at 2, opex +10: benefit 90 in
//     years 2 and 3; depreciation 12; tax 39; cash flow 0, -60, 51, 51.
// m3: disabled.
const base = (): ResolvedScenario =>
  scenario({
    horizonYears: 3,
    discountRate: 0.1,
    taxRate: 0.5,
    energyPriceFactor: 2,
    resources: [
      resource({
        id: 'power',
        kind: 'energy',
        price: 1,
        escalation: 0.1,
        emissionFactor: 0.001,
        baselineQuantity: 1000,
      }),
      resource({ id: 'water', kind: 'water', price: 2, baselineQuantity: 500 }),
    ],
    measures: [
      measure({ id: 'm1', capex: 100, lifetimeYears: 2, savings: { power: 100 } }),
      measure({ id: 'm2', capex: 60, startYear: 1, lifetimeYears: 5, savings: { water: 50 }, annualOpexChange: 10 }),
      measure({ id: 'm3', capex: 1000, lifetimeYears: 2, savings: { power: 500 }, enabled: false }),
    ],
  });

const loan = (overrides: Partial<ResolvedFinancing> = {}): ResolvedFinancing => ({
  loan: loanTerms({ principal: 200, amortization: 'linear', upfrontFeeRate: 0.02 }),
  guarantee: { coverage: 0.6, annualFeeRate: 0.05 },
  rebate: rebateTerms({
    base: 'capex',
    applyAs: 'cash',
    tiers: [
      { minReduction: 0.2, rate: 0.5 },
      { minReduction: 0.05, rate: 0.1 },
    ],
  }),
  ...overrides,
});

const column = (s: ResolvedScenario, key: 'capex' | 'benefit' | 'tax' | 'projectCashFlow' | 'co2eTonnes'): number[] =>
  evaluate(s).years.map((y) => y[key]);

describe('project flows sum the enabled measures', () => {
  it('prices escalate from year 1, energy prices carry the factor, tax follows depreciation', () => {
    const s = base();
    expect(column(s, 'capex')).toEqual([100, 60, 0, 0]);
    expect(column(s, 'benefit').map((x) => +x.toFixed(9))).toEqual([0, 220, 332, 90]);
    expect(column(s, 'tax').map((x) => +x.toFixed(9))).toEqual([0, 85, 135, 39]);
    expect(column(s, 'projectCashFlow').map((x) => +x.toFixed(9))).toEqual([-100, 75, 197, 51]);
    expect(column(s, 'co2eTonnes')).toEqual([0, 0.1, 0.1, 0]);
  });
  it('reports the project figures', () => {
    const p = evaluate(base()).project;
    expect(p.npv).toBeCloseTo(169.30879038317056, 9);
    expect(p.simplePaybackYears).toBeCloseTo(1 + 25 / 197, 12);
    expect(p.totalCapex).toBe(160);
    expect(p.firstYearBenefit).toBeCloseTo(220, 12);
    expect(p.lifetimeCo2eTonnes).toBeCloseTo(0.2, 12);
    expect(p.profitabilityIndex).toBeCloseTo(1 + 169.30879038317056 / (100 + 60 / 1.1), 9);
    expect(p.reductionShares).toEqual({ power: 0.1, water: 0.1, co2e: 0.1 });
  });
  it('gives every measure its own figures, disabled ones included', () => {
    const m = evaluate(base()).measures;
    expect(m.map((x) => x.id)).toEqual(['m1', 'm2', 'm3']);
    // m1: NPV = 173.5 / 1.21, discounted tonnes 0.21 / 1.21, so MAC = -173.5 / 0.21.
    expect(m[0]?.npv).toBeCloseTo(173.5 / 1.21, 9);
    expect(m[0]?.macPerTonne).toBeCloseTo(-173.5 / 0.21, 9);
    expect(m[0]?.annualCo2eTonnes).toBeCloseTo(0.1, 12);
    expect(m[0]?.lifetimeCo2eTonnes).toBeCloseTo(0.2, 12);
    expect(m[1]?.macPerTonne).toBeNull();
    // m2 cumulative 0, -60, -9, 42: the waiting year counts.
    expect(m[1]?.simplePaybackYears).toBeCloseTo(2 + 9 / 51, 12);
    expect(m[2]?.npv).toBeCloseTo(433.8842975206611, 9);
  });
  it('flags several IRR roots at project level only', () => {
    // -100, 230, -132 has roots at 10 % and 20 %.
    const s = scenario({
      horizonYears: 2,
      measures: [
        measure({ id: 'a', capex: 100, lifetimeYears: 1, otherAnnualBenefit: 230 }),
        measure({ id: 'b', capex: 0, startYear: 1, lifetimeYears: 1, annualOpexChange: 132 }),
      ],
    });
    const p = evaluate(s).project;
    expect(p.irr).toBeCloseTo(0.1, 12);
    expect(p.irrMultipleRoots).toBe(true);
  });
});

describe('financing: equity flows, coverage, expected loss and eligibility', () => {
  // Loan 200 linear over 2 years at 10 %: principal 100, 100; interest 20, 10; guarantee fee
  // 0.05 × 0.6 × O(t-1) = 6, 3; co2e share 0.1 reaches the 0.05 tier: rebate 0.1 × capex 160 = 16.
  const withLoan = (): ResolvedScenario => ({
    ...base(),
    financing: loan(),
    credit: {
      baselineCashFlow: 10,
      annualDefaultProbability: 0.1,
      lossGivenDefault: 0.5,
      minDscr: 2,
      maxLoan: 100,
      maxGuaranteeCoverage: 0.5,
      savingsHaircut: 0.5,
    },
  });
  it('adds the loan, fees, rebate and interest tax shield to the project flows', () => {
    const e = evaluate(withLoan());
    // E0 = -100 + 200 - 4; E1 = 75 - 20 - 100 - 6 + 16 + 10; E2 = 197 - 10 - 100 - 3 + 5; E3 = 51.
    expect(e.years.map((y) => +y.equityCashFlow.toFixed(9))).toEqual([96, -25, 89, 51]);
    expect(e.years.map((y) => y.debtService)).toEqual([0, 126, 113, 0]);
    expect(e.financing?.rebate).toBe(16);
    expect(e.financing?.totalInterest).toBe(30);
  });
  it('computes DSCR on hair-cut benefits after tax, over years with debt service', () => {
    const e = evaluate(withLoan());
    // CFADS = 10 + 0.5 × (benefit - tax): 77.5 and 108.5.
    expect(e.years.map((y) => y.dscr)).toEqual([
      null,
      expect.closeTo(77.5 / 126, 12),
      expect.closeTo(108.5 / 113, 12),
      null,
    ]);
    expect(e.financing?.minDscr).toBeCloseTo(77.5 / 126, 12);
    expect(e.financing?.meanDscr).toBeCloseTo((77.5 / 126 + 108.5 / 113) / 2, 12);
    expect(e.financing?.dscrBreach).toBe(true);
  });
  it('splits the expected loss by guarantee coverage', () => {
    const f = evaluate(withLoan()).financing;
    // 0.1 × 0.5 × 200 + 0.9 × 0.1 × 0.5 × 100 = 14.5.
    expect(f?.expectedLoss).toBeCloseTo(14.5, 12);
    expect(f?.lenderExpectedLoss).toBeCloseTo(0.4 * 14.5, 12);
    expect(f?.guarantorExpectedLoss).toBeCloseTo(0.6 * 14.5, 12);
  });
  it("lists eligibility reasons in the spec's order", () => {
    expect(evaluate(withLoan()).financing?.eligibilityIssues).toEqual([
      'loan-above-max',
      'coverage-above-max',
      'dscr-below-min',
      'loan-above-capex',
    ]);
    const relaxed = {
      ...withLoan(),
      credit: { ...withLoan().credit, minDscr: null, maxLoan: null, maxGuaranteeCoverage: null },
    };
    expect(evaluate(relaxed).financing?.dscrBreach).toBe(false);
    expect(evaluate(relaxed).financing?.eligibilityIssues).toEqual(['loan-above-capex']);
  });
  it('pays the borrower what a prepayment rebate cannot absorb', () => {
    // Rebate 0.9 × principal 200 = 180; after year 1's 100 only 100 is owed, so 80 is cash.
    const rebate = rebateTerms({ tiers: [{ minReduction: 0.05, rate: 0.9 }] });
    const e = evaluate({ ...withLoan(), financing: loan({ rebate }) });
    expect(e.years[1]?.prepayment).toBe(100);
    expect(e.years[1]?.rebate).toBe(180);
    expect(e.years[1]?.outstanding).toBe(0);
    expect(e.years[2]?.debtService).toBe(0);
    // E1 = 75 - 20 - 100 - 100 - 6 + 180 + 10.
    expect(e.years[1]?.equityCashFlow).toBeCloseTo(39, 9);
  });
  it('pays no rebate below the lowest tier', () => {
    const rebate = rebateTerms({ base: 'capex', applyAs: 'cash', tiers: [{ minReduction: 0.5, rate: 0.5 }] });
    expect(evaluate({ ...withLoan(), financing: loan({ rebate }) }).financing?.rebate).toBe(0);
  });
  it('leaves equity equal to the project without a loan', () => {
    const e = evaluate(base());
    expect(e.financing).toBeNull();
    expect(e.years.map((y) => y.equityCashFlow)).toEqual(e.years.map((y) => y.projectCashFlow));
    expect(e.years.every((y) => y.dscr === null && y.outstanding === 0)).toBe(true);
  });
});

describe('invariants', () => {
  it('rejects a tenor beyond the horizon and a start year outside it', () => {
    expect(() => evaluate({ ...base(), financing: loan({ loan: { ...loan().loan, tenorYears: 4 } }) })).toThrow(
      /tenorYears/,
    );
    expect(() => evaluate({ ...base(), measures: [measure({ id: 'x', startYear: 3 })] })).toThrow(/startYear/);
  });
});
