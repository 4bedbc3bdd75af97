import { describe, expect, it } from 'vitest';
import { eligibilityChecklist, rebateStanding, scheduleRows, type EligibilityInputs } from './lender-view';
import type { YearRow } from './results';
import { yearRow } from './test-support/factories';

const TIERS = [
  { minReduction: 0.3, rate: 0.15 },
  { minReduction: 0.5, rate: 0.25 },
];

describe('the rebate tier reached', () => {
  it('is none below the first tier, which is the next one', () => {
    expect(rebateStanding(TIERS, 0.2278)).toEqual({
      reached: null,
      next: TIERS[0],
      gap: expect.closeTo(0.0722, 10) as number,
    });
  });
  it('counts a share exactly at a tier as reaching it', () => {
    expect(rebateStanding(TIERS, 0.3)).toEqual({
      reached: TIERS[0],
      next: TIERS[1],
      gap: expect.closeTo(0.2, 10) as number,
    });
  });
  it('has no next tier at the top', () => {
    expect(rebateStanding(TIERS, 0.62)).toEqual({ reached: TIERS[1], next: null, gap: null });
  });
  it('reads tiers in any order and skips a higher tier that pays less', () => {
    const tiers = [
      { minReduction: 0.5, rate: 0.1 },
      { minReduction: 0.7, rate: 0.3 },
      { minReduction: 0.2, rate: 0.2 },
    ];
    expect(rebateStanding(tiers, 0.25)).toEqual({
      reached: tiers[2],
      next: tiers[1],
      gap: expect.closeTo(0.45, 10) as number,
    });
  });
  it('treats a negative share (more emissions) as far from every tier', () => {
    expect(rebateStanding(TIERS, -0.1)).toEqual({
      reached: null,
      next: TIERS[0],
      gap: expect.closeTo(0.4, 10) as number,
    });
  });
});

const inputs = (over: Partial<EligibilityInputs> = {}): EligibilityInputs => ({
  principal: 250_000,
  coverage: 0.5,
  totalCapex: 285_000,
  minDscr: 2.51,
  maxLoan: 400_000,
  maxGuaranteeCoverage: 0.5,
  requiredDscr: 1.25,
  ...over,
});

describe('the eligibility checklist', () => {
  it('passes all four checks of an eligible loan, in the spec’s order', () => {
    expect(eligibilityChecklist(inputs(), []).map((c) => [c.code, c.status])).toEqual([
      ['loan-above-max', 'pass'],
      ['coverage-above-max', 'pass'],
      ['dscr-below-min', 'pass'],
      ['loan-above-capex', 'pass'],
    ]);
  });
  it('gives each failure with the figure and the limit it broke', () => {
    const checks = eligibilityChecklist(inputs({ principal: 450_000, coverage: 0.7, minDscr: 1.1 }), [
      'loan-above-max',
      'coverage-above-max',
      'dscr-below-min',
      'loan-above-capex',
    ]);
    expect(checks).toEqual([
      { code: 'loan-above-max', status: 'fail', actual: 450_000, limit: 400_000 },
      { code: 'coverage-above-max', status: 'fail', actual: 0.7, limit: 0.5 },
      { code: 'dscr-below-min', status: 'fail', actual: 1.1, limit: 1.25 },
      { code: 'loan-above-capex', status: 'fail', actual: 450_000, limit: 285_000 },
    ]);
  });
  it('marks a check whose limit is not set as not checked', () => {
    const checks = eligibilityChecklist(inputs({ maxLoan: null, maxGuaranteeCoverage: null, requiredDscr: null }), []);
    expect(checks.map((c) => c.status)).toEqual(['not-checked', 'not-checked', 'not-checked', 'pass']);
  });
  it('takes the verdict from the results, not from the figures', () => {
    // The results are the model's verdict; the figures may be a formula's value of an older draft.
    expect(eligibilityChecklist(inputs(), ['loan-above-max'])[0]?.status).toBe('fail');
  });
});

const year = (t: number, over: Partial<YearRow>): YearRow => yearRow({ t, ...over });

describe('the loan schedule', () => {
  it('lists the years from the first to the last payment, with the opening balance and CFADS', () => {
    const years = [
      year(0, { outstanding: 1000 }),
      year(1, { interest: 100, prepayment: 150, outstanding: 850, debtService: 100, dscr: 3 }),
      year(2, { interest: 85, principal: 850, guaranteeFee: 5, debtService: 940, dscr: 1.5 }),
      year(3, {}),
    ];
    expect(scheduleRows(years)).toEqual([
      {
        t: 1,
        opening: 1000,
        interest: 100,
        principal: 0,
        prepayment: 150,
        guaranteeFee: 0,
        debtService: 100,
        outstanding: 850,
        cfads: 300,
        dscr: 3,
      },
      {
        t: 2,
        opening: 850,
        interest: 85,
        principal: 850,
        prepayment: 0,
        guaranteeFee: 5,
        debtService: 940,
        outstanding: 0,
        cfads: 1410,
        dscr: 1.5,
      },
    ]);
  });
  it('ends with the last payment, not with the rounding left after it', () => {
    // Colombia's annuity leaves 5.96e-8 of 1.5e9 outstanding after year 5.
    const years = [
      year(0, { outstanding: 1.5e9 }),
      year(1, { interest: 1, principal: 1.5e9, debtService: 2, outstanding: 5.96e-8 }),
      year(2, { outstanding: 5.96e-8 }),
    ];
    expect(scheduleRows(years).map((r) => r.t)).toEqual([1]);
  });
  it('is empty without a loan', () => {
    expect(scheduleRows([year(0, {}), year(1, {})])).toEqual([]);
  });
});

describe('a maximum loan in another currency', () => {
  it('is converted at the rate given: US$ 400 000 × 4 000 = COP 1 600 000 000 against a COP 1 700 000 000 loan', () => {
    const fx = { currency: 'USD', rate: 4000, date: '2026-03-31' };
    const [loan] = eligibilityChecklist(
      inputs({ principal: 1_700_000_000, totalCapex: 2e9, maxLoan: 400_000, maxLoanFx: fx }),
      ['loan-above-max'],
    );
    expect(loan).toEqual({
      code: 'loan-above-max',
      status: 'fail',
      actual: 1_700_000_000,
      limit: 1_600_000_000,
      fx: { amount: 400_000, ...fx },
    });
  });
  it('is not checked without a rate', () => {
    const [loan] = eligibilityChecklist(inputs({ maxLoanFx: { currency: 'USD', rate: null, date: null } }), []);
    expect(loan).toMatchObject({
      status: 'not-checked',
      limit: null,
      fx: { amount: 400_000, currency: 'USD', rate: null },
    });
  });
});
