import { describe, expect, test } from 'vitest';
import { CATEGORIES, RESOURCE_KINDS } from '../model/schema';
import { en, es, pt } from './messages/catalogues';
import { interpolate, translate, translateMessage, translator } from './translate';

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}

describe('translate', () => {
  test('glossary terms in Latin American Spanish and Brazilian Portuguese', () => {
    expect(translate('es', 'appraisal.npvShort')).toBe('VAN');
    expect(translate('pt', 'appraisal.npvShort')).toBe('VPL');
    expect(translate('es', 'credit.annuity')).toBe('Cuota fija (sistema francés)');
    expect(translate('es', 'appraisal.simplePayback')).toBe('Período de recuperación simple');
    expect(translate('pt', 'credit.gracePeriod')).toBe('Carência');
    expect(translate('en', 'app.saving')).toBe('Saving…');
  });

  test('fills {name} placeholders', () => {
    expect(translate('es', 'grid.row', { n: 3 })).toBe('Fila 3');
    expect(translate('en', 'number.ambiguous', { decimal: '.', suggestion: '1.5' })).toBe(
      'In this number format the decimal mark is “.”. Did you mean 1.5?',
    );
  });

  test('a Message value, as parsers return it', () => {
    expect(translateMessage('es', { key: 'number.invalid', params: { example: '1.234,56' } })).toBe(
      'No es un número. Escriba los números así: 1.234,56.',
    );
    expect(translateMessage('pt', { key: 'number.empty' })).toBe(
      'Digite um número. Uma célula vazia não conta como zero.',
    );
  });

  test('a bound translator', () => {
    const t = translator('pt');
    expect(t('grid.cellsSelected', { count: 4 })).toBe('4 células selecionadas');
  });

  test('an unknown placeholder stays visible', () => {
    expect(interpolate('a {b} {c}', { b: 1 })).toBe('a 1 {c}');
  });

  test('parameters are checked by the compiler', () => {
    // @ts-expect-error 'grid.row' needs { n }
    expect(translate('en', 'grid.row')).toBe('Row {n}');
    // @ts-expect-error not a key
    expect(() => translate('en', 'no.such.key')).toThrow();
  });
});

describe('the catalogues agree', () => {
  test('same keys and placeholders in es and pt as in en', () => {
    for (const catalogue of [es, pt]) {
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
      for (const [key, text] of Object.entries(en)) {
        expect(placeholders(catalogue[key as keyof typeof en]), key).toEqual(placeholders(text));
      }
    }
  });

  test('every measure category and resource kind of the scenario schema has a name', () => {
    for (const c of CATEGORIES) expect(translate('es', `cp.category.${c}`)).not.toBe('');
    for (const k of RESOURCE_KINDS) expect(translate('pt', `cp.resourceKind.${k}`)).not.toBe('');
    expect(translate('es', 'cp.category.good-housekeeping')).toBe('Buenas prácticas operativas');
  });

  test('no empty texts', () => {
    for (const catalogue of [en, es, pt]) {
      expect(Object.values(catalogue).filter((t) => t.trim() === '')).toEqual([]);
    }
  });
});
