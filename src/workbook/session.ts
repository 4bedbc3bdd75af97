/**
 * One open scenario in the engine worker: every edit is validated, its formulas resolved and
 * the kernel run (a millisecond or so), and the full workbook, which takes far longer to build,
 * is brought up to date only when someone looks at it.
 */
import type { Issue } from '../model/issues';
import { evaluate } from '../model/kernel';
import { finiteFigures } from '../model/overflow';
import { parseScenario } from '../model/parse';
import type { ResolvedScenario } from '../model/resolved-scenario';
import { resultsFile } from '../model/results-file';
import type { Results } from '../model/results';
import type { Scenario } from '../model/schema';
import { ScenarioWorkbook } from './scenario-workbook';
import { irrStarts } from './evaluate';
import { resolveWithValues, type FormulaValues } from './formula-resolver';
import type { LabelLanguage } from './label-text';
import { workbookXlsx } from './xlsx';
import { WorkbookInspector, type CellDetail, type SheetView, type WorkbookView } from './inspect';
import type { CellAddress } from './sheet';

export type EvaluateReply =
  { ok: true; results: Results; formulaValues: FormulaValues } | { ok: false; issues: Issue[] };

export type { CellDetail, RefView, SheetView, WorkbookView } from './inspect';

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
    const results = finiteFigures(resolved.resolved, (r) => resultsFile(r, { delta }));
    if (!results.ok) return results;
    this.#scenario = parsed.value;
    this.#resolved = resolved.resolved;
    this.#stale = true;
    return { ok: true, results: results.figures, formulaValues: values };
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

  #inspector(): WorkbookInspector | null {
    const wb = this.#current();
    return wb && new WorkbookInspector(wb.hf, wb.data);
  }

  /** The workbook's sheets and defined names (with their values), brought up to date. */
  workbook(): WorkbookView | null {
    return this.#inspector()?.overview() ?? null;
  }

  /** One sheet's computed values, and which cells hold formulas or errors. */
  sheet(name: string): SheetView | null {
    return this.#inspector()?.sheet(name) ?? null;
  }

  /** One cell's formula, value, and the cells and names it reads. */
  cell(at: CellAddress): CellDetail | null {
    return this.#inspector()?.cell(at) ?? null;
  }

  /** The open scenario's workbook as an .xlsx file with live formulas (see xlsx.ts), brought up to date first. */
  xlsx(language: LabelLanguage = 'en'): Uint8Array | null {
    const wb = this.#current();
    return wb && workbookXlsx(wb, language);
  }

  close(): void {
    this.#workbook?.destroy();
    this.#workbook = null;
    this.#scenario = null;
    this.#resolved = null;
  }
}
