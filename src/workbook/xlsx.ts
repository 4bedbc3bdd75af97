/**
 * The Excel export: the whole scenario workbook as an .xlsx file, every figure a live formula with
 * the value the app computed cached beside it, the inputs as values, and the workbook's defined
 * names, so an analyst can audit and change the model in Excel or LibreOffice.
 */
import { DetailedCellError, type CellValue as HfValue } from 'hyperformula';
import type { WorkbookLayout } from './build';
import type { ScenarioWorkbook } from './scenario-workbook';
import { CASH_LINES, FLOW_LINES } from './flow-sheets';
import { SHEETS } from './inputs-sheets';
import { labelIn, type LabelLanguage } from './label-text';
import { LOAN_LINES } from './loan-sheet';
import { isFormula, type CellAddress } from './sheet';
import { currencyDigits } from './csv';
import { fileFormula } from './xlsx-formula';
import {
  writeXlsx,
  type XlsxBook,
  type XlsxCell,
  type XlsxFormat,
  type XlsxSheet,
  type XlsxValue,
} from './xlsx-writer';
import { group } from '../model/checked';

/** Number fields shown as percentages (fractions in the file: 0.12 shows as 12.00 %). */
const PERCENT_FIELDS = new Set([
  'discountRate',
  'taxRate',
  'escalation',
  'annualRate',
  'upfrontFeeRate',
  'coverage',
  'annualFeeRate',
  'annualDefaultProbability',
  'lossGivenDefault',
  'maxGuaranteeCoverage',
  'savingsHaircut',
]);
/** Number fields in the scenario's currency. */
const MONEY_FIELDS = new Set([
  'capex',
  'annualOpexChange',
  'otherAnnualBenefit',
  'principal',
  'baselineCashFlow',
  'maxLoan',
]);

type YearLine = (typeof FLOW_LINES)[number] | (typeof CASH_LINES)[number] | (typeof LOAN_LINES)[number];
/** The year sheets' working rows, read by the payback formulas, not by a user. */
const HELPER_LINES = new Set<string>([
  'Rounding tolerance',
  'Last year below zero',
  'Last discounted year below zero',
] satisfies YearLine[]);

/** The lines that are not amounts: the year, the on/off flag, tonnes and the coverage ratio. */
const NOT_MONEY = new Set<YearLine>(['Year', 'Active', 'tCO2e', 'DSCR']);
/** Every other line of the year sheets is an amount in the scenario's currency. */
const MONEY_LINES = [...new Set<YearLine>([...FLOW_LINES, ...CASH_LINES, ...LOAN_LINES])].filter(
  (l) => !NOT_MONEY.has(l) && !HELPER_LINES.has(l),
);

/** Formats of the year sheets' lines; years, flags, tonnes and helper rows keep the general format. */
const LINE_FORMATS = new Map<YearLine, XlsxFormat>([
  ...MONEY_LINES.map((l): [YearLine, XlsxFormat] => [l, 'money']),
  ['DSCR', 'ratio'],
]);

/** Where each year sheet keeps its line labels and its first year column. */
const YEAR_SHEETS: Record<string, { label: number; col0: number }> = {
  [SHEETS.flows]: { label: 1, col0: 3 },
  [SHEETS.cashFlow]: { label: 0, col0: 1 },
  [SHEETS.loan]: { label: 0, col0: 1 },
};

/** Rows (besides each sheet's first) that head a section, by the text in their first cell. */
const HEADINGS = new Set([
  'Credit terms',
  'Variable',
  'Reduction shares (enabled measures)',
  'Financing (equity view)',
  'Eligibility issue',
  'Rebate tiers: minimum reduction',
  'Year',
]);

const FREEZE: Record<string, XlsxSheet['freeze']> = {
  [SHEETS.resources]: { rows: 1, cols: 1 },
  [SHEETS.prices]: { rows: 1, cols: 1 },
  [SHEETS.measures]: { rows: 1, cols: 2 },
  [SHEETS.flows]: { rows: 1, cols: 3 },
  [SHEETS.cashFlow]: { rows: 1, cols: 1 },
  // The Loan sheet starts with its terms: only the line labels stay in view.
  [SHEETS.loan]: { rows: 0, cols: 1 },
};

