/**
 * Edges of the loan schedule and the DSCR summary that the figure tests do not reach (found by
 * mutation testing, issue 19; docs/mutation.md): no debt service at all, a tenor equal to the
 * horizon, a tenor beyond it, the last grace year of an annuity, a zero rebate.
 */
import { describe, expect, it } from 'vitest';
import { dscrSummary, isDscrBreach } from './financing';
import { evaluate } from './kernel';
import { createLoanSchedule, loanSchedule, type LoanTerms } from './loan';
import { measure, scenario } from './test-support/factories';

const terms = (overrides: Partial<LoanTerms>): LoanTerms => ({
  principal: 1000,
  annualRate: 0.1,
  tenorYears: 3,
  graceYears: 0,
  amortization: 'annuity',
  guaranteeFeeRate: 0,
  rebate: 0,
  rebateYear: 0,
  rebateAsPrepayment: false,
  ...overrides,
});

describe('DSCR without any debt service', () => {
  const credit = { ...scenario().credit, minDscr: 1.25 };
  it('has no ratio in any year, and no minimum or mean', () => {
    const s = createLoanSchedule(3);
    expect(dscrSummary(s, [0, 10, 10, 10], [0, 1, 1, 1], credit)).toEqual({
      dscr: [null, null, null, null],
      min: null,
      mean: null,
    });
  });
  it('is no breach of a lender minimum', () => {
    expect(isDscrBreach(null, credit)).toBe(false);
    expect(isDscrBreach(1.2, { ...credit, minDscr: null })).toBe(false);
    expect(isDscrBreach(1.2, credit)).toBe(true);
  });
});

describe('the schedule at the edges of the horizon', () => {
  it('runs a tenor equal to the horizon to its last year', () => {
    const s = loanSchedule(terms({ amortization: 'linear', tenorYears: 3 }), 3);
    expect(Array.from(s.principal).map((x) => +x.toFixed(9))).toEqual([0, 333.333333333, 333.333333333, 333.333333333]);
    expect(s.outstanding[3]).toBeCloseTo(0, 9);
  });
  it("counts the last year's interest in the kernel's total when the tenor is the horizon", () => {
    // 200 linear over 2 years at 10 %: interest 20 then 10.
    const e = evaluate(
      scenario({
        horizonYears: 2,
        measures: [measure({ id: 'm', capex: 200, lifetimeYears: 2, otherAnnualBenefit: 150 })],
        financing: {
          loan: {
            principal: 200,
            annualRate: 0.1,
            tenorYears: 2,
            graceYears: 0,
            amortization: 'linear',
            upfrontFeeRate: 0,
          },
          guarantee: { coverage: 0, annualFeeRate: 0 },
          rebate: null,
        },
      }),
    );
    expect(e.financing?.totalInterest).toBeCloseTo(30, 12);
  });
  it('refuses a tenor beyond the horizon, saying so', () => {
    expect(() => loanSchedule(terms({ tenorYears: 4 }), 3)).toThrow(RangeError);
    expect(() => loanSchedule(terms({ tenorYears: 4 }), 3)).toThrow(/tenorYears 4 exceeds the horizon/);
  });
  it('pays no principal in the last grace year of an annuity (interest only), then the level payment', () => {
    // Grace 2 of tenor 3: interest 100, 100; then A = 1000 × 1.1 = 1100 in year 3.
    const s = loanSchedule(terms({ graceYears: 2 }), 3);
    expect(Array.from(s.principal)).toEqual([0, 0, 0, expect.closeTo(1000, 9)]);
    expect(Array.from(s.interest)).toEqual([0, 100, 100, expect.closeTo(100, 9)]);
  });
  it('records no rebate and no prepayment when the rebate is 0', () => {
    const s = loanSchedule(terms({ rebate: 0, rebateYear: 1, rebateAsPrepayment: true }), 3);
    expect(Array.from(s.rebate)).toEqual([0, 0, 0, 0]);
    expect(Array.from(s.prepayment)).toEqual([0, 0, 0, 0]);
  });
});
