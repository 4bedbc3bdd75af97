import { describe, expect, test } from 'vitest';
import { copyName, currencyOfLocale } from './locale-currency';

describe('a new scenario starts in the currency of the user region', () => {
  test.each([
    ['es-CO', 'COP'],
    ['es-PE', 'PEN'],
    ['es-BO', 'BOB'],
    ['pt-BR', 'BRL'],
    ['es-MX', 'MXN'],
    ['en-US', 'USD'],
    ['es-EC', 'USD'],
  ])('%s: %s', (locale, currency) => {
    expect(currencyOfLocale(locale)).toBe(currency);
  });

  test('no region, or one not listed, or a broken tag: USD', () => {
    expect(currencyOfLocale('es-419')).toBe('USD');
    expect(currencyOfLocale('en')).toBe('USD');
    expect(currencyOfLocale('ja-JP')).toBe('USD');
    expect(currencyOfLocale('not a tag')).toBe('USD');
  });
});

describe('a copy gets a name of its own', () => {
  test('free names stay; taken ones get the first free number', () => {
    expect(copyName('Dairy', ['Other'])).toBe('Dairy');
    expect(copyName('Dairy', ['Dairy'])).toBe('Dairy (2)');
    expect(copyName('Dairy', ['Dairy', 'Dairy (2)', 'Dairy (4)'])).toBe('Dairy (3)');
  });
});
