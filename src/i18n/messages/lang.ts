/**
 * Messages of issue 16 part 2 ("no English left in es and pt"): the year table's CSV headers,
 * the notes fields (spec section 1), and words the charts and the history's diff used to
 * show in English.
 */
import type { FeatureCatalogue } from './feature';

export const langEn = {
  'csv.col.t': 'Year',
  'csv.col.capex': 'Capex',
  'csv.col.benefit': 'Benefit',
  'csv.col.tax': 'Tax',
  'csv.col.projectCashFlow': 'Project cash flow',
  'csv.col.cumulativeProjectCashFlow': 'Cumulative project cash flow',
  'csv.col.co2eTonnes': 'tCO2e avoided',
  'csv.col.interest': 'Interest',
  'csv.col.principal': 'Principal repaid',
  'csv.col.prepayment': 'Prepayment',
  'csv.col.outstanding': 'Outstanding balance',
  'csv.col.guaranteeFee': 'Guarantee fee',
  'csv.col.rebate': 'Rebate',
  'csv.col.equityCashFlow': 'Equity cash flow',
  'csv.col.debtService': 'Debt service',
  'csv.col.dscr': 'DSCR',
  'field.notes': 'Notes: sources and assumptions',
  'field.loanNotes': 'Loan notes: the rate as quoted, sources',
} as const;

export const langEs: FeatureCatalogue<typeof langEn> = {
  'csv.col.t': 'Año',
  'csv.col.capex': 'Inversión',
  'csv.col.benefit': 'Beneficio',
  'csv.col.tax': 'Impuesto',
  'csv.col.projectCashFlow': 'Flujo de caja del proyecto',
  'csv.col.cumulativeProjectCashFlow': 'Flujo de caja acumulado del proyecto',
  'csv.col.co2eTonnes': 'tCO2e evitadas',
  'csv.col.interest': 'Intereses',
  'csv.col.principal': 'Capital amortizado',
  'csv.col.prepayment': 'Prepago',
  'csv.col.outstanding': 'Saldo pendiente',
  'csv.col.guaranteeFee': 'Comisión de garantía',
  'csv.col.rebate': 'Reembolso',
  'csv.col.equityCashFlow': 'Flujo de caja del capital propio',
  'csv.col.debtService': 'Servicio de la deuda',
  'csv.col.dscr': 'ICSD',
  'field.notes': 'Notas: fuentes y supuestos',
  'field.loanNotes': 'Notas del préstamo: la tasa como se cotizó, fuentes',
};

export const langPt: FeatureCatalogue<typeof langEn> = {
  'csv.col.t': 'Ano',
  'csv.col.capex': 'Investimento',
  'csv.col.benefit': 'Benefício',
  'csv.col.tax': 'Imposto',
  'csv.col.projectCashFlow': 'Fluxo de caixa do projeto',
  'csv.col.cumulativeProjectCashFlow': 'Fluxo de caixa acumulado do projeto',
  'csv.col.co2eTonnes': 'tCO2e evitadas',
  'csv.col.interest': 'Juros',
  'csv.col.principal': 'Principal amortizado',
  'csv.col.prepayment': 'Pré-pagamento',
  'csv.col.outstanding': 'Saldo devedor',
  'csv.col.guaranteeFee': 'Comissão de garantia',
  'csv.col.rebate': 'Reembolso',
  'csv.col.equityCashFlow': 'Fluxo de caixa do capital próprio',
  'csv.col.debtService': 'Serviço da dívida',
  'csv.col.dscr': 'ICSD',
  'field.notes': 'Notas: fontes e premissas',
  'field.loanNotes': 'Notas do empréstimo: a taxa como cotada, fontes',
};
