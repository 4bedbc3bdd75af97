/**
 * scaleTornadoInput, the one-input change behind the equity tornado (found untested by mutation
 * testing, issue 19): each input scales only what it names, by the factor; unknown names throw.
 */
import { describe, expect, it } from 'vitest';
import { scaleTornadoInput, tornadoInputs } from './sensitivity';
import { measure, resource, scenario } from './test-support/factories';

const s = scenario({
  discountRate: 0.1,
  resources: [resource({ id: 'power', price: 2 }), resource({ id: 'water', kind: 'water', price: 3 })],
  measures: [
    measure({ id: 'a', capex: 100, savings: { power: 10, water: 4 } }),
    measure({ id: 'b', capex: 50, savings: { power: 1 } }),
  ],
});

describe('scaleTornadoInput', () => {
  it('lists each resource price, then discount rate, capex and savings', () => {
    expect(tornadoInputs(s)).toEqual([
      'resources.power.price',
      'resources.water.price',
      'discountRate',
      'capex',
      'savings',
    ]);
  });
  it('scales the discount rate only', () => {
    const t = scaleTornadoInput(s, 'discountRate', 1.5);
    expect(t.discountRate).toBeCloseTo(0.15, 15);
    expect(t.measures).toEqual(s.measures);
    expect(t.resources).toEqual(s.resources);
  });
  it("scales every measure's capex only", () => {
    const t = scaleTornadoInput(s, 'capex', 0.8);
    expect(t.measures.map((m) => m.capex)).toEqual([80, 40]);
    expect(t.measures.map((m) => m.savings)).toEqual([{ power: 10, water: 4 }, { power: 1 }]);
    expect(t.discountRate).toBe(0.1);
  });
  it('scales every saved quantity only', () => {
    const t = scaleTornadoInput(s, 'savings', 1.2);
    expect(t.measures.map((m) => m.savings)).toEqual([{ power: 12, water: 4.8 }, { power: 1.2 }]);
    expect(t.measures.map((m) => m.capex)).toEqual([100, 50]);
  });
  it("scales the named resource's price only", () => {
    const t = scaleTornadoInput(s, 'resources.water.price', 2);
    expect(t.resources.map((k) => k.price)).toEqual([2, 6]);
    expect(t.measures).toEqual(s.measures);
  });
  it('throws on an input it does not know, naming it', () => {
    expect(() => scaleTornadoInput(s, 'resources.gas.price', 2)).toThrow('unknown tornado input "resources.gas.price"');
    expect(() => scaleTornadoInput(s, 'resources.power.escalation', 2)).toThrow(/unknown tornado input/);
    expect(() => scaleTornadoInput(s, 'xresources.power.price', 2)).toThrow(/unknown tornado input/);
    expect(() => scaleTornadoInput(s, 'resources.power.pricex', 2)).toThrow(/unknown tornado input/);
  });
});
