import { describe, expect, it } from 'vitest';
import { evaluate } from './kernel';
import { reductionShares } from './flows';
import { parseScenarioText } from './parse';
import { resolvePlain } from './resolve-numbers';
import { loanTerms, measure, rebateTerms, resource, scenario, scenarioFile } from './test-support/factories';
import { inputValue } from './input-values';

/** Ids the id pattern allows that are also properties of every object. */
const PROTO_IDS = ['constructor', 'prototype', 'tostring', 'valueof', 'hasownproperty'];

describe('ids that are properties of every object', () => {
  it('give a resource no savings a share of 0, not the prototype', () => {
    const s = scenario({
      resources: [resource({ id: 'constructor', baselineQuantity: 100, emissionFactor: 1 })],
      measures: [measure({ id: 'm1', capex: 10 })],
    });
    const shares = reductionShares(s);
    expect(typeof shares.constructor).toBe('number');
    expect(shares).toEqual({ constructor: 0, co2e: 0 });
  });

  it('evaluate to finite figures and a rebate read from the own share', () => {
    const s = scenario({
      horizonYears: 3,
      resources: [resource({ id: 'constructor', baselineQuantity: 100 })],
      measures: [measure({ id: 'constructor', capex: 100, lifetimeYears: 3, otherAnnualBenefit: 60 })],
      financing: {
        loan: loanTerms({ principal: 50 }),
        guarantee: { coverage: 0, annualFeeRate: 0 },
        rebate: rebateTerms({ indicator: 'constructor', applyAs: 'cash', tiers: [{ minReduction: 0, rate: 0.1 }] }),
      },
    });
    const r = evaluate(s);
    expect(r.project.reductionShares).toEqual({ constructor: 0 });
    expect(r.financing?.rebate).toBeCloseTo(5, 12);
    expect(Number.isFinite(r.project.npv)).toBe(true);
  });

  it('read a savings input only where the measure has its own entry', () => {
    const s = scenario({
      resources: [resource({ id: 'constructor' })],
      measures: [measure({ id: 'm1', savings: {} })],
    });
    expect(() => inputValue(s, 'measures.m1.savings.constructor')).toThrow(/unknown input path/);
  });

  it('are accepted in a file, as resource ids and savings keys', () => {
    for (const id of PROTO_IDS) {
      const file = scenarioFile({
        resources: [{ id, name: 'R', kind: 'water', unit: 'm3', price: 1, baselineQuantity: 10 }],
        measures: [{ id, name: 'M', category: 'good-housekeeping', capex: 1, lifetimeYears: 2, savings: { [id]: 2 } }],
      });
      const parsed = parseScenarioText(JSON.stringify(file));
      expect(parsed.ok, id).toBe(true);
      if (!parsed.ok) continue;
      const resolved = resolvePlain(parsed.value);
      if (!resolved.ok) throw new Error(id);
      expect(evaluate(resolved.resolved).project.reductionShares[id]).toBeCloseTo(0.2, 12);
    }
  });
});
