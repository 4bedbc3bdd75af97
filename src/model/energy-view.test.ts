import { describe, expect, it } from 'vitest';
import { energyCurve, energyRangeMax, energyWhatIf, headlineFigures } from './energy-view';
import { measure, resource, scenario } from './test-support/factories';

// Two years at 10 %: capex 100 today, 10 kWh a year at 5 × factor: NPV = -100 + 50 f (1/1.1 + 1/1.21).
const annuity = 1 / 1.1 + 1 / 1.21;
const s = scenario({
  horizonYears: 2,
  resources: [resource({ id: 'power', price: 5 })],
  measures: [measure({ id: 'm', capex: 100, lifetimeYears: 2, savings: { power: 10 } })],
});

describe('energy price what-if', () => {
  it('gives the headline figures at another factor without changing the scenario', () => {
    const at = energyWhatIf(s, 1.5);
    expect(at.factor).toBe(1.5);
    expect(at.npv).toBeCloseTo(-100 + 75 * annuity, 9);
    expect(at.simplePaybackYears).toBeCloseTo(1 + 25 / 75, 9);
    // 75 v + 75 v² = 100 with v = 1 / (1 + i): v = (√(19/3) - 1) / 2.
    expect(at.irr).toBeCloseTo(2 / (Math.sqrt(19 / 3) - 1) - 1, 9);
    expect(at.equityNpv).toBeNull();
    expect(at.minDscr).toBeNull();
    expect(s.energyPriceFactor).toBe(1);
  });
});

describe('the headline figures of results (the energy slide at the current price)', () => {
  const project = { npv: 12.5, irr: 0.2, simplePaybackYears: 3, discountedPaybackYears: 3.5 };
  it('takes the project figures, and the equity NPV and DSCR of the loan', () => {
    expect(headlineFigures({ project, financing: { equityNpv: 8, minDscr: 1.1, dscrBreach: true } })).toEqual({
      ...project,
      equityNpv: 8,
      minDscr: 1.1,
      dscrBreach: true,
    });
  });
  it('without a loan: no equity NPV or DSCR, no breach', () => {
    expect(headlineFigures({ project, financing: null })).toEqual({
      ...project,
      equityNpv: null,
      minDscr: null,
      dscrBreach: false,
    });
  });
});

describe('NPV against the energy price factor', () => {
  it('runs from 0 past the break-even, which it reports', () => {
    const curve = energyCurve(s, 4);
    const breakEven = 100 / (50 * annuity);
    expect(curve.breakEven).toBeCloseTo(breakEven, 9);
    expect(curve.current).toBe(1);
    expect(curve.max).toBe(2);
    expect(curve.points.map((p) => p.factor)).toEqual([0, 0.5, 1, 1.5, 2]);
    expect(curve.points.map((p) => p.npv)).toEqual(
      [0, 0.5, 1, 1.5, 2].map((f): unknown => expect.closeTo(-100 + 50 * f * annuity, 9)),
    );
    expect(curve.points[0]?.equityNpv).toBeNull();
  });
  it('reaches past 2, the current factor and the break-even, in half steps up to 20', () => {
    expect(energyRangeMax(1, null)).toBe(2);
    expect(energyRangeMax(1, 2.3)).toBe(3);
    expect(energyRangeMax(3, 0.5)).toBe(4);
    expect(energyRangeMax(1, 400)).toBe(20);
  });
});
