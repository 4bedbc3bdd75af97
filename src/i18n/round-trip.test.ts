import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatValueForEdit } from './format';
import { parseNumberInput } from './numbers';

const LOCALES = ['es-CO', 'es-MX', 'en-US', 'pt-BR', 'es-419', 'es-AR', 'es', 'es-CR', 'fr-FR', 'de-CH'];

// -0 is read back as 0 on purpose; every other double must come back bit for bit, including
// the largest, whose percentage (x 100) exceeds a double: the shift is done in decimal text.
const finite = fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x));

describe('what the editor shows reads back as the same number', () => {
  test.each(LOCALES)('plain numbers in %s', (locale) => {
    fc.assert(
      fc.property(finite, (x) => {
        const r = parseNumberInput(formatValueForEdit(x, locale), locale);
        expect(r).toEqual({ ok: true, value: x });
      }),
      { numRuns: 500 },
    );
  });

  test.each(LOCALES)('percent fields in %s', (locale) => {
    fc.assert(
      fc.property(finite, (x) => {
        const r = parseNumberInput(formatValueForEdit(x, locale, { percent: true }), locale, { percent: true });
        expect(r).toEqual({ ok: true, value: x });
      }),
      { numRuns: 500 },
    );
  });

  test.each(LOCALES)('everyday amounts and rates in %s', (locale) => {
    const amounts = fc.integer({ min: -1e9, max: 1e9 }).map((cents) => cents / 100);
    fc.assert(
      fc.property(amounts, (x) => {
        expect(parseNumberInput(formatValueForEdit(x, locale), locale)).toEqual({ ok: true, value: x === 0 ? 0 : x });
        expect(parseNumberInput(formatValueForEdit(x, locale, { percent: true }), locale, { percent: true })).toEqual({
          ok: true,
          value: x === 0 ? 0 : x,
        });
      }),
    );
  });
});
