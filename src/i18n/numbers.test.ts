import { describe, expect, test } from 'vitest';
import { isFormula, parseNumberInput, type ParseOptions } from './numbers';

/** The parsed number, or the failure as `reason: hint params` for compact literal expectations. */
function read(text: string, locale: string, opts: ParseOptions = {}): number | string {
  const r = parseNumberInput(text, locale, opts);
  if (r.ok) return r.value;
  return `${r.reason}: ${r.hint.key} ${JSON.stringify(r.hint.params ?? {})}`;
}

describe('each locale reads its own separators', () => {
  test('es-CO and pt-BR write 1.234,56', () => {
    expect(read('1.234,56', 'es-CO')).toBe(1234.56);
    expect(read('1.234.567,5', 'es-CO')).toBe(1234567.5);
    expect(read('0,15', 'es-CO')).toBe(0.15);
    expect(read('1,234', 'es-CO')).toBe(1.234);
    expect(read('1.234', 'es-CO')).toBe(1234);
    expect(read('1.234,56', 'pt-BR')).toBe(1234.56);
    expect(read('1.234,56', 'es-AR')).toBe(1234.56);
    expect(read('1.234,56', 'es-CL')).toBe(1234.56);
  });

  test('es-MX, es-419 and en-US write 1,234.56', () => {
    expect(read('1,234.56', 'es-MX')).toBe(1234.56);
    expect(read('1,234.56', 'es-419')).toBe(1234.56);
    expect(read('1,234,567.5', 'en-US')).toBe(1234567.5);
    expect(read('0.15', 'en-US')).toBe(0.15);
    expect(read('1.234', 'en-US')).toBe(1.234);
  });

  test('digits without separators, a bare decimal mark at either end', () => {
    expect(read('1234567', 'es-CO')).toBe(1234567);
    expect(read('007', 'en-US')).toBe(7);
    expect(read(',5', 'es-CO')).toBe(0.5);
    expect(read('5,', 'es-CO')).toBe(5);
    expect(read('.5', 'en-US')).toBe(0.5);
  });

  test('spaces, NBSP and narrow NBSP group digits in any locale', () => {
    expect(read('1 234 567,5', 'es-CO')).toBe(1234567.5);
    expect(read('1\u00a0234,5', 'pt-BR')).toBe(1234.5);
    expect(read('1\u202f234.5', 'en-US')).toBe(1234.5);
  });

  test('an exponent, as Excel accepts it', () => {
    expect(read('1,5E3', 'es-CO')).toBe(1500);
    expect(read('2.5e-3', 'en-US')).toBe(0.0025);
  });
});

describe('a group separator only stands between groups of three digits', () => {
  test('short or long groups are refused', () => {
    expect(read('12 34', 'es-CO')).toBe('invalid: number.invalid {"example":"1.234,56"}');
    expect(read('1,2345', 'en-US')).toBe('ambiguous: number.ambiguous {"decimal":".","suggestion":"1.2345"}');
  });

  test('a grouped number does not start with 0', () => {
    expect(read('0.150', 'es-CO')).toBe('ambiguous: number.ambiguous {"decimal":",","suggestion":"0,150"}');
  });

  test('one kind of group separator per number', () => {
    expect(read('1.234 567', 'es-CO')).toBe('invalid: number.invalid {"example":"1.234,56"}');
  });
});

describe('the other convention is refused with a hint in the locale', () => {
  test('1.5 and 0.15 in es-CO', () => {
    expect(read('1.5', 'es-CO')).toBe('ambiguous: number.ambiguous {"decimal":",","suggestion":"1,5"}');
    expect(read('0.0561', 'es-CO')).toBe('ambiguous: number.ambiguous {"decimal":",","suggestion":"0,0561"}');
  });

  test('1,5 in en-US and es-MX', () => {
    expect(read('1,5', 'en-US')).toBe('ambiguous: number.ambiguous {"decimal":".","suggestion":"1.5"}');
    expect(read('1.234,5', 'es-MX')).toBe('ambiguous: number.ambiguous {"decimal":".","suggestion":"1,234.5"}');
  });

  test('a whole number in the other convention', () => {
    expect(read('1,234.5', 'pt-BR')).toBe('ambiguous: number.ambiguous {"decimal":",","suggestion":"1.234,5"}');
    expect(read('1.234.567', 'en-US')).toBe('ambiguous: number.ambiguous {"decimal":".","suggestion":"1,234,567"}');
  });

  test('wrong in both conventions is invalid, with an example', () => {
    expect(read('1.234.5', 'es-CO')).toBe('invalid: number.invalid {"example":"1.234,56"}');
    expect(read('1..2', 'en-US')).toBe('invalid: number.invalid {"example":"1,234.56"}');
    expect(read('abc', 'pt-BR')).toBe('invalid: number.invalid {"example":"1.234,56"}');
  });
});

