import { describe, expect, it } from 'vitest';
import { formatYears } from './format';

describe('years, singular or plural as shown', () => {
  it('takes the plural from the rounded number', () => {
    expect(formatYears(1.0026, 'en-US', { language: 'en' })).toBe('1 year');
    expect(formatYears(1.04, 'es-CO', { language: 'es' })).toBe('1 año');
    expect(formatYears(1.26, 'en-US', { language: 'en' })).toBe('1.3 years');
    expect(formatYears(2, 'pt-BR', { language: 'pt' })).toBe('2 anos');
  });
});
