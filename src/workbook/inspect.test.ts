import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { namesInFormula, parseRef } from './inspect';
import { ModelSession } from './session';
import { SHEETS_IN_ORDER } from './test-support/sheets';

const names = [
  { name: 'DiscountRate', ref: 'Inputs!$B$3' },
  { name: 'TaxRate', ref: 'Inputs!$B$4' },
  { name: 'hours', ref: 'Inputs!$B$18' },
];

describe('namesInFormula', () => {
  it('finds names in the order they are used, once each, ignoring case', () => {
    expect(namesInFormula('=taxrate*(D4-D5)/(1+DiscountRate)^D$1+TaxRate', names).map((n) => n.name)).toEqual([
      'TaxRate',
      'DiscountRate',
    ]);
  });

  it('skips functions, sheet names, string literals and parts of other words', () => {
    expect(namesInFormula('=HOURS(1)+hours!A1+"hours"+my_hours+\'hours\'!B2', names)).toEqual([]);
    expect(namesInFormula('=SUMIFS(A:A,B:B,"Tax ""TaxRate""")+hours*2', names).map((n) => n.name)).toEqual(['hours']);
  });
});

describe('parseRef', () => {
  it('reads a cell and a range, with or without $ and quotes', () => {
    expect(parseRef('Inputs!$B$3')).toEqual({ ref: 'Inputs!$B$3', sheet: 'Inputs', row: 2, col: 1 });
    expect(parseRef("'My sheet'!AA10:$AB$12")).toEqual({
      ref: "'My sheet'!AA10:$AB$12",
      sheet: 'My sheet',
      row: 9,
      col: 26,
      end: { row: 11, col: 27 },
    });
    expect(parseRef('B3')).toBeNull();
  });
});

describe('the workbook of a sample, inspected', () => {
  const session = new ModelSession();
  const file: unknown = JSON.parse(
    readFileSync(new URL('../../public/examples/peru-textile-guaranteed-loan.json', import.meta.url), 'utf8'),
  );
  expect(session.evaluate(file).ok).toBe(true);

  it('lists the sheets and the defined names with their cells and values', () => {
    const wb = session.workbook();
    expect(wb?.sheets).toEqual(SHEETS_IN_ORDER);
    expect(wb?.names.find((n) => n.name === 'DiscountRate')).toEqual({
      ref: 'Inputs!$B$3',
      sheet: 'Inputs',
      row: 2,
      col: 1,
      name: 'DiscountRate',
      value: 0.14,
    });
  });

  it('gives a sheet’s values and marks formulas', () => {
    const sheet = session.sheet('CashFlow');
    expect(sheet?.values[0]?.slice(0, 3)).toEqual(['Year', 0, 1]);
    expect(sheet?.kinds[0]?.slice(0, 3)).toBe('vvv');
    expect(sheet?.values[1]?.slice(0, 2)).toEqual(['Capex', 285000]);
    expect(sheet?.kinds[1]?.slice(0, 3)).toBe('vff');
    expect(session.sheet('Nope')).toBeNull();
  });

  it('lists a named expression among the precedents of the NPV, in the formula’s order', () => {
    const npv = session.cell({ sheet: 'Summary', row: 1, col: 1 });
    expect(npv?.formula).toBe('=CashFlow!$B$5+NPV(DiscountRate,CashFlow!$C$5:$L$5)');
    expect(npv?.value).toBeCloseTo(488487.1434, 3);
    expect(npv?.precedents.map((p) => p.name ?? p.ref)).toEqual([
      'CashFlow!$B$5',
      'DiscountRate',
      'CashFlow!$C$5:$L$5',
    ]);
    expect(npv?.precedents[0]).toMatchObject({ sheet: 'CashFlow', row: 4, col: 1, value: -285000 });
    expect(npv?.precedents[1]).toMatchObject({ sheet: 'Inputs', row: 2, col: 1, value: 0.14 });
    expect(npv?.precedents[2]).toEqual({
      ref: 'CashFlow!$C$5:$L$5',
      sheet: 'CashFlow',
      row: 4,
      col: 2,
      end: { row: 4, col: 11 },
    });
  });

  it('names a plain reference that a defined name points at', () => {
    const payback = session.cell({ sheet: 'Summary', row: 5, col: 1 });
    expect(payback?.precedents.map((p) => p.name ?? p.ref)).toContain('Horizon');
  });

  it('gives an input no formula and no precedents', () => {
    expect(session.cell({ sheet: 'Inputs', row: 2, col: 1 })).toEqual({
      sheet: 'Inputs',
      row: 2,
      col: 1,
      formula: null,
      value: 0.14,
      precedents: [],
    });
  });
});
