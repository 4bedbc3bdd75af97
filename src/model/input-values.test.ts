import { describe, expect, it } from 'vitest';
import { inputDomain, inputValue, isRateInput, uncertaintyPaths, withInput } from './input-values';
import { measure, resource, scenario } from './test-support/factories';

const s = scenario({
  discountRate: 0.1,
  resources: [
    resource({ id: 'power', price: 0.2, escalation: 0.03 }),
    resource({ id: 'water', kind: 'water', price: 1.5 }),
  ],
  measures: [
    measure({ id: 'a', capex: 500, savings: { power: 100, water: 4 }, annualOpexChange: 20 }),
    measure({ id: 'off', capex: 9, savings: { power: 1 }, enabled: false }),
  ],
  financing: {
    loan: {
      principal: 400,
      annualRate: 0.12,
      tenorYears: 1,
      graceYears: 0,
      amortization: 'annuity',
      upfrontFeeRate: 0,
    },
    guarantee: { coverage: 0, annualFeeRate: 0 },
    rebate: null,
  },
});

describe('the input paths a scenario offers', () => {
  it('lists factor, rate, each resource, each enabled measure and the loan rate', () => {
    expect(uncertaintyPaths(s)).toEqual([
      'energyPriceFactor',
      'discountRate',
      'resources.power.price',
      'resources.power.escalation',
      'resources.water.price',
      'resources.water.escalation',
      'measures.a.capex',
      'measures.a.savings.power',
      'measures.a.savings.water',
      'measures.a.annualOpexChange',
      'financing.loan.annualRate',
    ]);
  });
  it('leaves out the loan rate without a loan', () => {
    expect(uncertaintyPaths({ ...s, financing: null })).not.toContain('financing.loan.annualRate');
  });
});

describe('reading and setting an input by its path', () => {
  it('reads each kind of path', () => {
    expect(inputValue(s, 'discountRate')).toBe(0.1);
    expect(inputValue(s, 'energyPriceFactor')).toBe(1);
    expect(inputValue(s, 'resources.power.escalation')).toBe(0.03);
    expect(inputValue(s, 'measures.a.savings.water')).toBe(4);
    expect(inputValue(s, 'measures.a.annualOpexChange')).toBe(20);
    expect(inputValue(s, 'financing.loan.annualRate')).toBe(0.12);
  });
  it('sets a value in a copy, leaving the scenario as it was', () => {
    const changed = withInput(s, 'measures.a.savings.power', 150);
    expect(changed.measures[0]?.savings).toEqual({ power: 150, water: 4 });
    expect(s.measures[0]?.savings).toEqual({ power: 100, water: 4 });
    expect(withInput(s, 'financing.loan.annualRate', 0.2).financing?.loan.annualRate).toBe(0.2);
    expect(withInput(s, 'resources.water.price', 2).resources[1]?.price).toBe(2);
  });
  it('refuses a path that names nothing', () => {
    expect(() => inputValue(s, 'resources.gas.price')).toThrow(/unknown input path/);
    expect(() => inputValue(s, 'measures.a.savings.gas')).toThrow(/unknown input path/);
    expect(() => inputValue(s, 'measures.a.lifetimeYears')).toThrow(/unknown input path/);
    expect(() => inputValue({ ...s, financing: null }, 'financing.loan.annualRate')).toThrow(/unknown input path/);
  });
});

describe('the range of an input', () => {
  it('keeps rates above -99 %, prices and capex at 0 or more, quantities free', () => {
    expect(inputDomain('discountRate').min).toBe(-0.99);
    expect(inputDomain('resources.power.price').min).toBe(0);
    expect(inputDomain('measures.a.savings.power').min).toBe(Number.NEGATIVE_INFINITY);
    expect(isRateInput('resources.power.escalation')).toBe(true);
    expect(isRateInput('measures.a.capex')).toBe(false);
  });
});
