import { describe, expect, it } from 'vitest';
import { slideKeys, stepFor } from './slides';

describe('the slides of a scenario', () => {
  it('are all there for a financed, energy-using scenario with a comparison chosen', () => {
    expect(slideKeys({ measures: 3, hasEnergy: true, compared: 2, hasLoan: true })).toEqual([
      'figures',
      'ranking',
      'mac',
      'cashflow',
      'energy',
      'compare',
      'lender',
    ]);
  });

  it('show the best package after the cash flow when one was found and left in', () => {
    expect(slideKeys({ measures: 3, hasEnergy: true, compared: 0, hasLoan: true, hasPackage: true })).toEqual([
      'figures',
      'ranking',
      'mac',
      'cashflow',
      'package',
      'energy',
      'lender',
    ]);
  });

  it('leave out what the scenario has nothing for', () => {
    expect(slideKeys({ measures: 6, hasEnergy: false, compared: 0, hasLoan: false })).toEqual([
      'figures',
      'ranking',
      'mac',
      'cashflow',
    ]);
    expect(slideKeys({ measures: 1, hasEnergy: true, compared: 1, hasLoan: false })).toEqual([
      'figures',
      'mac',
      'cashflow',
      'energy',
    ]);
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
