import { describe, expect, it } from 'vitest';
import { columnIds, editsToTexts, isHeaderRow, nextTier, parseDelimited, tableToTexts } from './verification-data';

const resources = [
  { id: 'electricity', name: 'Grid electricity', unit: 'kWh' },
  { id: 'water', name: 'Water', unit: 'm3' },
];

describe('a pasted block', () => {
  it('recognises a header row by words where numbers go, in the user’s number format', () => {
    expect(isHeaderRow(['Período', 'Producción', 'Electricidad (kWh)'], 'es-CO')).toBe(true);
    expect(isHeaderRow(['2025-01', '2.172', '217.837'], 'es-CO')).toBe(false);
    expect(isHeaderRow(['2025-01', '2.172,5', 'abc'], 'es-CO')).toBe(false);
  });

  it('skips the header and moves the rows up; cells go to period, production and the resources', () => {
    const edits = [
      { row: 3, col: 0, value: 'Mes' },
      { row: 3, col: 1, value: 'Producción' },
      { row: 3, col: 2, value: 'kWh' },
      { row: 4, col: 0, value: '2025-01' },
      { row: 4, col: 1, value: '2.172' },
      { row: 4, col: 2, value: '217.837' },
    ];
    expect(editsToTexts('baseline', ['electricity'], edits, 'es-CO')).toEqual([
      { path: ['verification', 'baseline', 3, 'period'], text: '2025-01' },
      { path: ['verification', 'baseline', 3, 'production'], text: '2.172' },
      { path: ['verification', 'baseline', 3, 'use', 'electricity'], text: '217.837' },
    ]);
  });

  it('keeps a single typed word where it was typed (its cell then says why it is not a number)', () => {
    expect(editsToTexts('reporting', ['electricity'], [{ row: 0, col: 1, value: 'mucho' }], 'es-CO')).toEqual([
      { path: ['verification', 'reporting', 0, 'production'], text: 'mucho' },
    ]);
  });
});

describe('a CSV file', () => {
  it('splits on the separator the first line uses, with quotes', () => {
    expect(parseDelimited('\uFEFFperiod;production;"Water; m3"\r\n2025-01;"1.889,5";5889\n\n')).toEqual([
      ['period', 'production', 'Water; m3'],
      ['2025-01', '1.889,5', '5889'],
    ]);
    expect(parseDelimited('a,b,c\n1,2,3')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });

  it('matches columns to resources by their header (id or name), whatever the order', () => {
    const rows = parseDelimited('Mes;Producción;Water;electricity\n2025-01;2172;6592;217837\n2025-02;1889;5889;190374');
    const read = tableToTexts(rows, 'baseline', [], resources, 'es-CO');
    expect(read.records).toBe(2);
    expect(read.ids).toEqual(['water', 'electricity']);
    expect(read.texts).toContainEqual({ path: ['verification', 'baseline', 1, 'use', 'electricity'], text: '190374' });
    expect(read.texts).toContainEqual({ path: ['verification', 'baseline', 0, 'use', 'water'], text: '6592' });
  });

  it('without a header, takes the columns in the grid’s order', () => {
    const read = tableToTexts([['2026-05', '2230', '185300']], 'reporting', ['electricity'], resources, 'en-US');
    expect(read.texts).toEqual([
      { path: ['verification', 'reporting', 0, 'period'], text: '2026-05' },
      { path: ['verification', 'reporting', 0, 'production'], text: '2230' },
      { path: ['verification', 'reporting', 0, 'use', 'electricity'], text: '185300' },
    ]);
  });
});

describe('columns and tiers', () => {
  it('lists resource columns in the scenario’s order', () => {
    const file = { resources, verification: { baseline: [{ use: { water: 1, electricity: 2 } }], reporting: [] } };
    expect(columnIds(file)).toEqual(['electricity', 'water']);
    expect(columnIds({ resources, verification: { baseline: [], reporting: [] } }, ['water'])).toEqual(['water']);
  });

  it('finds the next tier above a share', () => {
    const tiers = [
      { minReduction: 0.3, rate: 0.15 },
      { minReduction: 0.5, rate: 0.25 },
    ];
    expect(nextTier(tiers, 0.304)).toEqual({ minReduction: 0.5, rate: 0.25 });
    expect(nextTier(tiers, 0.2)).toEqual({ minReduction: 0.3, rate: 0.15 });
    expect(nextTier(tiers, 0.5)).toBeNull();
  });
});