describe('signs and currency', () => {
  test('leading minus (ASCII or U+2212), plus, accounting parentheses', () => {
    expect(read('-1.234,5', 'es-CO')).toBe(-1234.5);
    expect(read('\u22125', 'en-US')).toBe(-5);
    expect(read('+5', 'en-US')).toBe(5);
    expect(read('(1,234.50)', 'en-US')).toBe(-1234.5);
    expect(read('+-5', 'en-US')).toBe('invalid: number.invalid {"example":"1,234.56"}');
    expect(read('-(5)', 'en-US')).toBe('invalid: number.invalid {"example":"1,234.56"}');
  });

  test('a currency symbol or code before or after', () => {
    expect(read('$ 1.234.567', 'es-CO')).toBe(1234567);
    expect(read('COP 1.000', 'es-CO')).toBe(1000);
    expect(read('R$ 1.234,56', 'pt-BR')).toBe(1234.56);
    expect(read('-US$1,234.50', 'en-US')).toBe(-1234.5);
    expect(read('$-12', 'es-MX')).toBe(-12);
    expect(read('S/ 1,500.00', 'es-PE')).toBe(1500);
    expect(read('1.000 €', 'es-CO')).toBe(1000);
    expect(read('$1 $', 'en-US')).toBe('invalid: number.invalid {"example":"1,234.56"}');
  });

  test('no number at all', () => {
    expect(read('$', 'en-US')).toBe('invalid: number.invalid {"example":"1,234.56"}');
    expect(read('-', 'en-US')).toBe('invalid: number.invalid {"example":"1,234.56"}');
  });

  test('beyond the range of a double', () => {
    expect(read('1e400', 'en-US')).toBe('invalid: number.tooLarge {}');
  });

  test('minus zero is zero', () => {
    expect(Object.is(read('-0', 'en-US'), 0)).toBe(true);
  });
});

describe('an empty cell is never 0', () => {
  test('empty and blank text', () => {
    expect(read('', 'es-CO')).toBe('empty: number.empty {}');
    expect(read(' \u00a0\t', 'en-US')).toBe('empty: number.empty {}');
    expect(read('', 'es-CO', { percent: true })).toBe('empty: number.emptyPercent {"example":"12%"}');
    expect(read('', 'es', { percent: true })).toBe('empty: number.emptyPercent {"example":"12 %"}');
  });
});

describe("percent fields follow Excel's automatic percent entry", () => {
  const pct = { percent: true };

  test('with a % sign the number is a percentage', () => {
    expect(read('12 %', 'es-CO', pct)).toBe(0.12);
    expect(read('12%', 'en-US', pct)).toBe(0.12);
    expect(read('0,5 %', 'es-CO', pct)).toBe(0.005);
    expect(read('7%', 'en-US', pct)).toBe(0.07);
    expect(read('-2,5 %', 'pt-BR', pct)).toBe(-0.025);
  });

  test('without it, 1 or more is a percentage and less than 1 is the fraction', () => {
    expect(read('15', 'es-CO', pct)).toBe(0.15);
    expect(read('1', 'en-US', pct)).toBe(0.01);
    expect(read('-15', 'es-MX', pct)).toBe(-0.15);
    expect(read('0,15', 'es-CO', pct)).toBe(0.15);
    expect(read('0.99', 'en-US', pct)).toBe(0.99);
    expect(read('0', 'en-US', pct)).toBe(0);
  });

  test('a % sign divides by 100 in a plain number field too', () => {
    expect(read('12 %', 'es-CO')).toBe(0.12);
  });

  test('the other convention is refused in percent fields as well', () => {
    expect(read('0.15', 'es-CO', pct)).toBe('ambiguous: number.ambiguous {"decimal":",","suggestion":"0,15"}');
    expect(read('12.5 %', 'es-CO', pct)).toBe('ambiguous: number.ambiguous {"decimal":",","suggestion":"12,5%"}');
    expect(read('x', 'es-CO', pct)).toBe('invalid: number.invalidPercent {"example":"12,5%","fraction":"0,125"}');
  });
});

describe('formulas are the caller’s business', () => {
  test('isFormula spots them, parseNumberInput refuses them', () => {
    expect(isFormula('=NPV(0.1, B2:B6)')).toBe(true);
    expect(isFormula('  =A1')).toBe(true);
    expect(isFormula('1=1')).toBe(false);
    expect(read('=A1*2', 'es-CO')).toBe('invalid: number.formula {}');
  });
});