const key = (a: CellAddress) => `${a.sheet}!${a.row},${a.col}`;

/** Formats of the cells the layout knows: rates and IRRs as percentages, amounts with thousands, years and ratios with two decimals. */
function layoutFormats(
  layout: WorkbookLayout,
  names: { name: string; ref: string }[],
  data: ScenarioWorkbook['data'],
): Map<string, XlsxFormat> {
  const out = new Map<string, XlsxFormat>();
  for (const { path, addr } of layout.fields.values()) {
    const last = String(path[path.length - 1]);
    if (PERCENT_FIELDS.has(last)) out.set(key(addr), 'percent');
    else if (MONEY_FIELDS.has(last)) out.set(key(addr), 'money');
  }
  // Rates left at their defaults are not fields of the file, but they are names.
  for (const n of names) {
    const m = /^(\w+)!\$([A-Z]+)\$(\d+)$/.exec(n.ref);
    if (m && (n.name === 'DiscountRate' || n.name === 'TaxRate'))
      out.set(`${m[1]}!${Number(m[3]) - 1},${colIndex(group(m, 2))}`, 'percent');
  }
  const P = layout.project;
  const F = layout.financing;
  const percent = [
    P.irr,
    P.irrGuess,
    ...layout.measures.flatMap((m) => [m.irr, m.irrGuess]),
    ...layout.shares.map((s) => s.addr),
  ];
  const money = [P.npv, P.totalCapex, P.firstYearBenefit, ...layout.measures.flatMap((m) => [m.npv, m.mac])];
  const ratio = [
    P.simplePayback,
    P.discountedPayback,
    P.pi,
    ...layout.measures.flatMap((m) => [m.simplePayback, m.discountedPayback, m.pi]),
  ];
  if (F) {
    percent.push(F.equityIrr, F.equityIrrGuess);
    money.push(F.equityNpv, F.totalInterest, F.rebate, F.expectedLoss, F.lenderExpectedLoss, F.guarantorExpectedLoss);
    ratio.push(F.equityPayback, F.minDscr, F.meanDscr);
  }
  for (const a of percent) out.set(key(a), 'percent');
  for (const a of money) out.set(key(a), 'money');
  for (const a of ratio) out.set(key(a), 'ratio');
  for (const sh of data.sheets) {
    const y = YEAR_SHEETS[sh.name];
    if (!y) continue;
    sh.cells.forEach((row, r) => {
      const label = row[y.label];
      const format = typeof label === 'string' ? LINE_FORMATS.get(label as YearLine) : undefined;
      if (!format) return;
      for (let c = y.col0; c < row.length; c++) out.set(`${sh.name}!${r},${c}`, format);
    });
  }
  return out;
}

function colIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** A value HyperFormula computed, as the file caches it. */
function cached(v: HfValue): XlsxValue {
  if (v instanceof DetailedCellError) return { error: v.value };
  return v;
}

/** The amounts' format for a currency: its decimals as users write them (csv.ts: COP none, USD two). */
export function moneyFormat(currency: string): XlsxFormat {
  const digits = currencyDigits(currency);
  return digits === 0 ? 'money0' : digits === 3 ? 'money3' : 'money';
}

const DECIMALS: Partial<Record<XlsxFormat, number>> = { money: 2, money0: 0, money3: 3, ratio: 2, percent: 2 };

/** How many characters a cell shows in its format (grouping marks included), for the column widths. */
export function shownLength(value: XlsxValue, format: XlsxFormat | undefined): number {
  if (value === null) return 0;
  if (typeof value === 'string') return value.length;
  if (typeof value === 'boolean') return 5;
  if (typeof value === 'object') return value.error.length;
  const decimals = format ? DECIMALS[format] : undefined;
  // General format: at most 11 characters (a spreadsheet rounds or switches to exponent notation).
  if (decimals === undefined) return Math.min(String(value).length, 11);
  const fixed = Math.abs(format === 'percent' ? value * 100 : value).toFixed(decimals);
  const integer = (fixed.split('.')[0] ?? '').length;
  const groups = format === 'ratio' || format === 'percent' ? 0 : Math.floor((integer - 1) / 3);
  return (value < 0 ? 1 : 0) + fixed.length + groups + (format === 'percent' ? 2 : 0);
}

