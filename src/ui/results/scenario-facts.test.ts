import { describe, expect, it } from 'vitest';
import { isoCurrency, scenarioFacts } from './scenario-facts';
import { sample } from '../test-support/samples';

describe('scenarioFacts', () => {
  it('reads the currency, names and the lender’s minimum DSCR of a sample', () => {
    const facts = scenarioFacts(sample('colombia-green-credit-rebate').file);
    expect(facts.currency).toBe('COP');
    expect(facts.minDscr).toBe(1.3);
    expect(facts.measures.get('vsd')).toEqual({ name: 'Variable speed drives on pumps and fans', enabled: true });
    expect([...facts.resources.keys()]).toEqual(['coal', 'natgas', 'electricity']);
  });

  it('takes a formula’s computed value for the minimum DSCR', () => {
    expect(scenarioFacts({ credit: { minDscr: '=1+0.2' } }, { 'credit.minDscr': 1.2 }).minDscr).toBe(1.2);
    expect(scenarioFacts({ credit: { minDscr: '=1+0.2' } }).minDscr).toBeNull();
  });

  it('copes with a draft in the middle of an edit', () => {
    const facts = scenarioFacts({
      currency: 'us',
      measures: [null, { id: 'm1', name: '  ' }, { name: 'no id' }],
      credit: 'x',
    });
    expect(facts.currency).toBe('USD');
    expect([...facts.measures]).toEqual([['m1', { name: 'm1', enabled: true }]]);
    expect(facts.minDscr).toBeNull();
  });
});

describe('isoCurrency', () => {
  it('gives a three-letter code as it is, nothing while the draft has none or is mid-edit', () => {
    expect(isoCurrency({ currency: 'COP' })).toBe('COP');
    expect(isoCurrency({ currency: 'co' })).toBeUndefined();
    expect(isoCurrency({ currency: 840 })).toBeUndefined();
    expect(isoCurrency({})).toBeUndefined();
  });
});
