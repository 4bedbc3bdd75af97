import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../model/parse';
import { SAMPLE_NAMES } from '../model/samples';
import { CATEGORIES, RESOURCE_KINDS } from '../model/schema';
import { ScenarioWorkbook } from './scenario-workbook';
import { isWorkbookLabel, labelIn, WORKBOOK_LABELS } from './label-text';
import { isFormula } from './sheet';
import { xlsxBook } from './xlsx';

function sampleFile(name: string): Record<string, unknown> {
  return JSON.parse(
    readFileSync(fileURLToPath(new URL(`../../public/examples/${name}.json`, import.meta.url)), 'utf8'),
  ) as Record<string, unknown>;
}

function workbookOf(name: string): ScenarioWorkbook {
  const parsed = parseScenario(sampleFile(name));
  if (!parsed.ok) throw new Error(parsed.issues[0]?.message);
  const created = ScenarioWorkbook.create(parsed.value);
  if (!created.ok) throw new Error('no workbook');
  return created.workbook;
}

/** Text of the file itself (names, units, ids, codes, periods): never a label. */
function userTexts(file: Record<string, unknown>): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.add(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(file);
  return out;
}

// Values formulas compare against, and words that are the same in every language.
const NOT_LABELS = new Set<string>([
  ...CATEGORIES,
  ...RESOURCE_KINDS,
  'annuity',
  'linear',
  'co2e',
  'principal',
  'capex',
  'prepayment',
  'cash',
  'intensity',
  'regression',
  'tCO2e',
  'loan-above-capex',
  'loan-above-max',
  'coverage-above-max',
  'dscr-below-min',
]);

describe.each(SAMPLE_NAMES)('the workbook of %s', (name) => {
  it('has every label of its sheets in the table (es and pt)', () => {
    const wb = workbookOf(name);
    const user = userTexts(sampleFile(name));
    const unknown = new Set<string>();
    for (const sheet of wb.data.sheets)
      for (const row of sheet.cells)
        for (const cell of row) {
          if (typeof cell !== 'string' || isFormula(cell) || cell.startsWith("'")) continue;
          if (user.has(cell) || NOT_LABELS.has(cell)) continue;
          if (!isWorkbookLabel(cell)) unknown.add(cell);
        }
    wb.destroy();
    expect([...unknown]).toEqual([]);
  });

  it('exports in Spanish with the same sheets, names, formulas and numbers', () => {
    const wb = workbookOf(name);
    const en = xlsxBook(wb, 'en');
    const es = xlsxBook(wb, 'es');
    wb.destroy();
    expect(es.sheets.map((s) => s.name)).toEqual(en.sheets.map((s) => s.name));
    expect(es.names).toEqual(en.names);
    let changed = 0;
    en.sheets.forEach((sheet, i) =>
      sheet.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          const other = es.sheets[i]?.rows[r]?.[c];
          if (!cell || typeof cell.value !== 'string' || cell.formula !== undefined) expect(other).toEqual(cell);
          else if (other?.value !== cell.value) changed++;
        }),
      ),
    );
    expect(changed).toBeGreaterThan(20);
  });
});

describe('labelIn', () => {
  it('translates the table, the patterns, and leaves the rest', () => {
    expect(labelIn('es', 'Opening balance')).toBe('Saldo inicial');
    expect(labelIn('pt', 'Opening balance')).toBe('Saldo inicial');
    expect(labelIn('pt', 'NPV')).toBe('VPL');
    expect(labelIn('es', 'Saved natgas per year')).toBe('Ahorro de natgas por año');
    expect(labelIn('pt', 'maximum loan in USD')).toBe('empréstimo máximo em USD');
    expect(labelIn('es', 'annuity')).toBe('annuity'); // a value formulas compare with
    expect(labelIn('es', 'Grid electricity')).toBe('Grid electricity'); // the user's text
    expect(labelIn('en', 'Opening balance')).toBe('Opening balance');
  });

  it('gives every label a translation in both languages', () => {
    for (const label of WORKBOOK_LABELS) {
      expect(labelIn('es', label).length).toBeGreaterThan(0);
      expect(labelIn('pt', label).length).toBeGreaterThan(0);
    }
    expect(new Set(WORKBOOK_LABELS).size).toBe(WORKBOOK_LABELS.length);
  });
});
