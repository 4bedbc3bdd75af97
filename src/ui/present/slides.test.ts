import { describe, expect, it } from 'vitest';
import { slideKeys, stepFor, type DeckFacts, type SlideKey } from './slides';

describe('the slides of a scenario', () => {
  // [what the slides are, the scenario's facts, the slides in order]
  it.each<[string, DeckFacts, SlideKey[]]>([
    [
      'all there for a financed, energy-using scenario with a comparison chosen',
      { measures: 3, hasEnergy: true, compared: 2, hasLoan: true },
      ['figures', 'ranking', 'mac', 'cashflow', 'energy', 'compare', 'lender'],
    ],
    [
      'the best package after the cash flow when one was found and left in',
      { measures: 3, hasEnergy: true, compared: 0, hasLoan: true, hasPackage: true },
      ['figures', 'ranking', 'mac', 'cashflow', 'package', 'energy', 'lender'],
    ],
    [
      'without what the scenario has nothing for (energy, comparison, loan)',
      { measures: 6, hasEnergy: false, compared: 0, hasLoan: false },
      ['figures', 'ranking', 'mac', 'cashflow'],
    ],
    [
      'without a ranking for one measure, and without a comparison of one scenario',
      { measures: 1, hasEnergy: true, compared: 1, hasLoan: false },
      ['figures', 'mac', 'cashflow', 'energy'],
    ],
  ])('are %s', (_, facts, keys) => {
    expect(slideKeys(facts)).toEqual(keys);
  });
});

describe('keys', () => {
  it('step forward and back, and stop at the ends', () => {
    expect([stepFor('ArrowRight', false, 0, 4), stepFor('PageDown', false, 3, 4), stepFor(' ', false, 1, 4)]).toEqual([
      1, 3, 2,
    ]);
    expect([stepFor('ArrowLeft', false, 2, 4), stepFor('PageUp', false, 0, 4), stepFor(' ', true, 2, 4)]).toEqual([
      1, 0, 1,
    ]);
    expect([stepFor('Home', false, 3, 4), stepFor('End', false, 0, 4)]).toEqual([0, 3]);
  });

  it('leave other keys alone', () => {
    expect([stepFor('a', false, 0, 4), stepFor('Enter', false, 0, 4), stepFor('Escape', false, 0, 4)]).toEqual([
      null,
      null,
      null,
    ]);
  });
});
