import { describe, expect, test } from 'vitest';
import { formatAmount, formatMoney, formatNumber, formatPercent, formatValueForEdit, formatYears } from './format';

// Intl puts a no-break space between a currency symbol and the amount in these locales.
const NBSP = '\u00a0';

describe('formatNumber', () => {
  test('groups and decimals of the locale', () => {
    expect(formatNumber(1234567.891, 'es-CO')).toBe('1.234.567,891');
    expect(formatNumber(1234567.891, 'es-MX')).toBe('1,234,567.891');
    expect(formatNumber(1234.5, 'en-US')).toBe('1,234.5');
    expect(formatNumber(1234.5, 'pt-BR')).toBe('1.234,5');
    expect(formatNumber(0.123456, 'es-CO', { maximumFractionDigits: 2 })).toBe('0,12');
  });

  test('a tiny negative rounded away is 0, not -0', () => {
    expect(formatNumber(-0.0001, 'es-CO', { maximumFractionDigits: 2 })).toBe('0');
  });
});

describe('formatMoney', () => {
  test('COP, CLP and PYG have no decimals', () => {
    expect(formatMoney(1234567.5, 'COP', 'es-CO')).toBe(`$${NBSP}1.234.568`);
    expect(formatMoney(1234567.4, 'CLP', 'es-CL')).toBe('$1.234.567');
    expect(formatMoney(1500, 'PYG', 'es-PY')).toBe(`Gs.${NBSP}1.500`);
  });

  test('USD, MXN and BRL have two', () => {
    expect(formatMoney(1234567.5, 'MXN', 'es-MX')).toBe('$1,234,567.50');
    expect(formatMoney(-1234.5, 'USD', 'en-US')).toBe('-$1,234.50');
    expect(formatMoney(1234.5, 'USD', 'es-CO')).toBe(`US$${NBSP}1.234,50`);
    expect(formatMoney(1234.5, 'BRL', 'pt-BR')).toBe(`R$${NBSP}1.234,50`);
  });

  test('other currencies follow Intl', () => {
    expect(formatMoney(1.2345, 'KWD', 'es-CO')).toBe(`KWD${NBSP}1,235`);
  });

  test('compact for charts and cards', () => {
    expect(formatMoney(1234567, 'USD', 'en-US', { compact: true })).toBe('$1.2M');
    expect(formatMoney(1500000, 'COP', 'es-CO', { compact: true })).toBe(`$${NBSP}1,5 millones`);
    expect(formatMoney(1234567, 'BRL', 'pt-BR', { compact: true })).toBe(`R$${NBSP}1,2${NBSP}mi`);
  });
});

describe('formatAmount', () => {
  test('has the currency decimals without its symbol', () => {
    expect(formatAmount(1234567.5, 'COP', 'es-CO')).toBe('1.234.568');
    expect(formatAmount(1234.5, 'USD', 'es-CO')).toBe('1.234,50');
    expect(formatAmount(1.2345, 'KWD', 'en-US')).toBe('1.235');
    expect(formatAmount(null, 'USD', 'en-US')).toBe('—');
  });
});

describe('formatPercent', () => {
  test('a fraction shown as a percentage with the locale spacing', () => {
    expect(formatPercent(0.125, 'es-CO')).toBe('12,5%');
    expect(formatPercent(0.125, 'es')).toBe(`12,5${NBSP}%`);
    expect(formatPercent(0.125, 'en-US')).toBe('12.5%');
    expect(formatPercent(-0.05, 'es-MX')).toBe('-5%');
    expect(formatPercent(0.12345, 'pt-BR', { maximumFractionDigits: 1 })).toBe('12,3%');
  });
});

describe('formatYears', () => {
  test('singular and plural in the locale language', () => {
    expect(formatYears(1, 'es-CO')).toBe('1 año');
    expect(formatYears(3.5, 'es-CO')).toBe('3,5 años');
    expect(formatYears(2, 'en-US')).toBe('2 years');
    expect(formatYears(1, 'pt-BR')).toBe('1 ano');
  });

  test('the words may be in another language than the number format', () => {
    expect(formatYears(2.5, 'es-CO', { language: 'en' })).toBe('2,5 years');
  });
});

describe('what is not a number shows as an em dash', () => {
  test('null, undefined and NaN', () => {
    expect(formatNumber(Number.NaN, 'es-CO')).toBe('—');
    expect(formatNumber(null, 'en-US')).toBe('—');
    expect(formatMoney(undefined, 'COP', 'es-CO')).toBe('—');
    expect(formatPercent(Number.NaN, 'pt-BR')).toBe('—');
    expect(formatYears(null, 'es-MX')).toBe('—');
  });
});

describe('formatValueForEdit', () => {
  test('full precision, the locale decimal mark, no grouping', () => {
    expect(formatValueForEdit(1234567.891, 'es-CO')).toBe('1234567,891');
    expect(formatValueForEdit(1234567.891, 'es-MX')).toBe('1234567.891');
    expect(formatValueForEdit(0.1 + 0.2, 'pt-BR')).toBe('0,30000000000000004');
    expect(formatValueForEdit(-0, 'en-US')).toBe('0');
  });

  test('extreme magnitudes in E notation', () => {
    expect(formatValueForEdit(1.5e-9, 'es-CO')).toBe('1,5E-9');
    expect(formatValueForEdit(2e21, 'en-US')).toBe('2E+21');
  });

  test('percent fields as a percentage, shifted exactly', () => {
    expect(formatValueForEdit(0.12, 'es-CO', { percent: true })).toBe('12%');
    expect(formatValueForEdit(0.125, 'es', { percent: true })).toBe('12,5 %');
    expect(formatValueForEdit(0.07, 'en-US', { percent: true })).toBe('7%');
    expect(formatValueForEdit(0.005, 'pt-BR', { percent: true })).toBe('0,5%');
  });

  test('nothing to edit opens an empty editor', () => {
    expect(formatValueForEdit(null, 'es-CO')).toBe('');
    expect(formatValueForEdit(Number.NaN, 'es-CO', { percent: true })).toBe('');
  });
});
