import { describe, expect, it } from 'vitest';
import type { DataTable } from '../model/data-table';
import type { PointFigures } from '../model/point-evaluator';
import { dataTableCsv } from './data-table-csv';

const point = (npv: number, irr: number | null): PointFigures => ({
  npv,
  irr,
  equityNpv: null,
  equityIrr: null,
  minDscr: null,
});
const labels = {
  input: (p: string) =>
    ({ discountRate: 'Tasa de descuento', energyPriceFactor: 'Factor de precio de la energía' })[p] ?? p,
  output: (o: string) => ({ npv: 'VAN', irr: 'TIR' })[o] ?? o,
};

const twoWay: DataTable = {
  rows: { input: 'energyPriceFactor', values: [0.5, 1.5] },
  columns: { input: 'discountRate', values: [0.1, 0.12] },
  cells: [
    [point(-1234.5, 0.05), point(-2000, 0.05)],
    [point(1e21, null), point(0.000001, 0.2)],
  ],
  base: { row: 1, column: 0.12, rowIndex: null, columnIndex: 1 },
  baseFigures: point(10, 0.1),
};

describe('a data table as CSV', () => {
  it('writes a two-way grid with the comma as decimal mark and ; between fields in es-CO', () => {
    expect(dataTableCsv(twoWay, 'npv', labels, 'es-CO')).toBe(
      '\uFEFFVAN: Factor de precio de la energía \\ Tasa de descuento;0,1;0,12\r\n' +
        '0,5;-1234,5;-2000\r\n' +
        '1,5;1000000000000000000000;0,000001\r\n',
    );
  });
  it('uses , and . in en-US, and leaves an undefined figure empty', () => {
    expect(dataTableCsv(twoWay, 'irr', labels, 'en-US')).toBe(
      '\uFEFFTIR: Factor de precio de la energía \\ Tasa de descuento,0.1,0.12\r\n0.5,0.05,0.05\r\n1.5,,0.2\r\n',
    );
  });
  it('writes a one-way table as a column per output, without the equity figures when there is no loan', () => {
    const oneWay: DataTable = {
      ...twoWay,
      columns: null,
      cells: [[point(-1, 0.01)], [point(2, null)]],
      base: { ...twoWay.base, column: null, columnIndex: null },
    };
    expect(dataTableCsv(oneWay, 'npv', labels, 'pt-BR')).toBe(
      '\uFEFFFactor de precio de la energía;VAN;TIR\r\n0,5;-1;0,01\r\n1,5;2;\r\n',
    );
  });
});
