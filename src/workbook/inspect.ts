/**
 * What the workbook view reads from the running workbook: a sheet's values (compact, since
 * MeasureFlows of a large scenario has some 22,000 cells and formulas are needed only for the
 * selected one), one cell's formula with the cells it reads, and the defined names. A loan
 * officer follows a figure back to its inputs with these.
 */
import { DetailedCellError, type CellValue as HfValue, type HyperFormula } from 'hyperformula';
import { a1, colName, isFormula, type CellAddress, type DefinedName, type WorkbookData } from './sheet';
import { group } from '../model/checked';

export type ShownValue = number | string | boolean | null;

/**
 * One sheet's values by row. `kinds[r]` has one letter per cell of row r: `v` a value or label
 * typed in the workbook, `f` a formula, `e` a formula whose value is an error (its code, e.g.
 * `#DIV/0!`, is the value).
 */
export interface SheetView {
  name: string;
  values: ShownValue[][];
  kinds: string[];
}

/** A reference as the formula bar shows it, with where it points. */
export interface RefView {
  /** `Inputs!$B$3`, `Prices!$B$2:$E$2`. */
  ref: string;
  sheet: string;
  row: number;
  col: number;
  /** The last cell of a range; absent for a single cell. */
  end?: { row: number; col: number };
  /** The defined name that points here, e.g. `DiscountRate`. */
  name?: string;
  /** The value of a single cell. */
  value?: ShownValue;
  error?: boolean;
}

export interface CellDetail {
  sheet: string;
  row: number;
  col: number;
  formula: string | null;
  value: ShownValue;
  error?: boolean;
  /** What the formula reads: cells, ranges and defined names, in the formula's order where it can tell. */
  precedents: RefView[];
}

export interface WorkbookView {
  sheets: string[];
  names: RefView[];
}

/** A value as it crosses to the page: an error becomes its code. */
function shown(v: HfValue): { value: ShownValue; error?: boolean } {
  return v instanceof DetailedCellError ? { value: v.value, error: true } : { value: v };
}

const A1 = /^(?:'((?:[^']|'')+)'|([A-Za-z_][\w.]*))!\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/;

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** `Inputs!$B$3` or `Prices!$B$2:$E$2` to its sheet and cells; null when it is not such a reference. */
export function parseRef(ref: string): Omit<RefView, 'name' | 'value' | 'error'> | null {
  const m = A1.exec(ref);
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replaceAll("''", "'") : group(m, 2);
  const start = { row: Number(m[4]) - 1, col: colIndex(group(m, 3)) };
  const end = m[5] !== undefined ? { row: Number(m[6]) - 1, col: colIndex(m[5]) } : undefined;
  return { ref, sheet, ...start, ...(end ? { end } : {}) };
}

/**
 * The defined names a formula uses, in order of first use. HyperFormula lists a named
 * expression among a cell's precedents only as an internal address, so the names are read from
 * the formula's text: identifiers outside string literals that are not functions or sheet names.
 */
export function namesInFormula(formula: string, names: readonly DefinedName[]): DefinedName[] {
  const byName = new Map(names.map((n) => [n.name.toLowerCase(), n]));
  const found: DefinedName[] = [];
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      // A string literal or a quoted sheet name; a doubled quote escapes itself.
      i++;
      while (i < formula.length && !(formula[i] === ch && formula[i + 1] !== ch)) i += formula[i] === ch ? 2 : 1;
      i++;
      continue;
    }
    const word = /^[A-Za-z_][\w.]*/.exec(formula.slice(i))?.[0];
    if (!word || /[\w$.]/.test(formula[i - 1] ?? '')) {
      i += word?.length ?? 1;
      continue;
    }
    i += word.length;
    const next = formula[i];
    if (next === '(' || next === '!') continue; // a function or a sheet
    const name = byName.get(word.toLowerCase());
    if (name && !found.includes(name)) found.push(name);
  }
  return found;
}

/** Reads views of a workbook running in HyperFormula. */
export class WorkbookInspector {
  readonly #hf: HyperFormula;
  readonly #data: WorkbookData;

  constructor(hf: HyperFormula, data: WorkbookData) {
    this.#hf = hf;
    this.#data = data;
  }

  #value(sheet: string, row: number, col: number): { value: ShownValue; error?: boolean } {
    const id = this.#hf.getSheetId(sheet);
    return id === undefined ? { value: null } : shown(this.#hf.getCellValue({ sheet: id, row, col }));
  }

  #refView(ref: string, name?: string): RefView | null {
    const at = parseRef(ref);
    if (!at) return null;
    const withName = name ? { name } : {};
    return at.end ? { ...at, ...withName } : { ...at, ...withName, ...this.#value(at.sheet, at.row, at.col) };
  }

  /** The sheets, and the defined names with where they point and their values. */
  overview(): WorkbookView {
    return {
      sheets: this.#data.sheets.map((s) => s.name),
      names: this.#data.names.flatMap((n) => this.#refView(n.ref, n.name) ?? []),
    };
  }

  sheet(name: string): SheetView | null {
    const data = this.#data.sheets.find((s) => s.name === name);
    if (!data) return null;
    const values: ShownValue[][] = [];
    const kinds: string[] = [];
    data.cells.forEach((row, r) => {
      let kind = '';
      values.push(
        row.map((cell, c) => {
          const v = this.#value(name, r, c);
          kind += v.error ? 'e' : cell !== null && isFormula(cell) ? 'f' : 'v';
          return v.value;
        }),
      );
      kinds.push(kind);
    });
    return { name, values, kinds };
  }

  /** One cell: its formula, value and precedents; null outside the workbook. */
  cell(at: CellAddress): CellDetail | null {
    const data = this.#data.sheets.find((s) => s.name === at.sheet);
    const id = this.#hf.getSheetId(at.sheet);
    if (!data || id === undefined) return null;
    const raw = data.cells[at.row]?.[at.col];
    const formula = raw !== undefined && raw !== null && isFormula(raw) ? raw.f : null;
    const named = formula ? namesInFormula(formula, this.#data.names) : [];
    const nameOf = new Map(this.#data.names.map((n) => [n.ref, n.name]));
    const queue = [...named];
    const precedents: RefView[] = [];
    const add = (view: RefView | null) => {
      if (view && !precedents.some((p) => p.ref === view.ref)) precedents.push(view);
    };
    for (const p of formula ? this.#hf.getCellPrecedents({ sheet: id, row: at.row, col: at.col }) : []) {
      const start = 'start' in p ? p.start : p;
      const sheet = this.#hf.getSheetName(start.sheet);
      if (sheet === undefined) {
        // A named expression, as an address on no sheet: HyperFormula lists them in the formula's
        // order, so the next name read from the text stands in its place.
        const n = queue.shift();
        if (n) add(this.#refView(n.ref, n.name));
        continue;
      }
      const first = a1({ sheet, row: start.row, col: start.col });
      const ref = 'end' in p ? `${first}:$${colName(p.end.col)}$${p.end.row + 1}` : first;
      add(this.#refView(ref, nameOf.get(ref)));
    }
    for (const n of queue) add(this.#refView(n.ref, n.name));
    return { ...at, formula, ...this.#value(at.sheet, at.row, at.col), precedents };
  }
}
