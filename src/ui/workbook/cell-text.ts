/**
 * How workbook cells read on screen: numbers in the user's locale with about four significant
 * digits for small ones (a price of 0.10201, an emission factor of 0.00038) and two decimals
 * otherwise, booleans in the user's language, error codes as they are. The formula bar shows
 * the full value.
 */
import { formatNumber, formatValueForEdit } from '../../i18n/format';
import type { Translate } from '../../i18n/translate';
import { columnName } from '../grid/range';
import type { ShownValue } from '../../workbook/inspect';

function fractionDigits(v: number): number {
  if (Number.isInteger(v)) return 0;
  const a = Math.abs(v);
  return a >= 1 ? 2 : Math.min(10, 3 - Math.floor(Math.log10(a)));
}

/** What a cell shows in the grid. */
export function cellText(v: ShownValue, locale: string, t: Translate): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return t(v ? 'workbook.true' : 'workbook.false');
  if (typeof v === 'number') return formatNumber(v, locale, { maximumFractionDigits: fractionDigits(v) });
  return v;
}

/** The value at full precision, grouped for reading, for the formula bar. */
export function fullText(v: ShownValue, locale: string, t: Translate): string {
  if (typeof v !== 'number') return cellText(v, locale, t);
  return formatNumber(v, locale, { maximumFractionDigits: Number.isInteger(v) ? 0 : Math.abs(v) >= 1 ? 6 : 12 });
}

/** The value as text a spreadsheet in the same locale reads back (copying cells). */
export function copyText(v: ShownValue, locale: string): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return typeof v === 'number' ? formatValueForEdit(v, locale) : v;
}

/** `CashFlow!C5` or `Prices!B2:E2`: an address as a spreadsheet user reads it (no `$`). */
export function addressText(sheet: string, row: number, col: number, end?: { row: number; col: number }): string {
  const cell = (r: number, c: number) => `${columnName(c)}${r + 1}`;
  const quoted = /^[A-Za-z_]\w*$/.test(sheet) ? sheet : `'${sheet.replaceAll("'", "''")}'`;
  return `${quoted}!${cell(row, col)}${end && (end.row !== row || end.col !== col) ? `:${cell(end.row, end.col)}` : ''}`;
}

/**
 * Column widths in characters, from the longest text a column holds (estimated for numbers, so
 * a 22,000-cell sheet is measured in a millisecond), between 5 and 36. Fixed per sheet, so that
 * scrolling through a windowed sheet never makes columns jump.
 */
export function columnWidths(values: readonly (readonly ShownValue[])[], count: number): number[] {
  const widths = Array.from({ length: count }, () => 5);
  for (const row of values) {
    row.forEach((v, c) => {
      const len = typeof v === 'number' ? numberLength(v) : typeof v === 'string' ? v.length : v === null ? 0 : 5;
      const width = widths[c];
      // A row longer than `count` columns: its extra cells have no column to widen.
      if (width !== undefined && len + 2 > width) widths[c] = Math.min(36, len + 2);
    });
  }
  return widths;
}

function numberLength(v: number): number {
  const digits = Math.max(1, Math.floor(Math.log10(Math.abs(v) || 1)) + 1);
  return digits + Math.floor((digits - 1) / 3) + (v < 0 ? 1 : 0) + (Number.isInteger(v) ? 0 : Math.abs(v) >= 1 ? 3 : 7);
}
