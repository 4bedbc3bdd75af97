import { describe, expect, it } from 'vitest';
import { engineFormula, findCellReference } from './formula-check';

describe('formulas as users type them', () => {
  it('lowers exponent marks the engine cannot read, not letters in text', () => {
    expect(engineFormula('=1E3*kw+2.5E-2')).toBe('=1e3*kw+2.5e-2');
    expect(engineFormula('=IF(a_>0,"1E3",2E2)')).toBe('=IF(a_>0,"1E3",2e2)');
  });
  it('finds cell references, not variables or functions', () => {
    expect(findCellReference('=hours*kw_1*0.2')).toBeNull();
    expect(findCellReference('=SUM(x_, y_)')).toBeNull();
    expect(findCellReference('=A1*2')).toBe('A1');
    expect(findCellReference('=Inputs!B3')).toBe('Inputs!B3');
    expect(findCellReference('=$B$3+1')).toBe('$B$3');
    expect(findCellReference('="A1"&x_')).toBeNull();
  });
});

describe('exponents are numbers, not cell references', () => {
  it('reads 1E3 and 2.5e-2 as numbers', () => {
    expect(findCellReference('=1E3*2')).toBeNull();
    expect(findCellReference('=1e3+2.5E-2*kw_')).toBeNull();
  });
});
