import { numberFormat } from './number-format';

/**
 * Short amounts for chart axes and cards, read without doubt. In Spanish, Intl's short forms
 * ("$2000 M", "US$50 k") are ambiguous (in Colombia "M" is also read as thousands, "mil") and
 * lack grouping, so Spanish says the words: "$ 2 mil millones", "$ 1,5 millones", "$ 50 mil".
 * Portuguese keeps Intl's "bi"/"mi"/"mil" and English its "B"/"M"/"K", which readers know.
 */
const NUMBER_PARTS = new Set(['integer', 'group', 'decimal', 'fraction']);

/** `value` (finite) in `currency`, compact: words in Spanish, Intl's short forms otherwise. */
export function formatMoneyCompact(value: number, currency: string, locale: string): string {
  if (!/^es\b/i.test(locale))
    return numberFormat(locale, { style: 'currency', currency, notation: 'compact' }).format(value);
  const words = numberFormat(locale, { notation: 'compact', compactDisplay: 'long' }).format(Math.abs(value));
  // The currency's symbol where the locale puts it, around the number in words.
  let out = '';
  let placed = false;
  for (const part of numberFormat(locale, { style: 'currency', currency }).formatToParts(1)) {
    if (!NUMBER_PARTS.has(part.type)) out += part.value;
    else if (!placed) {
      out += words;
      placed = true;
    }
  }
  return value < 0 && /[1-9]/.test(words) ? `-${out}` : out;
}