/** Column widths in characters: the longest cell as shown (COP amounts never show ###), within 8..50. */
function widths(rows: (XlsxCell | null | undefined)[][]): number[] {
  const w: number[] = [];
  for (const row of rows) {
    row.forEach((cell, c) => {
      if (!cell || cell.value === null) return;
      // A formula's text is its result; a bold heading is a little wider than its characters.
      const len = shownLength(cell.value, cell.format) * (cell.format === 'header' ? 1.1 : 1) + 2;
      w[c] = Math.min(50, Math.max(w[c] ?? 8, len));
    });
  }
  return Array.from(w, (x) => (x === undefined ? 8 : Math.ceil(x)));
}

/** The scenario's currency, from the Inputs sheet's Currency row. */
function currencyOf(data: ScenarioWorkbook['data']): string {
  const inputs = data.sheets.find((sh) => sh.name === SHEETS.inputs);
  const row = inputs?.cells.find((r) => r[0] === 'Currency');
  const code = typeof row?.[1] === 'string' ? row[1].replace(/^'/, '') : '';
  return /^[A-Z]{3}$/.test(code) ? code : 'USD';
}

/**
 * The working rows of a year sheet (rounding tolerance, last year below zero: what the payback
 * formulas read), grouped and collapsed: they come last in each sheet (FLOW_LINES, CASH_LINES,
 * LOAN_LINES), so everything from the first of them down is grouped.
 */
function helperRows(sheet: ScenarioWorkbook['data']['sheets'][number]): Set<number> {
  const out = new Set<number>();
  if (!YEAR_SHEETS[sheet.name]) return out;
  const first = sheet.cells.findIndex((r) => typeof r[0] === 'string' && HELPER_LINES.has(r[0]));
  if (first >= 0) for (let r = first; r < sheet.cells.length; r++) out.add(r);
  return out;
}

/**
 * The workbook as the writer takes it: cells, cached values, formats, names. Labels are written
 * in `language` (label-text.ts); sheet names, defined names, formulas and the user's text are not.
 */
export function xlsxBook(wb: ScenarioWorkbook, language: LabelLanguage = 'en'): XlsxBook {
  const { data, layout } = wb;
  const formats = layoutFormats(layout, data.names, data);
  const money = moneyFormat(currencyOf(data));
  const sheets = data.sheets.map((sh): XlsxSheet => {
    const rows = sh.cells.map((line, r) =>
      line.map((cell, c): XlsxCell | null => {
        const addr = { sheet: sh.name, row: r, col: c };
        const heading = r === 0 || (typeof line[0] === 'string' && HEADINGS.has(line[0]));
        const found = heading ? 'header' : formats.get(key(addr));
        const format = found === 'money' ? money : found;
        if (isFormula(cell)) return { value: cached(wb.value(addr)), formula: fileFormula(cell.f), format };
        // User text is marked with a leading ' (see text() in inputs-sheets.ts); the file marks it by a quote prefix instead.
        if (typeof cell === 'string')
          return { value: cell.startsWith("'") ? cell.slice(1) : labelIn(language, cell), format };
        // Other values come from the engine: the app writes the IRR search starts there after building.
        const v = cached(wb.value(addr));
        return v === null ? null : { value: v, format };
      }),
    );
    return { name: sh.name, rows, widths: widths(rows), freeze: FREEZE[sh.name], grouped: helperRows(sh) };
  });
  return { sheets, names: data.names.map((n) => ({ name: n.name, ref: n.ref })) };
}

/** The .xlsx file of an open scenario workbook (see openWorkbook in evaluate.ts), its labels in `language`. */
export function workbookXlsx(wb: ScenarioWorkbook, language: LabelLanguage = 'en'): Uint8Array {
  return writeXlsx(xlsxBook(wb, language));
}
