/**
 * Locale negotiation. The UI language and the number-format locale are kept apart: a user in
 * Bogotá reads Spanish and writes `1.234,56`, one in Mexico City reads the same Spanish and
 * writes `1,234.56`, and an English-speaking consultant may still want their own number format.
 */

export type UiLanguage = 'en' | 'es' | 'pt';

export interface LocaleChoice {
  /** Language of the interface text (the message catalogue). */
  language: UiLanguage;
  /** BCP 47 tag for Intl number formatting and for parsing what the user types. */
  numberLocale: string;
}

/** Number locale for a language given without a region: the app serves Latin America. */
const DEFAULT_REGION: Record<UiLanguage, string> = { en: 'en-US', es: 'es-419', pt: 'pt-BR' };

function canonical(tag: string): string | null {
  try {
    const [c] = Intl.getCanonicalLocales(tag);
    return c !== undefined && Intl.NumberFormat.supportedLocalesOf(c).length > 0 ? c : null;
  } catch {
    return null; // not a well-formed tag
  }
}

function languageOfTag(tag: string): string {
  return tag.split('-')[0]?.toLowerCase() ?? '';
}

function hasRegion(tag: string): boolean {
  return new Intl.Locale(tag).region !== undefined;
}

/** The UI language whose catalogue serves a number locale or a navigator tag (English otherwise). */
export function languageOf(tag: string): UiLanguage {
  const lang = languageOfTag(tag);
  return lang === 'es' || lang === 'pt' ? lang : 'en';
}

/** True when Intl writes this locale's numbers with the ASCII digits our parser reads. */
function writesLatinDigits(tag: string): boolean {
  return new Intl.NumberFormat(tag).format(1234567890).replace(/\D/g, '') === '1234567890';
}

/**
 * Picks the UI language and number locale from `navigator.languages` (most preferred first).
 * The first es-*, pt-* or en-* entry sets the language; its region sets the number format, or,
 * when it has none (plain `es`), a later entry of the same language with a region, else
 * es-419 / pt-BR / en-US. With no supported language: English text, numbers in the user's
 * first locale when it uses ASCII digits.
 */
export function pickLocale(languages: readonly string[]): LocaleChoice {
  const tags = languages.map(canonical).filter((t): t is string => t !== null);
  const first = tags.find((t) => ['es', 'pt', 'en'].includes(languageOfTag(t)));
  if (first === undefined) {
    const own = tags[0];
    return { language: 'en', numberLocale: own !== undefined && writesLatinDigits(own) ? own : 'en-US' };
  }
  const language = languageOf(first);
  const regional = [first, ...tags].find((t) => languageOfTag(t) === language && hasRegion(t));
  return { language, numberLocale: regional ?? DEFAULT_REGION[language] };
}
