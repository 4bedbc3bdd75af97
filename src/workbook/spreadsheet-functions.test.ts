import { HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { HF_CONFIG } from './hyperformula-config';

/** Computes one formula in HyperFormula, configured as the app's workbook is. */
function calc(formula: string): number {
  const hf = HyperFormula.buildFromArray([[formula]], HF_CONFIG);
  const v = hf.getCellValue({ sheet: 0, row: 0, col: 0 });
  hf.destroy();
  if (typeof v !== 'number') throw new Error(`${formula} gave ${JSON.stringify(v)}`);
  return v;
}

// The worked examples of the spreadsheet vendor's documentation (Microsoft support pages for
// NPV, IRR, PMT, PPMT and IPMT), to the cent or the shown percentage: the engine that computes
// the workbook is held to them, not to our own arithmetic.
describe('the spreadsheet financial functions the workbook relies on', () => {
  it('NPV: documented examples', () => {
    expect(calc('=NPV(0.1,-10000,3000,4200,6800)')).toBeCloseTo(1188.44, 2);
    expect(calc('=NPV(0.08,8000,9200,10000,12000,14500)+-40000')).toBeCloseTo(1922.06, 2);
    expect(calc('=NPV(0.08,8000,9200,10000,12000,14500,-9000)+-40000')).toBeCloseTo(-3749.47, 2);
  });
  it('IRR: documented examples, with and without a guess', () => {
    expect(calc('=IRR({-70000,12000,15000,18000,21000})')).toBeCloseTo(-0.0212, 4);
    expect(calc('=IRR({-70000,12000,15000,18000,21000,26000})')).toBeCloseTo(0.0866, 4);
    expect(calc('=IRR({-70000,12000,15000},-0.1)')).toBeCloseTo(-0.4435, 4);
  });
  it('PMT: documented examples, and a zero rate', () => {
    expect(calc('=PMT(0.08/12,10,10000)')).toBeCloseTo(-1037.03, 2);
    expect(calc('=PMT(0.06/12,18*12,0,50000)')).toBeCloseTo(-129.08, 2);
    expect(calc('=PMT(0,4,1000)')).toBe(-250);
  });
  it('PPMT and IPMT: documented examples', () => {
    expect(calc('=PPMT(0.1/12,1,2*12,2000)')).toBeCloseTo(-75.62, 2);
    expect(calc('=PPMT(0.08,10,10,200000)')).toBeCloseTo(-27598.05, 2);
    expect(calc('=IPMT(0.1/12,1,3*12,8000)')).toBeCloseTo(-66.67, 2);
    expect(calc('=IPMT(0.1,3,3,8000)')).toBeCloseTo(-292.45, 2);
  });
});
