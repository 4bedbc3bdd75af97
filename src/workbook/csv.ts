/**
 * The year table as CSV for spreadsheets set to the user's locale: the locale's list separator
 * (`;` where the decimal mark is a comma, as Excel expects in es-CO or pt-BR), numbers with its
 * decimal mark and no grouping, RFC 4180 quoting and CRLF line ends, and a byte-order mark so
 * Excel reads the file as UTF-8.
 */
import type { YearRow } from '../model/results';
import { FORMULA_LIKE } from './formula-like';

/** Columns in the order of spec section 5; the header is the results file's key unless headers name it. */
const COLUMNS: (keyof YearRow)[] = [
  't',
  'capex',
  'benefit',
  'tax',
  'projectCashFlow',
  'cumulativeProjectCashFlow',
  'co2eTonnes',
  'interest',
  'principal',
  'prepayment',
  'outstanding',
  'guaranteeFee',
  'rebate',
  'equityCashFlow',
  'debtService',
  'dscr',
];

export interface CsvOptions {
  /** A BCP 47 locale, e.g. es-CO, pt-BR, en-US. */
  locale: string;
  /** The scenario's currency: money columns are rounded to its decimals (COP none, USD two). Without it, every digit stays. */
  currency?: string;
  /** Column headers by key, in the user's language; a key left out is written as itself. */
  headers?: Partial<Record<keyof YearRow, string>>;
}

/** The year table's amounts of money (the rest are a year, tonnes and a ratio). */
const MONEY = new Set<keyof YearRow>(COLUMNS.filter((c) => !['t', 'co2eTonnes', 'dscr'].includes(c)));

/** Decimals users write an amount with: none for COP, CLP and PYG (as the app shows them), else ISO 4217's. */
export function currencyDigits(currency: string): number {
  if (['COP', 'CLP', 'PYG'].includes(currency.toUpperCase())) return 0;
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2; // not a currency code Intl knows
  }
}

/** `v` rounded to `digits` decimals, without a negative zero. */
function roundTo(v: number, digits: number): number {
  const scale = 10 ** digits;
  const r = Math.round(v * scale) / scale;
  return r === 0 ? 0 : r;
}

/** The locale's decimal mark, as Intl formats 1.5. */
export function decimalMark(locale: string): string {
  return new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
}

/** All the digits JavaScript needs to give `n` back (its shortest round-trip form), never in exponent notation. */
export function plainDecimal(n: number): string {
  if (Object.is(n, -0)) return '0';
  const s = String(Math.abs(n));
  const sign = n < 0 ? '-' : '';
  const e = s.indexOf('e');
  if (e < 0) return sign + s;
  const mantissa = s.slice(0, e);
  const exp = Number(s.slice(e + 1));
  const digits = mantissa.replace('.', '');
  const point = (mantissa.includes('.') ? mantissa.indexOf('.') : mantissa.length) + exp;
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** One CSV line: a field is quoted when it holds the separator, a quote or a line break (RFC 4180). */
export function csvLine(fields: readonly string[], separator: string): string {
  return fields
    .map((f) => (f.includes(separator) || /["\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f))
    .join(separator);
}

/** The list separator spreadsheets expect in `locale`: `;` where the decimal mark is a comma, else `,`. */
export function listSeparator(locale: string): string {
  return decimalMark(locale) === ',' ? ';' : ',';
}

/**
 * Text a spreadsheet would run as a formula when it opens the file (`=`, `+`, `-`, `@`, tab, CR
 * first: CSV injection) gets a leading `'`, the rule the xlsx writer applies with its quote prefix.
 */
export function neutralised(text: string): string {
  return FORMULA_LIKE.test(text) ? `'${text}` : text;
}

/** A cell of tableCsv: text as it is, a number with the locale's decimal mark, null (or NaN) as an empty field. */
export type CsvCell = string | number | null;

/**
 * A table as CSV text for `locale`, starting with a byte-order mark (U+FEFF) so Excel reads
 * accents, CRLF line ends. Numbers keep all their digits and no grouping.
 */
export function tableCsv(rows: readonly (readonly CsvCell[])[], { locale }: CsvOptions): string {
  const mark = decimalMark(locale);
  const separator = listSeparator(locale);
  const cell = (v: CsvCell): string =>
    typeof v === 'string'
      ? neutralised(v)
      : v === null || !Number.isFinite(v)
        ? ''
        : plainDecimal(v).replace('.', mark);
  return `\uFEFF${rows.map((row) => csvLine(row.map(cell), separator)).join('\r\n')}\r\n`;
}

/** The year table's columns, in their order (spec section 5). */
export const YEAR_COLUMNS: readonly (keyof YearRow)[] = COLUMNS;

/** The year table as CSV text, starting with a byte-order mark (U+FEFF); nulls are empty fields. */
export function yearTableCsv(years: readonly YearRow[], options: CsvOptions): string {
  const digits = options.currency ? currencyDigits(options.currency) : null;
  const value = (row: YearRow, c: keyof YearRow): CsvCell => {
    const v = row[c];
    return digits !== null && MONEY.has(c) && typeof v === 'number' && Number.isFinite(v) ? roundTo(v, digits) : v;
  };
  const header = COLUMNS.map((c) => options.headers?.[c] ?? c);
  return tableCsv([header, ...years.map((row) => COLUMNS.map((c) => value(row, c)))], options);
}
