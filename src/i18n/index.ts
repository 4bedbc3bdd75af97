export { formatMoney, formatNumber, formatPercent, formatValueForEdit, formatYears, MISSING } from './format';
export { languageOf, pickLocale, type LocaleChoice, type UiLanguage } from './locale';
export type { Catalogue, Message, MessageKey, Params } from './messages/types';
export { isFormula, parseNumberInput, type ParseOptions, type ParseResult } from './numbers';
export { numberSymbols, type NumberSymbols } from './symbols';
export { translate, translateMessage, translator, type Translate } from './translate';
