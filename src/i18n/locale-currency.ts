/**
 * The currency a new scenario starts in: the one of the user's region (the region of the
 * number locale, es-CO -> COP). Latin America first; elsewhere the common ones; else USD.
 */
const BY_REGION: Record<string, string> = {
  AR: 'ARS',
  BO: 'BOB',
  BR: 'BRL',
  CL: 'CLP',
  CO: 'COP',
  CR: 'CRC',
  CU: 'CUP',
  DO: 'DOP',
  EC: 'USD',
  SV: 'USD',
  GT: 'GTQ',
  HN: 'HNL',
  MX: 'MXN',
  NI: 'NIO',
  PA: 'USD',
  PY: 'PYG',
  PE: 'PEN',
  PR: 'USD',
  UY: 'UYU',
  VE: 'VES',
  US: 'USD',
  CA: 'CAD',
  GB: 'GBP',
  ES: 'EUR',
  PT: 'EUR',
  DE: 'EUR',
  FR: 'EUR',
  IT: 'EUR',
  NL: 'EUR',
  AO: 'AOA',
  MZ: 'MZN',
};

/** ISO 4217 code for a BCP 47 locale's region; USD when the locale names no region we know (es-419, en). */
export function currencyOfLocale(locale: string): string {
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale).region;
  } catch {
    return 'USD'; // not a well-formed tag
  }
  return (region && BY_REGION[region]) || 'USD';
}

/** `name`, or when taken "name (2)", "name (3)"… : the first free one. */
export function copyName(name: string, taken: Iterable<string>): string {
  const names = new Set(taken);
  if (!names.has(name)) return name;
  let n = 2;
  while (names.has(`${name} (${n})`)) n++;
  return `${name} (${n})`;
}
