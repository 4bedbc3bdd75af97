/**
 * Messages for the limits that keep hostile input from breaking a scenario: formulas (allowed
 * functions, length, nesting, arrays), counts, and figures that overflow.
 */
import type { FeatureCatalogue } from './feature';

export const hardeningEn = {
  'issue.function-not-allowed': 'The formula {formula} uses {name}, which is not allowed here: use arithmetic, math, logic, statistics and financial functions.',
  'issue.formula-too-long': 'The formula is {size} characters long; the limit is {max}.',
  'issue.formula-too-deep': 'The formula {formula} nests brackets {depth} deep; the limit is {max}.',
  'issue.array-too-large': 'The formula {formula} holds {size} values in arrays; the limit is {max}.',
  'issue.not-finite': 'Too large: the figures computed from it do not fit in a number.',
  'issue.too-many': 'Too many entries: the limit is {max}.',
  'issue.text-too-long': 'Too long: at most {max} characters.',
} as const;

export const hardeningEs: FeatureCatalogue<typeof hardeningEn> = {
  'issue.function-not-allowed': 'La fórmula {formula} usa {name}, que no se permite aquí: use funciones aritméticas, matemáticas, lógicas, estadísticas y financieras.',
  'issue.formula-too-long': 'La fórmula tiene {size} caracteres; el límite es {max}.',
  'issue.formula-too-deep': 'La fórmula {formula} anida paréntesis {depth} niveles; el límite es {max}.',
  'issue.array-too-large': 'La fórmula {formula} tiene {size} valores en matrices; el límite es {max}.',
  'issue.not-finite': 'Demasiado grande: las cifras calculadas a partir de este valor no caben en un número.',
  'issue.too-many': 'Demasiados elementos: el límite es {max}.',
  'issue.text-too-long': 'Demasiado largo: como máximo {max} caracteres.',
};

export const hardeningPt: FeatureCatalogue<typeof hardeningEn> = {
  'issue.function-not-allowed': 'A fórmula {formula} usa {name}, que não é permitida aqui: use funções aritméticas, matemáticas, lógicas, estatísticas e financeiras.',
  'issue.formula-too-long': 'A fórmula tem {size} caracteres; o limite é {max}.',
  'issue.formula-too-deep': 'A fórmula {formula} aninha parênteses {depth} níveis; o limite é {max}.',
  'issue.array-too-large': 'A fórmula {formula} tem {size} valores em matrizes; o limite é {max}.',
  'issue.not-finite': 'Grande demais: os números calculados a partir deste valor não cabem em um número.',
  'issue.too-many': 'Itens demais: o limite é {max}.',
  'issue.text-too-long': 'Longo demais: no máximo {max} caracteres.',
};
