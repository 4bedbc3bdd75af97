const formatters = new Map<string, Intl.NumberFormat>();

/**
 * One cached `Intl.NumberFormat` per locale and options: building one costs far more than formatting with it.
 * 'negative' sign display never prints "-0" for a tiny negative rounded away.
 */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { signDisplay: 'negative', ...options });
    formatters.set(key, f);
  }
  return f;
}
