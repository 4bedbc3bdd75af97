/** The separators a locale writes numbers with, read from Intl rather than a country list. */

export interface NumberSymbols {
  /** Decimal mark, e.g. ',' in es-CO. */
  decimal: string;
  /** Group (thousands) separator; space-like separators (NBSP, narrow NBSP) are reported as ' '. */
  group: string;
  /** What goes between a number and '%' when the locale writes a percentage: '' or ' '. */
  percentGap: string;
}

const SPACES = /[\s\u00a0\u202f\u2009]/gu;
const cache = new Map<string, NumberSymbols>();

/** Separators for a locale; throws RangeError for a malformed tag, like Intl. */
export function numberSymbols(locale: string): NumberSymbols {
  const hit = cache.get(locale);
  if (hit) return hit;
  const parts = new Intl.NumberFormat(locale, { useGrouping: true }).formatToParts(-1234567.5);
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const rawGroup = parts.find((p) => p.type === 'group')?.value ?? (decimal === ',' ? '.' : ',');
  const group = rawGroup.replace(SPACES, ' ').replace('\u2019', "'");
  const pct = new Intl.NumberFormat(locale, { style: 'percent' }).formatToParts(0.5);
  const before = pct[pct.findIndex((p) => p.type === 'percentSign') - 1];
  const percentGap = before?.type === 'literal' && before.value.replace(SPACES, '') === '' ? ' ' : '';
  const symbols = { decimal, group, percentGap };
  cache.set(locale, symbols);
  return symbols;
}
