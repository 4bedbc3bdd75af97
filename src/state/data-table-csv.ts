/**
 * A data table as CSV for the user's spreadsheet (list separator and decimal mark of the number
 * locale, UTF-8 with a byte-order mark: see src/workbook/csv.ts). Values are the model's own:
 * rates and IRRs as fractions (0.12), money in the scenario's currency, all digits kept.
 */
import type { DataTable } from '../model/data-table';
import type { PointFigures } from '../model/point-evaluator';
import { tableCsv, type CsvCell } from '../workbook/csv';

export type TableOutput = keyof PointFigures;

/** The outputs a data table offers, in the order a one-way table lists them. */
export const TABLE_OUTPUTS: readonly TableOutput[] = ['npv', 'irr', 'equityNpv', 'equityIrr', 'minDscr'];

/** The outputs that exist for this table: the equity figures and DSCR only with a loan. */
export function tableOutputs(table: DataTable): TableOutput[] {
  return TABLE_OUTPUTS.filter((o) => o === 'npv' || o === 'irr' || table.baseFigures.equityNpv !== null);
}

export interface CsvLabels {
  input: (path: string) => string;
  output: (output: TableOutput) => string;
}

/**
 * A one-way table as a column of input values and a column per output; a two-way table as a
 * grid of `output`, the row input down the first column and the column input across the first row.
 */
export function dataTableCsv(table: DataTable, output: TableOutput, labels: CsvLabels, locale: string): string {
  const { rows, columns, cells } = table;
  if (!columns) {
    const outputs = tableOutputs(table);
    const body = rows.values.map((v, i): CsvCell[] => [v, ...outputs.map((o) => cells[i]?.[0]?.[o] ?? null)]);
    return tableCsv([[labels.input(rows.input), ...outputs.map(labels.output)], ...body], { locale });
  }
  const corner = `${labels.output(output)}: ${labels.input(rows.input)} \\ ${labels.input(columns.input)}`;
  const body = rows.values.map((v, i): CsvCell[] => [
    v,
    ...columns.values.map((_, j) => cells[i]?.[j]?.[output] ?? null),
  ]);
  return tableCsv([[corner, ...columns.values], ...body], { locale });
}
