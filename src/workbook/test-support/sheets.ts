/**
 * The sheets of a scenario's workbook, in the order it has them: written out here, not
 * read from the code that builds the workbook, so that a test fails when that code changes them.
 */
export const SHEETS_IN_ORDER = [
  'Inputs',
  'Resources',
  'Prices',
  'Measures',
  'MeasureFlows',
  'CashFlow',
  'Loan',
  'Summary',
] as const;
