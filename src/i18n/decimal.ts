/**
 * Exact decimal text <-> number conversion. Percent entry shifts the decimal point in the text
 * rather than multiplying by 100, so `7 %` is exactly 0.07 (7 / 100 is, 0.07 * 100 is not 7).
 */

/** value = (negative ? -1 : 1) × digits × 10^exponent; digits has no leading or trailing zeros ('0' for zero). */
export interface Decimal {
  negative: boolean;
  digits: string;
  exponent: number;
}

const ZERO: Decimal = { negative: false, digits: '0', exponent: 0 };

/** Builds a normalized decimal from an integer part, a fraction part and a power of ten. */
export function makeDecimal(negative: boolean, int: string, frac: string, exponent = 0): Decimal {
  const all = (int + frac).replace(/^0+/, '');
  const trimmed = all.replace(/0+$/, '');
  if (trimmed === '') return ZERO;
  return {
    negative,
    digits: trimmed,
    exponent: exponent - frac.length + (all.length - trimmed.length),
  };
}

/** The shortest decimal that converts back to exactly `x` (what String(x) gives); x must be finite. */
export function decimalFromNumber(x: number): Decimal {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
  if (!m) throw new RangeError(`not a finite number: ${x}`);
  return makeDecimal(m[1] === '-', m[2] ?? '', m[3] ?? '', Number(m[4] ?? 0));
}

/** The nearest double; ±Infinity when out of range. -0 becomes 0: a signed zero means nothing here. */
export function decimalToNumber(d: Decimal): number {
  const n = Number(`${d.negative ? '-' : ''}${d.digits}e${d.exponent}`);
  return n === 0 ? 0 : n;
}

/** Multiplies by 10^places, exactly. */
export function shiftDecimal(d: Decimal, places: number): Decimal {
  return d.digits === '0' ? d : { ...d, exponent: d.exponent + places };
}

/**
 * Plain text with the given decimal mark and no grouping, switching to `1,5E-7` style for very
 * large or small magnitudes at the same thresholds as JavaScript's own Number#toString.
 */
export function decimalToText(d: Decimal, decimalMark: string): string {
  const sign = d.negative ? '-' : '';
  const k = d.digits.length;
  const n = d.exponent + k; // position of the decimal point counted from the first digit
  if (k <= n && n <= 21) return sign + d.digits + '0'.repeat(n - k);
  if (0 < n && n <= 21) return sign + d.digits.slice(0, n) + decimalMark + d.digits.slice(n);
  if (-6 < n && n <= 0) return sign + '0' + decimalMark + '0'.repeat(-n) + d.digits;
  const mantissa = k === 1 ? d.digits : d.digits[0] + decimalMark + d.digits.slice(1);
  const e = n - 1;
  return `${sign}${mantissa}E${e < 0 ? '-' : '+'}${Math.abs(e)}`;
}

/** The integer and fraction digits of a decimal in plain positional form (for grouping). */
export function decimalParts(d: Decimal): { int: string; frac: string } {
  const k = d.digits.length;
  if (d.exponent >= 0) return { int: d.digits + '0'.repeat(d.exponent), frac: '' };
  const point = k + d.exponent;
  if (point > 0) return { int: d.digits.slice(0, point), frac: d.digits.slice(point) };
  return { int: '0', frac: '0'.repeat(-point) + d.digits };
}
