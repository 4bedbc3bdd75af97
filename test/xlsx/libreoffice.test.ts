/**
 * The Excel export, recalculated by another spreadsheet: every sample scenario is exported,
 * LibreOffice (headless, forced to recalculate on load) opens and saves each file, and every
 * formula cell must come back with the value the app computed. Two control files show the check
 * has teeth: one with every cached value wrong (LibreOffice must recompute them all) and one with
 * a changed formula (the comparison must flag it). Needs LibreOffice: installed when missing
 * (as root on Debian), otherwise the test fails saying so.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/model/parse';
import { openWorkbook } from '../../src/workbook/evaluate';
import { sampleIn } from '../../src/i18n/sample-text';
import type { LabelLanguage } from '../../src/workbook/label-text';
import { xlsxBook } from '../../src/workbook/xlsx';
import { writeXlsx, type XlsxBook } from '../../src/workbook/xlsx-writer';
import { ensureLibreOffice } from '../../scripts/find-libreoffice.mjs';
import { compareBooks } from './compare-xlsx';
import { recalculateInLibreOffice } from './libreoffice';
import { readXlsx, type StoredBook } from './read-xlsx';
import { awkwardScenario } from './scenarios';
import { amountDigits, columnOf, columnWidths, formatCodes, sheetXml, shownAmount } from './xlsx-layout';
import { at } from '../../src/model/checked';

const root = fileURLToPath(new URL('../..', import.meta.url));
const EXAMPLES = [
  'bolivia-ep3-portfolio',
  'bolivia-poultry-slaughterhouse',
  'central-america-dairy-energy-risk',
  'colombia-green-credit-rebate',
  'peru-textile-guaranteed-loan',
  'colombia-dairy-verified-rebate',
];

/** The exported book of a scenario, and where its project NPV sits. */
function exported(
  json: unknown,
  language: LabelLanguage = 'en',
): { book: XlsxBook; npv: { sheet: string; row: number; col: number } } {
  const parsed = parseScenario(json);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const opened = openWorkbook(parsed.value);
  if (!opened.ok) throw new Error(JSON.stringify(opened.issues));
  try {
    return { book: xlsxBook(opened.workbook, language), npv: opened.workbook.layout.project.npv };
  } finally {
    opened.workbook.destroy();
  }
}

/** A copy of a book with `change` applied to every formula cell. */
function withFormulaCells(
  book: XlsxBook,
  change: (cell: { value: unknown; formula?: string }, sheet: string, row: number, col: number) => void,
): XlsxBook {
  const copy = structuredClone(book);
  for (const sh of copy.sheets)
    sh.rows.forEach((cells, r) => cells.forEach((c, k) => c?.formula !== undefined && change(c, sh.name, r, k)));
  return copy;
}

const dir = mkdtempSync(join(tmpdir(), 'cp-xlsx-'));
const ours = new Map<string, StoredBook>();
const theirs = new Map<string, StoredBook>();

