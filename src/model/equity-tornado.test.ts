import { describe, expect, it } from 'vitest';
import { equityTornado, equityTornadoInputs } from './equity-tornado';
import { measure, resource, scenario } from './test-support/factories';

// One year at 10 %: capex 100 today paid by a loan of 100 at 10 % repaid next year (110);
// 10 kWh saved at 15: equity NPV = (150 - 110) / 1.1.
const s = scenario({
  resources: [resource({ id: 'power', price: 15 })],
  measures: [measure({ id: 'm', capex: 100, savings: { power: 10 } })],
  financing: {
    loan: { principal: 100, annualRate: 0.1, tenorYears: 1, graceYears: 0, amortization: 'annuity', upfrontFeeRate: 0 },
    guarantee: { coverage: 0, annualFeeRate: 0 },
    rebate: null,
  },
});

describe('tornado of equity NPV', () => {
  it("lists the spec's inputs and the loan rate, sorted by swing, ties in listing order", () => {
    const rows = equityTornado(s) ?? [];
    expect(equityTornadoInputs(s)).toEqual([
      'resources.power.price',
      'discountRate',
      'capex',
      'savings',
      'financing.loan.annualRate',
    ]);
    expect(rows.map((r) => r.input)).toEqual([
      'resources.power.price',
      'savings',
      'capex',
      'financing.loan.annualRate',
      'discountRate',
    ]);
    const [price, , capex, loanRate, rate] = rows;
    // A row of the tornado: the owner's NPV at the input's low and high value, to 9 decimals.
    const bar = (input: string, low: number, high: number) => ({
      input,
      equityNpvLow: expect.closeTo(low, 9) as number,
      equityNpvHigh: expect.closeTo(high, 9) as number,
    });
    expect(price).toEqual(bar('resources.power.price', 10 / 1.1, 70 / 1.1));
    // 20 % less capex with the same loan leaves 20 in the owner's hands today.
    expect(capex).toEqual(bar('capex', 20 + 40 / 1.1, -20 + 40 / 1.1));
    expect(loanRate).toEqual(bar('financing.loan.annualRate', 42 / 1.1, 38 / 1.1));
    expect(rate).toEqual(bar('discountRate', 40 / 1.08, 40 / 1.12));
  });
  it('uses the given delta', () => {
    const price = equityTornado(s, 0.5)?.[0];
    expect(price?.equityNpvLow).toBeCloseTo(-35 / 1.1, 9);
  });
  it('is null without a loan', () => {
    expect(equityTornado({ ...s, financing: null })).toBeNull();
  });
});
