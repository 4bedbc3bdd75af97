import { describe, expect, it } from 'vitest';
import { annuityPayment, expectedLoss, loanSchedule, type LoanTerms } from './loan';

const terms = (overrides: Partial<LoanTerms>): LoanTerms => ({
  principal: 1000,
  annualRate: 0.1,
  tenorYears: 4,
  graceYears: 0,
  amortization: 'annuity',
  guaranteeFeeRate: 0,
  rebate: 0,
  rebateYear: 0,
  rebateAsPrepayment: true,
  ...overrides,
});

const list = (a: Float64Array): number[] => Array.from(a);

describe('annuity schedule', () => {
  it("matches Microsoft's PMT() example: 10,000 at 8 %/12 over 10 periods pays 1,037.03", () => {
    expect(annuityPayment(10000, 0.08 / 12, 10)).toBeCloseTo(1037.03, 2);
    const s = loanSchedule(terms({ principal: 10000, annualRate: 0.08 / 12, tenorYears: 10 }), 10);
    for (let t = 1; t <= 10; t++) expect((s.interest[t] ?? 0) + (s.principal[t] ?? 0)).toBeCloseTo(1037.03, 2);
    expect(s.interest[1]).toBeCloseTo(66.67, 2);
    expect(s.outstanding[10]).toBeCloseTo(0, 8);
  });
  it('pays interest only in the grace years, then amortises O(g) over the rest', () => {
    // A = 1000 × 0.1 / (1 - 1.1^-2) = 121 / 0.21 = 576.190476...
    const s = loanSchedule(terms({ tenorYears: 3, graceYears: 1 }), 4);
    expect(list(s.interest)).toEqual([0, 100, 100, expect.closeTo(52.380952380952, 9), 0]);
    expect(list(s.principal)).toEqual([
      0,
      0,
      expect.closeTo(476.190476190476, 9),
      expect.closeTo(523.809523809524, 9),
      0,
    ]);
    expect(s.outstanding[0]).toBe(1000);
    expect(s.outstanding[3]).toBeCloseTo(0, 9);
    expect(s.outstanding[4]).toBe(0);
  });
  it('repays O(g)/n at a zero rate', () => {
    const s = loanSchedule(terms({ principal: 1200, annualRate: 0, graceYears: 1 }), 4);
    expect(list(s.principal)).toEqual([0, 0, 400, 400, 400]);
    expect(list(s.interest)).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('linear schedule', () => {
  it('repays equal principal and interest on the declining balance', () => {
    const s = loanSchedule(terms({ amortization: 'linear' }), 5);
    expect(list(s.principal)).toEqual([0, 250, 250, 250, 250, 0]);
    expect(list(s.interest)).toEqual([0, 100, 75, 50, 25, 0]);
    expect(list(s.outstanding)).toEqual([1000, 750, 500, 250, 0, 0]);
  });
  it('charges the guarantee fee on the balance at the start of the year', () => {
    // annualFeeRate 0.02 × coverage 0.5.
    const s = loanSchedule(terms({ amortization: 'linear', tenorYears: 2, guaranteeFeeRate: 0.01 }), 2);
    expect(list(s.guaranteeFee)).toEqual([0, 10, 5]);
  });
});

describe('rebate applied as a prepayment', () => {
  it('after the grace: shortens the debt and recomputes the rest over T - y years', () => {
    const s = loanSchedule(terms({ amortization: 'linear', rebate: 100, rebateYear: 2 }), 4);
    expect(list(s.principal)).toEqual([0, 250, 250, 200, 200]);
    expect(list(s.prepayment)).toEqual([0, 0, 100, 0, 0]);
    expect(list(s.outstanding)).toEqual([1000, 750, 400, 200, 0]);
    expect(list(s.interest)).toEqual([0, 100, 75, 40, 20]);
    expect(list(s.rebate)).toEqual([0, 0, 100, 0, 0]);
  });
  it('inside the grace: the annuity after the grace works on the reduced O(g)', () => {
    // O(1) = 800; A = 800 × 0.121 / 0.21.
    const s = loanSchedule(terms({ tenorYears: 3, graceYears: 1, rebate: 200, rebateYear: 1 }), 3);
    const payment = (800 * 0.121) / 0.21;
    expect(list(s.prepayment)).toEqual([0, 200, 0, 0]);
    expect(s.interest[2]).toBeCloseTo(80, 10);
    expect(s.principal[2]).toBeCloseTo(payment - 80, 9);
    expect((s.interest[3] ?? 0) + (s.principal[3] ?? 0)).toBeCloseTo(payment, 9);
    expect(s.outstanding[3]).toBeCloseTo(0, 9);
  });
  it('is capped at what is left after the instalment; the rest stays a rebate', () => {
    const s = loanSchedule(
      terms({ annualRate: 0, amortization: 'linear', tenorYears: 2, rebate: 900, rebateYear: 1 }),
      2,
    );
    expect(list(s.prepayment)).toEqual([0, 500, 0]);
    expect(list(s.rebate)).toEqual([0, 900, 0]);
    expect(list(s.principal)).toEqual([0, 500, 0]);
    expect(list(s.outstanding)).toEqual([1000, 0, 0]);
  });
  it('paid as cash leaves the schedule alone', () => {
    const s = loanSchedule(terms({ amortization: 'linear', rebate: 100, rebateYear: 2, rebateAsPrepayment: false }), 4);
    expect(list(s.prepayment)).toEqual([0, 0, 0, 0, 0]);
    expect(list(s.principal)).toEqual([0, 250, 250, 250, 250]);
    expect(list(s.rebate)).toEqual([0, 0, 100, 0, 0]);
  });
});

describe('expected loss', () => {
  it('weights each year-start balance by the probability of first default that year', () => {
    // 0.1 × 0.5 × 1000 + 0.9 × 0.1 × 0.5 × 500.
    expect(expectedLoss([1000, 500, 0], 2, 0.1, 0.5)).toBeCloseTo(72.5, 12);
  });
});
