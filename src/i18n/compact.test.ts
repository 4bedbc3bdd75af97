import { describe, expect, test } from 'vitest';
import { formatMoneyCompact } from './compact';
import { formatMoney } from './format';

const NBSP = '\u00a0';
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('compact amounts on chart axes', () => {
  test('Spanish says millions and thousands of millions in words (es-CO "M" is read as thousands)', () => {
    expect(plain(formatMoneyCompact(2_000_000_000, 'COP', 'es-CO'))).toBe('$ 2 mil millones');
    expect(plain(formatMoneyCompact(1_500_000, 'COP', 'es-CO'))).toBe('$ 1,5 millones');
    expect(plain(formatMoneyCompact(50_000, 'USD', 'es-BO'))).toBe('USD 50 mil');
    expect(plain(formatMoneyCompact(-350_000_000, 'COP', 'es-CO'))).toBe('-$ 350 millones');
    expect(plain(formatMoneyCompact(1_500_000, 'MXN', 'es-MX'))).toBe('$1.5 millones');
  });

  test('a value that rounds to nothing has no sign', () => {
    expect(plain(formatMoneyCompact(-0, 'COP', 'es-CO'))).toBe('$ 0');
  });

  test('Portuguese keeps bi / mi / mil, English B / M / K', () => {
    expect(formatMoneyCompact(2_000_000_000, 'BRL', 'pt-BR')).toBe(`R$${NBSP}2${NBSP}bi`);
    expect(formatMoneyCompact(1_500_000, 'BRL', 'pt-BR')).toBe(`R$${NBSP}1,5${NBSP}mi`);
    expect(formatMoneyCompact(2_000_000_000, 'USD', 'en-US')).toBe('$2B');
    expect(formatMoneyCompact(50_000, 'USD', 'en-US')).toBe('$50K');
  });

  test('formatMoney compact goes through it; a missing value is a dash', () => {
    expect(plain(formatMoney(1_500_000, 'COP', 'es-CO', { compact: true }))).toBe('$ 1,5 millones');
    expect(formatMoney(null, 'COP', 'es-CO', { compact: true })).toBe('—');
  });
});
