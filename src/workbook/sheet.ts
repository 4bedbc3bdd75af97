/**
 * A workbook as plain data: sheets of cells (numbers, text, booleans, formulas starting with
 * `=`) and workbook-level names. The same description feeds HyperFormula (in the worker and in
 * Node) and the Excel export, so what a user audits is what the app computed.
 */
import { at } from '../model/checked';

export type CellValue = number | string | boolean | null;

/** A formula cell, marked so that user text that happens to start with `=` is never one. */
export interface Formula {
  f: string;
}

export type Cell = CellValue | Formula;

export interface CellAddress {
  sheet: string;
  row: number; // 0-based
  col: number; // 0-based
}

export interface DefinedName {
  name: string;
  /** An absolute reference like `Inputs!$B$3`. */
  ref: string;
}

export interface WorkbookData {
  sheets: { name: string; cells: Cell[][] }[];
  names: DefinedName[];
}

export const formula = (f: string): Formula => ({ f: f.startsWith('=') ? f : `=${f}` });

export function isFormula(c: Cell): c is Formula {
  return c !== null && typeof c === 'object';
}

/** `A`, `B`, … `Z`, `AA`, … for a 0-based column. */
export function colName(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export interface RefOptions {
  absRow?: boolean;
  absCol?: boolean;
  /** Include the sheet name when referring from another sheet. */
  from?: string;
}

export function a1(addr: CellAddress, opts: RefOptions = {}): string {
  const { absRow = true, absCol = true, from } = opts;
  const cell = `${absCol ? '$' : ''}${colName(addr.col)}${absRow ? '$' : ''}${addr.row + 1}`;
  return from === addr.sheet ? cell : `${addr.sheet}!${cell}`;
}

/** A range `Sheet!$B$3:$F$3` between two cells of one sheet. */
export function range(start: CellAddress, end: CellAddress, from?: string): string {
  const left = a1(start, { from });
  const right = a1(end, { from: start.sheet });
  return `${left}:${right}`;
}

/** Builds one sheet row by row; remembers nothing but its cells. */
export class SheetBuilder {
  readonly name: string;
  readonly cells: Cell[][] = [];

  constructor(name: string) {
    this.name = name;
  }

  set(row: number, col: number, value: Cell): CellAddress {
    while (this.cells.length <= row) this.cells.push([]);
    const line = at(this.cells, row, 'sheet row');
    while (line.length < col) line.push(null);
    line[col] = value;
    return { sheet: this.name, row, col };
  }

  /** Writes `values` from column 0 of `row`. */
  row(row: number, values: Cell[]): void {
    values.forEach((v, c) => this.set(row, c, v));
  }

  at(row: number, col: number): CellAddress {
    return { sheet: this.name, row, col };
  }

  get rowCount(): number {
    return this.cells.length;
  }
}
