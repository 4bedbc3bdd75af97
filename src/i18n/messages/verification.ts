/**
 * Messages of verification of results (spec section 6): the problems of the measured records.
 * Vocabulary from glossary.md (línea base, período de reporte / de relato, consumo específico).
 */
import type { FeatureCatalogue } from './feature';

export const verificationEn = {
  'issue.verification-resources-differ': 'The resources differ from the first baseline record’s (missing: {missing}; extra: {added}).',
  'issue.verification-empty-use': 'Give the use of at least one resource.',
  'issue.duplicate-period': 'The period “{period}” appears twice.',
  'issue.production-not-positive': 'Must be above 0 with the intensity method (use is compared per unit of production).',
  'issue.too-few-records': 'The regression method needs at least {min} baseline records (there are {count}).',
  'issue.productions-all-equal': 'Every baseline production is {value}: a regression needs production to vary (use the intensity method).',
} as const;

export const verificationEs: FeatureCatalogue<typeof verificationEn> = {
  'issue.verification-resources-differ': 'Los recursos no coinciden con los del primer registro de la línea base (faltan: {missing}; sobran: {added}).',
  'issue.verification-empty-use': 'Indique el consumo de al menos un recurso.',
  'issue.duplicate-period': 'El período “{period}” aparece dos veces.',
  'issue.production-not-positive': 'Debe ser mayor que 0 con el método de intensidad (el consumo se compara por unidad producida).',
  'issue.too-few-records': 'El método de regresión necesita al menos {min} registros en la línea base (hay {count}).',
  'issue.productions-all-equal': 'Toda la producción de la línea base es {value}: una regresión necesita que la producción varíe (use el método de intensidad).',
};

export const verificationPt: FeatureCatalogue<typeof verificationEn> = {
  'issue.verification-resources-differ': 'Os recursos diferem dos do primeiro registro da linha de base (faltam: {missing}; sobram: {added}).',
  'issue.verification-empty-use': 'Informe o consumo de pelo menos um recurso.',
  'issue.duplicate-period': 'O período “{period}” aparece duas vezes.',
  'issue.production-not-positive': 'Deve ser maior que 0 com o método de intensidade (o consumo é comparado por unidade produzida).',
  'issue.too-few-records': 'O método de regressão precisa de pelo menos {min} registros na linha de base (há {count}).',
  'issue.productions-all-equal': 'Toda a produção da linha de base é {value}: uma regressão precisa que a produção varie (use o método de intensidade).',
};
