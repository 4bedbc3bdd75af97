import { describe, expect, it } from 'vitest';
import { applyTexts, deleteRows, insertRows, moveRow, readText, setEnabled, typedAt, type Draft } from './draft';
import { at } from '../model/checked';

const file = () => ({
  format: 'cp-scenario',
  version: 1,
  name: 'Test',
  currency: 'COP',
  horizonYears: 10,
  discountRate: 0.12,
  resources: [
    { id: 'coal', name: 'Coal', kind: 'energy', unit: 't', price: 420000 },
    { id: 'water', name: 'Water', kind: 'water', unit: 'm3', price: 1.5 },
  ],
  measures: [
    {
      id: 'a',
      name: 'A',
      category: 'good-housekeeping',
      capex: 100,
      lifetimeYears: 5,
      savings: { coal: 10, water: 5 },
    },
    { id: 'b', name: 'B', category: 'good-housekeeping', capex: 200, lifetimeYears: 5, savings: { water: 7 } },
  ],
  financing: {
    loan: { principal: 1, annualRate: 0.1, tenorYears: 2 },
    rebate: { year: 1, indicator: 'coal', tiers: [{ minReduction: 0.3, rate: 0.15 }] },
  },
  uncertainty: [{ input: 'measures.a.savings.coal', distribution: { type: 'uniform', min: 0.9, max: 1.1 } }],
});
const draft = (): Draft => ({ file: file(), typed: [] });

describe('reading typed text', () => {
  it('reads a percentage the Excel way in the user locale', () => {
    expect(readText(['discountRate'], '0,15', 'es-CO')).toEqual({ value: 0.15 });
    expect(readText(['discountRate'], '15', 'es-CO')).toEqual({ value: 0.15 });
    expect(readText(['discountRate'], '12,5 %', 'es-CO')).toEqual({ value: 0.125 });
  });
  it('keeps formulas in number fields as typed', () => {
    expect(readText(['measures', 0, 'capex'], ' =hours*kw ', 'en-US')).toEqual({ value: '=hours*kw' });
  });
  it('stores a formula typed in Spanish or Portuguese in the file’s English form', () => {
    expect(
      readText(['measures', 0, 'capex'], '=PROMEDIO(hours;2,5)*1000', { language: 'es', numberLocale: 'es-CO' }),
    ).toEqual({ value: '=AVERAGE(hours,2.5)*1000' });
    expect(readText(['measures', 0, 'capex'], '=SOMA(hours;2,5)', { language: 'pt', numberLocale: 'pt-BR' })).toEqual({
      value: '=SUM(hours,2.5)',
    });
    expect(readText(['measures', 0, 'capex'], '=SUMA(hours,2.5)', { language: 'es', numberLocale: 'es-MX' })).toEqual({
      value: '=SUM(hours,2.5)',
    });
    // Only the number locale was given: its language names the functions.
    expect(readText(['measures', 0, 'capex'], '=MAX(1,5)', 'es-CO')).toEqual({ value: '=MAX(1.5)' });
  });
  it('says how to write a formula that does not read in the user’s separators', () => {
    expect(readText(['measures', 0, 'capex'], '=hours*0.5', 'es-CO')).toEqual({
      hint: { key: 'formula.decimalPoint', params: { example: '=MAX(hours*kw_1*0,2; 1500,5)' } },
    });
    expect(readText(['measures', 0, 'capex'], '=MAX(hours,2)', 'es-CO')).toEqual({
      hint: { key: 'formula.strayComma', params: { example: '=MAX(hours*kw_1*0,2; 1500,5)' } },
    });
  });
  it('refuses formulas where the spec takes plain numbers', () => {
    expect(readText(['financing', 'rebate', 'tiers', 0, 'rate'], '=0.1', 'en-US')).toEqual({
      hint: { key: 'edit.noFormulaHere' },
    });
  });
  it('never turns an empty required cell into 0, and removes an optional one', () => {
    expect(readText(['measures', 0, 'capex'], '', 'en-US')).toEqual({ hint: { key: 'edit.required' } });
    expect(readText(['taxRate'], '  ', 'en-US')).toEqual({ value: undefined });
  });
  it('wants whole numbers for years', () => {
    expect(readText(['horizonYears'], '2,5', 'es-CO')).toEqual({ hint: { key: 'edit.notWholeNumber' } });
    expect(readText(['horizonYears'], '12', 'es-CO')).toEqual({ value: 12 });
  });
});

