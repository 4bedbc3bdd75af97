/**
 * The portfolio workbook recalculated in LibreOffice: the totals of the Portfolio sheet are live
 * formulas over the rows, so LibreOffice must give back the totals of portfolio.expected.json;
 * a control file whose cached totals are all wrong must come back right (the recalculation is real).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portfolio } from '../../src/model/portfolio';
import { portfolioBook } from '../../src/workbook/portfolio-export';
import { writeXlsx, type XlsxBook } from '../../src/workbook/xlsx-writer';
import { ensureLibreOffice } from '../../scripts/find-libreoffice.mjs';
import { compareBooks } from './compare-xlsx';
import { recalculateInLibreOffice } from './libreoffice';
import { readXlsx, type StoredBook } from './read-xlsx';
import { at } from '../../src/model/checked';

const examples = fileURLToPath(new URL('../../public/examples/', import.meta.url));
const read = (name: string) => JSON.parse(readFileSync(join(examples, name), 'utf8')) as unknown;
const expected = read('portfolio.expected.json') as Portfolio;
// Each scenario's lifetime tCO2e from its own expected file, in the portfolio's (file name) order.
const files = [
  'bolivia-ep3-portfolio',
  'bolivia-poultry-slaughterhouse',
  'central-america-dairy-energy-risk',
  'colombia-dairy-verified-rebate',
  'colombia-green-credit-rebate',
  'peru-textile-guaranteed-loan',
];
const lifetimes = files.map(
  (f) => (read(`${f}.expected.json`) as { project: { lifetimeCo2eTonnes: number } }).project.lifetimeCo2eTonnes,
);

const dir = mkdtempSync(join(tmpdir(), 'cp-portfolio-xlsx-'));
let ours: StoredBook;
let theirs: StoredBook;
let stale: StoredBook;

beforeAll(() => {
  const soffice = ensureLibreOffice();
  const book = portfolioBook(expected, lifetimes);
  const wrong: XlsxBook = structuredClone(book);
  for (const row of at(wrong.sheets, 0).rows) for (const c of row) if (c?.formula !== undefined) c.value = -1;
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', 'portfolio.xlsx'), writeXlsx(book));
  writeFileSync(join(dir, 'in', 'stale.xlsx'), writeXlsx(wrong));
  ours = readXlsx(readFileSync(join(dir, 'in', 'portfolio.xlsx')));
  const outputs = recalculateInLibreOffice(
    soffice,
    [join(dir, 'in', 'portfolio.xlsx'), join(dir, 'in', 'stale.xlsx')],
    join(dir, 'out'),
  );
  theirs = readXlsx(readFileSync(at(outputs, 0, 'output')));
  stale = readXlsx(readFileSync(at(outputs, 1, 'output')));
}, 10 * 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the portfolio workbook recalculated in LibreOffice', () => {
  it('gives every total of portfolio.expected.json from its formulas', () => {
    const result = compareBooks(ours, theirs);
    expect(result.mismatches).toEqual([]);
    expect(result.errors).toEqual([]);
    // 2 currencies × (count + 8 money) + 2 stages + 3 CO2e totals.
    expect(result.formulas).toBe(23);
  });

  it('recalculates for real: cached totals all wrong come back right', () => {
    expect(compareBooks(ours, stale).mismatches).toEqual([]);
    const sheet = stale.sheets.get('Portfolio')!;
    const cop = [...sheet.values()].find((c) => c.formula === 'SUMIF($D$2:$D$7,$A$11,$H$2:$H$7)');
    expect(cop?.value).toBe(expected.byCurrency.COP?.principal);
  });
});
