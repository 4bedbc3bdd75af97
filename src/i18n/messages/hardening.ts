/**
 * Messages for the limits that keep hostile input from breaking a scenario: formulas (allowed
 * functions, length, nesting, arrays), counts, and figures that overflow.
 */
import { long } from './long';
import type { FeatureCatalogue } from './feature';

export const hardeningEn = {
  'issue.function-not-allowed':
    'The formula {formula} uses {name}, which is not allowed here: use arithmetic, math, logic, statistics and financial functions.',
  'issue.formula-too-long': 'The formula is {size} characters long; the limit is {max}.',
  'issue.formula-too-deep': 'The formula {formula} nests brackets {depth} deep; the limit is {max}.',
  'issue.array-too-large': 'The formula {formula} holds {size} values in arrays; the limit is {max}.',
  'issue.not-finite': 'Too large: the figures computed from it do not fit in a number.',
  'issue.too-many': 'Too many entries: the limit is {max}.',
  'issue.text-too-long': 'Too long: at most {max} characters.',
  'bin.erase': 'Delete permanently',
  'bin.empty': 'Empty the bin ({count} deleted)',
  'bin.confirm': 'Erase every deleted scenario ({count}) and its history for good? This cannot be undone.',
  'bin.confirmOne': 'Erase “{name}” and its history for good? This cannot be undone.',
  'bin.yes': 'Erase for good',
  'bin.no': 'Cancel',
  'bin.erased': 'Erased for good: {count}.',
  'boundary.failed': 'This part could not be shown ({what}). The rest of the app keeps working.',
  'boundary.retry': 'Try again',
  'boundary.record': 'a scenario in the list',
  'boundary.keyFigures': 'the key figures',
  'boundary.problems': 'the list of problems',
} as const;

export const hardeningEs: FeatureCatalogue<typeof hardeningEn> = {
  'issue.function-not-allowed': long(
    'La fórmula {formula} usa {name}, que no se permite aquí: use funciones aritméticas, matemáticas, lógicas, ',
    'estadísticas y financieras.',
  ),
  'issue.formula-too-long': 'La fórmula tiene {size} caracteres; el límite es {max}.',
  'issue.formula-too-deep': 'La fórmula {formula} anida paréntesis {depth} niveles; el límite es {max}.',
  'issue.array-too-large': 'La fórmula {formula} tiene {size} valores en matrices; el límite es {max}.',
  'issue.not-finite': 'Demasiado grande: las cifras calculadas a partir de este valor no caben en un número.',
  'issue.too-many': 'Demasiados elementos: el límite es {max}.',
  'issue.text-too-long': 'Demasiado largo: como máximo {max} caracteres.',
  'bin.erase': 'Eliminar definitivamente',
  'bin.empty': 'Vaciar la papelera ({count} eliminados)',
  'bin.confirm':
    '¿Borrar definitivamente todos los escenarios eliminados ({count}) y su historial? No se puede deshacer.',
  'bin.confirmOne': '¿Borrar definitivamente «{name}» y su historial? No se puede deshacer.',
  'bin.yes': 'Borrar definitivamente',
  'bin.no': 'Cancelar',
  'bin.erased': 'Borrados definitivamente: {count}.',
  'boundary.failed': 'Esta parte no se pudo mostrar ({what}). El resto de la aplicación sigue funcionando.',
  'boundary.retry': 'Reintentar',
  'boundary.record': 'un escenario de la lista',
  'boundary.keyFigures': 'las cifras clave',
  'boundary.problems': 'la lista de problemas',
};

export const hardeningPt: FeatureCatalogue<typeof hardeningEn> = {
  'issue.function-not-allowed': long(
    'A fórmula {formula} usa {name}, que não é permitida aqui: use funções aritméticas, matemáticas, lógicas, ',
    'estatísticas e financeiras.',
  ),
  'issue.formula-too-long': 'A fórmula tem {size} caracteres; o limite é {max}.',
  'issue.formula-too-deep': 'A fórmula {formula} aninha parênteses {depth} níveis; o limite é {max}.',
  'issue.array-too-large': 'A fórmula {formula} tem {size} valores em matrizes; o limite é {max}.',
  'issue.not-finite': 'Grande demais: os números calculados a partir deste valor não cabem em um número.',
  'issue.too-many': 'Itens demais: o limite é {max}.',
  'issue.text-too-long': 'Longo demais: no máximo {max} caracteres.',
  'bin.erase': 'Excluir definitivamente',
  'bin.empty': 'Esvaziar a lixeira ({count} excluídos)',
  'bin.confirm':
    'Apagar definitivamente todos os cenários excluídos ({count}) e seu histórico? Não é possível desfazer.',
  'bin.confirmOne': 'Apagar definitivamente “{name}” e seu histórico? Não é possível desfazer.',
  'bin.yes': 'Apagar definitivamente',
  'bin.no': 'Cancelar',
  'bin.erased': 'Apagados definitivamente: {count}.',
  'boundary.failed': 'Esta parte não pôde ser exibida ({what}). O resto do aplicativo continua funcionando.',
  'boundary.retry': 'Tentar de novo',
  'boundary.record': 'um cenário da lista',
  'boundary.keyFigures': 'os números-chave',
  'boundary.problems': 'a lista de problemas',
};