describe('editing cells', () => {
  it('edits the application block as texts and a stage, and an empty field leaves it out', () => {
    let d = applyTexts(
      draft(),
      [
        { path: ['application', 'applicant'], text: ' Lácteos del Valle S.A.S. ' },
        { path: ['application', 'stage'], text: 'approved' },
        { path: ['application', 'reference'], text: '00123' },
      ],
      'es-CO',
    );
    expect(d.file.application).toEqual({
      applicant: 'Lácteos del Valle S.A.S.',
      stage: 'approved',
      reference: '00123',
    });
    d = applyTexts(d, [{ path: ['application', 'stage'], text: '' }], 'es-CO');
    expect(d.file.application).toEqual({ applicant: 'Lácteos del Valle S.A.S.', reference: '00123' });
    expect(d.typed).toEqual([]);
  });
  it('stores what reads and keeps what does not, as typed, with the reason', () => {
    const d = applyTexts(
      draft(),
      [
        { path: ['measures', 0, 'capex'], text: '1.234,5' },
        { path: ['measures', 1, 'capex'], text: '1.5' },
      ],
      'es-CO',
    );
    expect(d.file.measures).toMatchObject([{ capex: 1234.5 }, { capex: 200 }]);
    expect(typedAt(d, ['measures', 1, 'capex'])).toEqual({
      path: ['measures', 1, 'capex'],
      text: '1.5',
      hint: { key: 'number.ambiguous', params: { decimal: ',', suggestion: '1,5' } },
    });
    const fixed = applyTexts(d, [{ path: ['measures', 1, 'capex'], text: '1,5' }], 'es-CO');
    expect(fixed.typed).toEqual([]);
    expect(fixed.file.measures).toMatchObject([{ capex: 1234.5 }, { capex: 1.5 }]);
  });
  it('does not change the draft it was given', () => {
    const d = draft();
    applyTexts(d, [{ path: ['measures', 0, 'capex'], text: '5' }], 'en-US');
    expect(d.file).toEqual(file());
  });
  it('adds and removes a savings quantity', () => {
    const d = applyTexts(
      draft(),
      [
        { path: ['measures', 1, 'savings', 'coal'], text: '3' },
        { path: ['measures', 0, 'savings', 'water'], text: '' },
      ],
      'en-US',
    );
    expect(d.file.measures).toMatchObject([{ savings: { coal: 10 } }, { savings: { water: 7, coal: 3 } }]);
  });
  it('follows a renamed resource into savings, the rebate indicator and uncertain inputs', () => {
    const d = applyTexts(draft(), [{ path: ['resources', 0, 'id'], text: 'hard_coal' }], 'en-US');
    expect(d.file.measures).toMatchObject([{ savings: { hard_coal: 10, water: 5 } }, { savings: { water: 7 } }]);
    expect(d.file.financing).toMatchObject({ rebate: { indicator: 'hard_coal' } });
    expect(d.file.uncertainty).toMatchObject([{ input: 'measures.a.savings.hard_coal' }]);
  });
});

describe('rows', () => {
  const typed = () => applyTexts(draft(), [{ path: ['measures', 1, 'capex'], text: 'abc' }], 'en-US');
  it('moves typed cells with their rows on insert, move and delete', () => {
    const inserted = insertRows(typed(), 'measures', 0, [{ id: 'c' }]);
    expect(at(inserted.typed, 0).path).toEqual(['measures', 2, 'capex']);
    const moved = moveRow(inserted, 'measures', 2, 0);
    expect(at(moved.typed, 0).path).toEqual(['measures', 0, 'capex']);
    expect((moved.file.measures as { id: string }[]).map((m) => m.id)).toEqual(['b', 'c', 'a']);
    const deleted = deleteRows(moved, 'measures', [0]);
    expect(deleted.typed).toEqual([]);
    expect((deleted.file.measures as { id: string }[]).map((m) => m.id)).toEqual(['c', 'a']);
  });
  it('deletes a resource with its savings', () => {
    const d = deleteRows(draft(), 'resources', [1]);
    expect(d.file.measures).toMatchObject([{ savings: { coal: 10 } }, { savings: {} }]);
  });
  it('leaves enabled out of the file when true', () => {
    const off = setEnabled(draft(), 0, false);
    expect((off.file.measures as object[])[0]).toHaveProperty('enabled', false);
    expect((setEnabled(off, 0, true).file.measures as object[])[0]).not.toHaveProperty('enabled');
  });
});
