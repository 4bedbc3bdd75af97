/**
 * Messages of a bank's own habits: a credit limit set in another currency, rate conventions and
 * the converter beside rate fields. Terms follow shared/reference/glossary.md.
 */
import type { FeatureCatalogue } from './feature';

export const bankEn = {
  'field.maxLoanCurrency': 'Currency of the maximum loan',
  'field.exchangeRate': 'Exchange rate',
  'field.exchangeRateDate': 'Date of the exchange rate',
  'fx.sameCurrency': 'Scenario currency ({currency})',
  'fx.rateHint': '{currency} per {other}',
  'check.fx': 'The maximum of {amount} is converted at {rate} {currency} per {other}, the rate of {date}.',
  'check.fx.noDate': 'The maximum of {amount} is converted at {rate} {currency} per {other} (no date given for the rate).',
  'check.fx.noRate': 'The maximum of {amount} cannot be compared: no exchange rate to {currency} is given.',
} as const;

export const bankEs: FeatureCatalogue<typeof bankEn> = {
  'field.maxLoanCurrency': 'Moneda del préstamo máximo',
  'field.exchangeRate': 'Tasa de cambio',
  'field.exchangeRateDate': 'Fecha de la tasa de cambio',
  'fx.sameCurrency': 'Moneda del escenario ({currency})',
  'fx.rateHint': '{currency} por {other}',
  'check.fx': 'El máximo de {amount} se convierte a {rate} {currency} por {other}, tasa del {date}.',
  'check.fx.noDate': 'El máximo de {amount} se convierte a {rate} {currency} por {other} (sin fecha de la tasa).',
  'check.fx.noRate': 'El máximo de {amount} no se puede comparar: falta la tasa de cambio a {currency}.',
};

export const bankPt: FeatureCatalogue<typeof bankEn> = {
  'field.maxLoanCurrency': 'Moeda do empréstimo máximo',
  'field.exchangeRate': 'Taxa de câmbio',
  'field.exchangeRateDate': 'Data da taxa de câmbio',
  'fx.sameCurrency': 'Moeda do cenário ({currency})',
  'fx.rateHint': '{currency} por {other}',
  'check.fx': 'O máximo de {amount} é convertido a {rate} {currency} por {other}, taxa de {date}.',
  'check.fx.noDate': 'O máximo de {amount} é convertido a {rate} {currency} por {other} (sem data da taxa).',
  'check.fx.noRate': 'O máximo de {amount} não pode ser comparado: falta a taxa de câmbio para {currency}.',
};
