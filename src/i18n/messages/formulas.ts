/**
 * Messages of formulas typed the way a spreadsheet in the user's language writes them
 * (function names from HyperFormula's language packs, separators from the number locale).
 */
import { long } from './long';
import type { FeatureCatalogue } from './feature';

export const formulasEn = {
  'formula.help': long(
    'Formulas start with “=” and may use the variables by name, e.g. {example}. Your number format writes ',
    '“{argSep}” between arguments and “{decimal}” as decimal mark.',
  ),
  'formula.helpLocal': long(
    'Formulas start with “=” and may use the variables by name, e.g. {example}. Function names in English ',
    'or in the interface’s language ({names}); your number format writes “{argSep}” between arguments and ',
    '“{decimal}” as decimal mark.',
  ),
  'formula.decimalPoint':
    'In your number format the decimal mark is “,” (and “;” separates arguments): write {example}.',
  'formula.strayComma': 'In your number format “,” is the decimal mark: separate arguments with “;”, e.g. {example}.',
} as const;

export const formulasEs: FeatureCatalogue<typeof formulasEn> = {
  'formula.help':
    'Las fórmulas empiezan con “=” y pueden usar las variables por su nombre, p. ej. {example}. Su ' +
    'formato numérico escribe “{argSep}” entre argumentos y “{decimal}” como separador decimal.',
  'formula.helpLocal':
    'Las fórmulas empiezan con “=” y pueden usar las variables por su nombre, p. ej. {example}. Funciones ' +
    'en español o en inglés ({names}); su formato numérico escribe “{argSep}” entre argumentos y ' +
    '“{decimal}” como separador decimal.',
  'formula.decimalPoint':
    'En su formato numérico el separador decimal es “,” (y “;” separa los argumentos): escriba {example}.',
  'formula.strayComma':
    'En su formato numérico “,” es el separador decimal: separe los argumentos con “;”, p. ej. {example}.',
};

export const formulasPt: FeatureCatalogue<typeof formulasEn> = {
  'formula.help':
    'Fórmulas começam com “=” e podem usar as variáveis pelo nome, p. ex. {example}. Seu formato numérico ' +
    'escreve “{argSep}” entre argumentos e “{decimal}” como separador decimal.',
  'formula.helpLocal':
    'Fórmulas começam com “=” e podem usar as variáveis pelo nome, p. ex. {example}. Funções em português ' +
    'ou em inglês ({names}); seu formato numérico escreve “{argSep}” entre argumentos e “{decimal}” como ' +
    'separador decimal.',
  'formula.decimalPoint':
    'No seu formato numérico o separador decimal é “,” (e “;” separa os argumentos): escreva {example}.',
  'formula.strayComma':
    'No seu formato numérico “,” é o separador decimal: separe os argumentos com “;”, p. ex. {example}.',
};
