/**
 * Showing numbers in the user's number locale with Intl. Anything that is not a finite number
 * (null, undefined, NaN, a missing result) shows as an em dash, never "NaN" or "0".
 */
import { decimalFromNumber, decimalToText, shiftDecimal } from './decimal';
import { languageOf, type UiLanguage } from './locale';
import { translate } from './translate';
import { numberSymbols } from './symbols';
import { formatMoneyCompact } from './compact';
import { numberFormat } from './number-format';

export const MISSING = '—';

/** Currencies whose everyday amounts have no minor unit shown, whatever Intl's data says. */
const CURRENCY_DIGITS: Readonly<Record<string, number>> = {
  COP: 0,
  CLP: 0,
  PYG: 0,
  USD: 2,
  EUR: 2,
  PEN: 2,
  MXN: 2,
  BRL: 2,
};

function isShowable(value: number | null | undefined): value is number {
  return typeof value === 'number' && !Number.isNaN(value);
}

export interface NumberFormatOptions {
  minimumFractionDigits?: number;
  maximumFractionDigits?: number;
}

/** A plain number with grouping, e.g. 1.234,5 in es-CO (at most 3 decimals unless told). */
export function formatNumber(value: number | null | undefined, locale: string, opts: NumberFormatOptions = {}): string {
  return isShowable(value) ? numberFormat(locale, { ...opts }).format(value) : MISSING;
}

/**
 * An amount of money. COP, CLP and PYG show no decimals and USD, EUR, PEN, MXN, BRL two;
 * other currencies follow Intl. `compact` gives short forms for charts and cards ($1.2M).
 */
export function formatMoney(
  value: number | null | undefined,
  currency: string,
  locale: string,
  opts: { compact?: boolean } = {},
): string {
  if (!isShowable(value)) return MISSING;
  // Compact rounding (2 significant digits) is about the scaled figure: no minor unit applies.
  if (opts.compact) return formatMoneyCompact(value, currency, locale);
  const digits = CURRENCY_DIGITS[currency.toUpperCase()];
  const options: Intl.NumberFormatOptions = { style: 'currency', currency };
  if (digits !== undefined) {
    options.minimumFractionDigits = digits;
    options.maximumFractionDigits = digits;
  }
  return numberFormat(locale, options).format(value);
}

/**
 * An amount without the currency's symbol, for tables whose heading names the currency: the
 * currency's decimals as formatMoney shows them (COP none, USD two), with grouping.
 */
export function formatAmount(value: number | null | undefined, currency: string, locale: string): string {
  if (!isShowable(value)) return MISSING;
  const digits =
    CURRENCY_DIGITS[currency.toUpperCase()] ??
    numberFormat(locale, { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
    2;
  return numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** A fraction as a percentage: 0.125 -> "12,5 %" in es-ES, "12,5%" in es-CO (Intl's spacing). */
export function formatPercent(
  value: number | null | undefined,
  locale: string,
  opts: NumberFormatOptions = {},
): string {
  if (!isShowable(value)) return MISSING;
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 2, ...opts }).format(value);
}

/**
 * A duration in years, e.g. "3,5 años". The number follows `locale`; the word follows
 * `language` (default: the locale's own), since the two may differ.
 */
export function formatYears(
  value: number | null | undefined,
  locale: string,
  opts: { language?: UiLanguage; maximumFractionDigits?: number } = {},
): string {
  if (!isShowable(value)) return MISSING;
  const language = opts.language ?? languageOf(locale);
  const digits = opts.maximumFractionDigits ?? 1;
  const n = numberFormat(locale, { maximumFractionDigits: digits }).format(value);
  // The plural follows the number as shown (1.0026 shows as "1": one year), and categories
  // other than 'one' ('many' for millions in es/pt) take the plural form.
  const one = new Intl.PluralRules(language, { maximumFractionDigits: digits }).select(value) === 'one';
  return translate(language, one ? 'unit.years.one' : 'unit.years.other', { n });
}

/**
 * The text a cell shows when editing starts: full precision (what the number really is),
 * the locale's decimal mark, no grouping, percent fields as a percentage with `%`.
 * Not-a-number gives '' rather than '—', so the editor opens empty. parseNumberInput reads
 * it back to the same number.
 */
export function formatValueForEdit(
  value: number | null | undefined,
  locale: string,
  opts: { percent?: boolean } = {},
): string {
  if (!isShowable(value) || !Number.isFinite(value)) return '';
  const s = numberSymbols(locale);
  const d = decimalFromNumber(value === 0 ? 0 : value);
  if (!opts.percent) return decimalToText(d, s.decimal);
  return `${decimalToText(shiftDecimal(d, 2), s.decimal)}${s.percentGap}%`;
}

/** A date and time in the user's language, e.g. "22 nov 2026, 14:05". */
export function formatDateTime(iso: string | number, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
