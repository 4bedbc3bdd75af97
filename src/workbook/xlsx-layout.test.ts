/**
 * What a user sees on opening the Excel export (issue 15 item 10): columns wide enough for every
 * amount as shown (no ###), amounts with the currency's decimals (COP none, USD two), and the
 * working rows of the year sheets grouped and collapsed below the figures.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readXlsx, type StoredBook } from '../../test/xlsx/read-xlsx';
import { amountDigits, columnOf, columnWidths, formatCodes, sheetXml, shownAmount } from '../../test/xlsx/xlsx-layout';
import { parseScenario } from '../model/parse';
import { evaluateValid } from './evaluate';
import { moneyFormat, shownLength, workbookXlsx } from './xlsx';

function exported(name: string): StoredBook {
  const file = fileURLToPath(new URL(`../../public/examples/${name}.json`, import.meta.url));
  const parsed = parseScenario(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const out = evaluateValid(parsed.value);
  if (!out.ok) throw new Error(JSON.stringify(out.issues));
  try {
    return readXlsx(workbookXlsx(out.workbook));
  } finally {
    out.workbook.destroy();
  }
}

describe('amounts in the currency of the scenario', () => {
  it('COP amounts have no decimals, USD amounts two', () => {
    const cop = exported('colombia-green-credit-rebate');
    const copCodes = formatCodes(cop);
    const npv = cop.sheets.get('Summary')!.get('B2')!;
    expect(copCodes[npv.style]).toBe('#,##0');
    expect(copCodes[cop.sheets.get('CashFlow')!.get('C5')!.style]).toBe('#,##0'); // year 1 project cash flow
    expect(copCodes[cop.sheets.get('Loan')!.get('B2')!.style]).toBe('#,##0'); // principal, an input
    const usd = exported('bolivia-poultry-slaughterhouse');
    expect(formatCodes(usd)[usd.sheets.get('Summary')!.get('B2')!.style]).toBe('#,##0.00');
  });

  it('picks the format from the currency: none for COP, CLP, PYG; three for KWD; two otherwise', () => {
    expect(['COP', 'CLP', 'PYG', 'KWD', 'USD', 'PEN', 'BOB', 'BRL'].map(moneyFormat)).toEqual([
      'money0',
      'money0',
      'money0',
      'money3',
      'money',
      'money',
      'money',
      'money',
    ]);
  });

  it('counts the characters a format shows', () => {
    expect(shownLength(-1_500_000_000, 'money0')).toBe('-1,500,000,000'.length);
    expect(shownLength(156771551.99999997, 'money')).toBe('156,771,552.00'.length);
    expect(shownLength(0.1234, 'percent')).toBe('12.34 %'.length);
    expect(shownLength(1.5642302514590334, 'ratio')).toBe('1.56'.length);
    expect(shownLength('Project cash flow', undefined)).toBe(17);
  });
});

describe('columns sized to their content', () => {
  it.each(['colombia-green-credit-rebate', 'colombia-dairy-verified-rebate', 'peru-textile-guaranteed-loan'])(
    '%s: every amount fits its column as shown (no ###)',
    (name) => {
      const book = exported(name);
      const codes = formatCodes(book);
      let checked = 0;
      for (const sheet of book.sheets.keys()) {
        const widths = columnWidths(sheetXml(book, sheet));
        for (const [ref, cell] of book.sheets.get(sheet)!) {
          if (typeof cell.value !== 'number') continue;
          const digits = amountDigits(codes[cell.style]);
          if (digits === null) continue;
          expect(widths.get(columnOf(ref)), `${sheet}!${ref}`).toBeGreaterThan(shownAmount(cell.value, digits).length);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(100);
    },
  );
});

describe('working rows grouped below the figures', () => {
  const HELPERS = ['Rounding tolerance', 'Last year below zero', 'Last discounted year below zero'];

  it.each(['CashFlow', 'Loan', 'MeasureFlows'])('%s: the helper rows come last, grouped and collapsed', (name) => {
    const book = exported('colombia-green-credit-rebate');
    const cells = book.sheets.get(name)!;
    const labelRows = [...cells].filter(([ref, c]) => /^A\d+$/.test(ref) && typeof c.value === 'string');
    const rowOf = (label: string) => Number(labelRows.find(([, c]) => c.value === label)![0].slice(1));
    const firstHelper = Math.min(...HELPERS.map(rowOf));
    // Nothing a user reads below the first helper row (in MeasureFlows, the measures' rows of each helper line).
    const ids = [...book.sheets.get('Measures')!].filter(([ref]) => /^A\d+$/.test(ref) && ref !== 'A1');
    const allowed = [...HELPERS, ...ids.map(([, c]) => c.value)];
    for (const [ref, c] of labelRows) if (Number(ref.slice(1)) > firstHelper) expect(allowed).toContain(c.value);
    const xml = sheetXml(book, name);
    const attrs = (r: number) => new RegExp(`<row r="${r}"([^>]*)>`).exec(xml)?.[1] ?? '';
    const last = Math.max(...[...cells.keys()].map((ref) => Number(/\d+$/.exec(ref)![0])));
    for (let r = firstHelper; r <= last; r++) expect(attrs(r), `row ${r}`).toBe(' outlineLevel="1" hidden="1"');
    expect(attrs(firstHelper - 1)).toBe('');
    expect(xml).toContain('outlineLevelRow="1"');
  });
});
