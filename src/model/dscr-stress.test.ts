/**
 * Worked example: one energy saving of 100 units a year at price 1, a loan of 200 at 10 % over
 * 2 years, linear: debt service 120 in year 1 (20 interest + 100 principal), 110 in year 2.
 * CFADS = (1 − haircut) × 100, so the minimum DSCR is (1 − haircut) × 100 / 120.
 */
import { describe, expect, it } from 'vitest';
import { dscrStress } from './dscr-stress';
import { measure, resource, scenario } from './test-support/factories';

const s = scenario({
  horizonYears: 5,
  resources: [resource({ id: 'el', kind: 'energy', price: 1 })],
  measures: [measure({ id: 'm', capex: 300, lifetimeYears: 5, savings: { el: 100 } })],
  financing: {
    loan: { principal: 200, annualRate: 0.1, tenorYears: 2, graceYears: 0, amortization: 'linear', upfrontFeeRate: 0 },
    guarantee: { coverage: 0, annualFeeRate: 0 },
    rebate: null,
  },
  credit: {
    baselineCashFlow: 0,
    annualDefaultProbability: 0,
    lossGivenDefault: 0,
    minDscr: 0.6,
    maxLoan: null,
    maxGuaranteeCoverage: null,
    savingsHaircut: 0.2,
  },
});

describe('the DSCR stress table', () => {
  it('gives the minimum DSCR of each stress, by hand', () => {
    const rows = dscrStress(s);
    const by = Object.fromEntries(rows.map((r) => [r.case, r]));
    expect(rows.map((r) => r.case)).toEqual([
      'base',
      'haircut0',
      'haircut20',
      'haircut40',
      'energyMinus20',
      'ratePlus300',
    ]);
    for (const r of rows) expect(typeof r.minDscr).toBe('number');
    expect(by.base!.minDscr).toBeCloseTo(80 / 120, 12);
    expect(by.haircut0!.minDscr).toBeCloseTo(100 / 120, 12);
    expect(by.haircut20!.minDscr).toBeCloseTo(80 / 120, 12);
    expect(by.haircut40!.minDscr).toBeCloseTo(60 / 120, 12);
    // Energy 20 % cheaper: benefit 80, CFADS 0.8 × 80 = 64.
    expect(by.energyMinus20!.minDscr).toBeCloseTo(64 / 120, 12);
    // 13 %: year 1 interest 26, debt service 126.
    expect(by.ratePlus300!.minDscr).toBeCloseTo(80 / 126, 12);
    expect(rows.filter((r) => r.breach).map((r) => r.case)).toEqual(['haircut40', 'energyMinus20']);
  });
  it('is empty without a loan', () => {
    expect(dscrStress({ ...s, financing: null })).toEqual([]);
  });
});