beforeAll(() => {
  const soffice = ensureLibreOffice();
  const files: Record<string, Uint8Array> = {};
  for (const name of EXAMPLES)
    files[name] = writeXlsx(
      exported(JSON.parse(readFileSync(join(root, 'public/examples', `${name}.json`), 'utf8'))).book,
    );
  files['awkward-names'] = writeXlsx(exported(awkwardScenario()).book);
  // Issue 16: a sample seeded in Spanish / Portuguese, exported with its labels in that language.
  for (const language of ['es', 'pt'] as const) {
    const name = 'colombia-dairy-verified-rebate';
    const file = JSON.parse(readFileSync(join(root, 'public/examples', `${name}.json`), 'utf8')) as unknown;
    files[`${name}-${language}`] = writeXlsx(exported(sampleIn(name, file, language), language).book);
  }
  // The verified sample by regression: SLOPE, RSQ, STEYX and DEVSQ recalculated too.
  const verified = JSON.parse(
    readFileSync(join(root, 'public/examples/colombia-dairy-verified-rebate.json'), 'utf8'),
  ) as { verification: { method: string } };
  verified.verification.method = 'regression';
  files['verified-regression'] = writeXlsx(exported(verified).book);
  // Controls, from the poultry scenario: every cached value wrong; and the NPV formula changed.
  const { book, npv } = exported(
    JSON.parse(readFileSync(join(root, 'public/examples/bolivia-poultry-slaughterhouse.json'), 'utf8')),
  );
  files['control-stale-cache'] = writeXlsx(withFormulaCells(book, (c) => (c.value = -12345.678)));
  files['control-changed-formula'] = writeXlsx(
    withFormulaCells(book, (c, sheet, row, col) => {
      if (sheet === npv.sheet && row === npv.row && col === npv.col) c.formula += '+1';
    }),
  );
  mkdirSync(join(dir, 'in'));
  const inputs = Object.entries(files).map(([name, bytes]) => {
    ours.set(name, readXlsx(bytes));
    const path = join(dir, 'in', `${name}.xlsx`);
    writeFileSync(path, bytes);
    return path;
  });
  // Its time is a benchmark (`npm run bench`, bench/libreoffice-bench.ts), not an assertion.
  const outputs = recalculateInLibreOffice(soffice, inputs, join(dir, 'out'));
  Object.keys(files).forEach((name, i) => theirs.set(name, readXlsx(readFileSync(at(outputs, i, 'output')))));
}, 20 * 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the Excel export recalculated in LibreOffice', () => {
  it.each([
    ...EXAMPLES,
    'awkward-names',
    'verified-regression',
    'colombia-dairy-verified-rebate-es',
    'colombia-dairy-verified-rebate-pt',
  ])('%s: every formula gives the app value, every input survives', (name) => {
    const result = compareBooks(ours.get(name)!, theirs.get(name)!);
    expect(result.mismatches).toEqual([]);
    expect(result.errors).toEqual([]);
    expect(result.formulas).toBeGreaterThan(100);
  });

  it.each(['colombia-dairy-verified-rebate', 'verified-regression'])(
    '%s: the Verification sheet is recalculated, its names kept',
    (name) => {
      const sheet = theirs.get(name)!.sheets.get('Verification');
      expect(sheet).toBeDefined();
      expect([...sheet!.values()].filter((c) => c.formula !== undefined).length).toBeGreaterThan(40);
      expect([...theirs.get(name)!.names.keys()]).toEqual(
        expect.arrayContaining(['VerifiedReduction', 'VerifiedRebate']),
      );
    },
  );

  it.each(['es', 'pt'])(
    'in %s: the same figures as in English, labels translated, sheet and defined names kept',
    (language) => {
      const en = ours.get('colombia-dairy-verified-rebate')!;
      const other = theirs.get(`colombia-dairy-verified-rebate-${language}`)!;
      expect([...other.sheets.keys()]).toEqual([...en.sheets.keys()]);
      expect([...other.names.keys()].sort()).toEqual([...en.names.keys()].sort());
      let numbers = 0;
      let translated = 0;
      for (const [sheet, cells] of en.sheets)
        for (const [at, cell] of cells) {
          const theirsCell = other.sheets.get(sheet)?.get(at);
          if (typeof cell.value === 'number') {
            numbers++;
            expect(typeof theirsCell?.value, `${sheet}!${at}`).toBe('number');
            const diff = Math.abs((theirsCell?.value as number) - cell.value);
            expect(diff, `${sheet}!${at}`).toBeLessThanOrEqual(1e-6 + 1e-9 * Math.abs(cell.value));
          } else if (typeof cell.value === 'string' && cell.formula === undefined && theirsCell?.value !== cell.value)
            translated++;
        }
      expect(numbers).toBeGreaterThan(500);
      expect(translated).toBeGreaterThan(100);
      expect(other.sheets.get('Summary')?.get('A2')?.value).toBe(language === 'es' ? 'VAN' : 'VPL');
    },
  );

  it('recalculates for real: a file whose cached values are all wrong comes back right', () => {
    const stale = ours.get('control-stale-cache')!;
    // The stale file itself disagrees with the app everywhere ...
    expect(compareBooks(ours.get('bolivia-poultry-slaughterhouse')!, stale).mismatches.length).toBeGreaterThan(100);
    // ... and LibreOffice's result of it agrees everywhere.
    expect(
      compareBooks(ours.get('bolivia-poultry-slaughterhouse')!, theirs.get('control-stale-cache')!).mismatches,
    ).toEqual([]);
  });

  it('flags a changed formula: the project NPV cell and what depends on it', () => {
    const { mismatches } = compareBooks(
      ours.get('bolivia-poultry-slaughterhouse')!,
      theirs.get('control-changed-formula')!,
    );
    expect(mismatches.some((m) => m.startsWith('Summary!B2: '))).toBe(true);
    expect(mismatches.length).toBeLessThan(5);
  });

  it.each(['colombia-green-credit-rebate', 'peru-textile-guaranteed-loan'])(
    '%s: reopened, amounts keep the currency decimals, fit their columns, and the working rows stay grouped',
    (name) => {
      const book = theirs.get(name)!;
      const codes = formatCodes(book);
      const digits = name.startsWith('colombia') ? 0 : 2; // COP, USD
      expect(amountDigits(codes[book.sheets.get('Summary')!.get('B2')!.style])).toBe(digits); // ProjectNPV
      let checked = 0;
      for (const sheet of ['Summary', 'CashFlow', 'Loan']) {
        const widths = columnWidths(sheetXml(book, sheet));
        for (const [ref, cell] of book.sheets.get(sheet)!) {
          const d = amountDigits(codes[cell.style]);
          if (typeof cell.value !== 'number' || d === null) continue;
          expect(d, `${sheet}!${ref}`).toBe(digits);
          expect(widths.get(columnOf(ref)), `${sheet}!${ref}`).toBeGreaterThan(shownAmount(cell.value, d).length);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(50);
      const cash = sheetXml(book, 'CashFlow');
      const tolerance = [...book.sheets.get('CashFlow')!].find(([, c]) => c.value === 'Rounding tolerance')![0];
      expect(new RegExp(`<row r="${tolerance.slice(1)}"[^>]*hidden="(true|1)"`).test(cash)).toBe(true);
      expect(new RegExp(`<row r="${tolerance.slice(1)}"[^>]*outlineLevel="1"`).test(cash)).toBe(true);
    },
  );
});
