import { describe, expect, it } from 'vitest';
import type { ResolvedScenario } from './resolved-scenario';
import { breakEvenEnergyPriceFactor, tornado } from './sensitivity';
import { measure, resource, scenario } from './test-support/factories';

// One year at 10 %: capex 100 today, 10 kWh saved at 10 next year: NPV = -100 + 100 f / 1.1.
const simple = (): ResolvedScenario =>
  scenario({
    horizonYears: 1,
    discountRate: 0.1,
    resources: [
      resource({ id: 'power', kind: 'energy', price: 10 }),
      resource({ id: 'zeta', kind: 'water', price: 3 }),
      resource({ id: 'alpha', kind: 'energy', price: 7 }),
    ],
    measures: [measure({ id: 'm', capex: 100, savings: { power: 10 } })],
  });

describe('break-even energy price factor', () => {
  it('solves NPV = 0 for the absolute factor', () => {
    expect(breakEvenEnergyPriceFactor(simple())).toBeCloseTo(1.1, 12);
    expect(breakEvenEnergyPriceFactor({ ...simple(), energyPriceFactor: 3 })).toBeCloseTo(1.1, 12);
  });
  it('is null when NPV does not depend on energy prices', () => {
    const noEnergy = { ...simple(), measures: [measure({ id: 'm', capex: 100, savings: { zeta: 50 } })] };
    expect(breakEvenEnergyPriceFactor(noEnergy)).toBeNull();
    const cancelling = {
      ...simple(),
      measures: [
        measure({ id: 'm', capex: 100, savings: { power: 0.1, alpha: -1 / 7 } }),
        measure({ id: 'n', savings: { power: -0.1, alpha: 1 / 7 } }),
      ],
    };
    expect(breakEvenEnergyPriceFactor(cancelling)).toBeNull();
  });
  it('is null when the measures pay even with free energy', () => {
    const paysAnyway = { ...simple(), measures: [measure({ id: 'm', capex: 100, savings: { power: 10, zeta: 100 } })] };
    expect(breakEvenEnergyPriceFactor(paysAnyway)).toBeNull();
  });
});

describe('tornado on project NPV', () => {
  it('lists every input once, sorted by swing, ties in listing order', () => {
    const rows = tornado(simple());
    // capex swing 40; power price and savings swing 200/11 × 2 each (tie: price listed first);
    // discount rate about 3.3; zeta and alpha 0 (tie: file order).
    expect(rows.map((r) => r.input)).toEqual([
      'capex',
      'resources.power.price',
      'savings',
      'discountRate',
      'resources.zeta.price',
      'resources.alpha.price',
    ]);
    expect(rows[0]?.npvLow).toBeCloseTo(-80 + 100 / 1.1, 12);
    expect(rows[0]?.npvHigh).toBeCloseTo(-120 + 100 / 1.1, 12);
    expect(rows[1]?.npvLow).toBeCloseTo(-100 + 80 / 1.1, 12);
    expect(rows[3]?.npvLow).toBeCloseTo(-100 + 100 / 1.08, 12);
    expect(rows[3]?.npvHigh).toBeCloseTo(-100 + 100 / 1.12, 12);
  });
  it('uses the given delta', () => {
    const rows = tornado(simple(), 0.5);
    expect(rows[0]?.input).toBe('capex');
    expect(rows[0]?.npvLow).toBeCloseTo(-50 + 100 / 1.1, 12);
    expect(rows[0]?.npvHigh).toBeCloseTo(-150 + 100 / 1.1, 12);
  });
});
