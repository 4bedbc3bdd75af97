import { describe, expect, test } from 'vitest';
import { languageOf, pickLocale } from './locale';

describe('pickLocale', () => {
  test('any Spanish gives the Spanish UI with that regional number format', () => {
    expect(pickLocale(['es-CO', 'en'])).toEqual({ language: 'es', numberLocale: 'es-CO' });
    expect(pickLocale(['es-MX'])).toEqual({ language: 'es', numberLocale: 'es-MX' });
    expect(pickLocale(['es-419'])).toEqual({ language: 'es', numberLocale: 'es-419' });
  });

  test('Portuguese gives the Portuguese UI', () => {
    expect(pickLocale(['pt-BR', 'en-US'])).toEqual({ language: 'pt', numberLocale: 'pt-BR' });
    expect(pickLocale(['pt'])).toEqual({ language: 'pt', numberLocale: 'pt-BR' });
  });

  test('a language without region borrows a later region of that language, else Latin America', () => {
    expect(pickLocale(['es', 'es-AR', 'en'])).toEqual({ language: 'es', numberLocale: 'es-AR' });
    expect(pickLocale(['es', 'en-US'])).toEqual({ language: 'es', numberLocale: 'es-419' });
  });

  test('the first supported language wins over unsupported ones before it', () => {
    expect(pickLocale(['de-DE', 'es-CL'])).toEqual({ language: 'es', numberLocale: 'es-CL' });
  });

  test('otherwise English, with the user’s own number format when it uses ASCII digits', () => {
    expect(pickLocale(['en-GB'])).toEqual({ language: 'en', numberLocale: 'en-GB' });
    expect(pickLocale(['fr-FR'])).toEqual({ language: 'en', numberLocale: 'fr-FR' });
    expect(pickLocale(['ar-EG'])).toEqual({ language: 'en', numberLocale: 'en-US' });
    expect(pickLocale([])).toEqual({ language: 'en', numberLocale: 'en-US' });
  });

  test('malformed tags are skipped, case is canonicalized', () => {
    expect(pickLocale(['not a tag!', 'ES-co'])).toEqual({ language: 'es', numberLocale: 'es-CO' });
  });
});

describe('languageOf', () => {
  test('maps a locale to its catalogue', () => {
    expect(languageOf('es-PE')).toBe('es');
    expect(languageOf('pt-BR')).toBe('pt');
    expect(languageOf('fr-FR')).toBe('en');
  });
});
