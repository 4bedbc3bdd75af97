/**
 * One open scenario in the engine worker: every edit is validated, its formulas resolved and
 * the kernel run (a millisecond or so), and the full workbook, which takes far longer to build,
 * is brought up to date only when someone looks at it.
 */
import type { Issue } from '../model/issues';
import { evaluate } from '../model/kernel';
import { parseScenario } from '../model/parse';
import type { ResolvedScenario } from '../model/resolved';
import { resultsFile } from '../model/results-file';
import type { Results } from '../model/results';
import type { Scenario } from '../model/schema';
import { ScenarioWorkbook } from './engine';
import { irrStarts } from './evaluate';
import { resolveWithValues, type FormulaValues } from './resolver';
import { a1, isFormula, type CellAddress } from './sheet';

export type EvaluateReply = { ok: true; results: Results; formulaValues: FormulaValues } | { ok: false; issues: Issue[] };

export interface SheetCellView {
  /** The formula as written, or null for an input or a label. */
  formula: string | null;
  /** The value computed: a number, text, a boolean, an error code like `#DIV/0!`, or null for empty. */
  value: number | string | boolean | null;
  error?: boolean;
}

export interface SheetView {
  name: string;
  cells: SheetCellView[][];
}

export interface WorkbookView {
  sheets: string[];
  names: { name: string; ref: string }[];
}

export class ModelSession {
  #scenario: Scenario | null = null;
  #resolved: ResolvedScenario | null = null;
  #workbook: ScenarioWorkbook | null = null;
  #stale = true;

  /** Validates and evaluates a scenario file (as edited); keeps it as the current one when valid. */
  evaluate(file: unknown, delta = 0.2): EvaluateReply {
    const parsed = parseScenario(file);
    if (!parsed.ok) return parsed;
    const { outcome: resolved, values } = resolveWithValues(parsed.value);
    if (!resolved.ok) return resolved;
    this.#scenario = parsed.value;
    this.#resolved = resolved.resolved;
    this.#stale = true;
    return { ok: true, results: resultsFile(resolved.resolved, { delta }), formulaValues: values };
  }

  get resolved(): ResolvedScenario | null {
    return this.#resolved;
  }

  #current(): ScenarioWorkbook | null {
    const s = this.#scenario;
    if (!s || !this.#resolved) return null;
    if (!this.#workbook) {
      const created = ScenarioWorkbook.create(s);
      if (!created.ok) return null;
      this.#workbook = created.workbook;
    } else if (this.#stale) {
      if (!this.#workbook.update(s).ok) return null;
    } else return this.#workbook;
    this.#workbook.setIrrStarts(irrStarts(evaluate(this.#resolved)));
    this.#stale = false;
    return this.#workbook;
  }

  /** The workbook's sheets and defined names, brought up to date. */
  workbook(): WorkbookView | null {
    const wb = this.#current();
    return wb && { sheets: wb.data.sheets.map((s) => s.name), names: wb.data.names };
  }

  /** One sheet's formulas and computed values. */
  sheet(name: string): SheetView | null {
    const wb = this.#current();
    const data = wb?.data.sheets.find((s) => s.name === name);
    if (!wb || !data) return null;
    const cells = data.cells.map((row, r) =>
      row.map((cell, c): SheetCellView => {
        const v = wb.value({ sheet: name, row: r, col: c });
        const error = v !== null && typeof v === 'object';
        return { formula: isFormula(cell) ? cell.f : null, value: error ? v.value : v, ...(error ? { error } : {}) };
      }),
    );
    return { name, cells };
  }

  /** The cells a cell's formula reads, as A1 references (`Inputs!$B$3`, `Prices!$B$2:$D$2`). */
  precedents(at: CellAddress): string[] {
    const wb = this.#current();
    if (!wb) return [];
    const id = wb.hf.getSheetId(at.sheet);
    if (id === undefined) return [];
    const name = (sheet: number) => wb.hf.getSheetName(sheet) ?? '?';
    return wb.hf.getCellPrecedents({ sheet: id, row: at.row, col: at.col }).map((p) =>
      'start' in p
        ? `${a1({ sheet: name(p.start.sheet), row: p.start.row, col: p.start.col })}:${a1({ sheet: name(p.end.sheet), row: p.end.row, col: p.end.col }, { from: name(p.end.sheet) })}`
        : a1({ sheet: name(p.sheet), row: p.row, col: p.col }),
    );
  }

  close(): void {
    this.#workbook?.destroy();
    this.#workbook = null;
    this.#scenario = null;
    this.#resolved = null;
  }
}
