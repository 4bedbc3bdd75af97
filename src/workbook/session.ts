/**
 * One open scenario in the engine worker: every edit is validated, its formulas resolved and
 * the kernel run (a millisecond or so), and the full workbook, which takes far longer to build,
 * is brought up to date only when someone looks at it. HyperFormula (./formula-engine.ts) is
 * loaded on first need: a plain-number scenario is evaluated without it (issue 15 item 11).
 */
import type { Issue } from '../model/issues';
import { evaluate } from '../model/kernel';
import { finiteFigures } from '../model/overflow';
import { parseScenario } from '../model/parse';
import { hasFormulas, resolvePlain } from '../model/resolve-numbers';
import type { ResolvedScenario } from '../model/resolved-scenario';
import { resultsFile } from '../model/results-file';
import type { Results } from '../model/results';
import type { Scenario } from '../model/schema';
import type { ScenarioWorkbook } from './scenario-workbook';
import type { FormulaValues } from './formula-resolver';
import type { LabelLanguage } from './label-text';
import type { CellDetail, SheetView, WorkbookView } from './inspect';
import type { CellAddress } from './sheet';
import type * as FormulaEngineModule from './formula-engine';

export type EvaluateReply =
  { ok: true; results: Results; formulaValues: FormulaValues } | { ok: false; issues: Issue[] };

export type { CellDetail, RefView, SheetView, WorkbookView } from './inspect';

type FormulaEngine = typeof FormulaEngineModule;

/**
 * The formula engine's module, imported once. Once loaded it is handed over in microtasks only:
 * no other message to the worker runs in between (see exportXlsx).
 */
let engineModule: FormulaEngine | null = null;
async function loadEngine(): Promise<FormulaEngine> {
  return (engineModule ??= await import('./formula-engine'));
}

export class ModelSession {
  #scenario: Scenario | null = null;
  #resolved: ResolvedScenario | null = null;
  #workbook: ScenarioWorkbook | null = null;
  #stale = true;
  /** Evaluations started, and the one whose scenario is kept: an older one that finishes later never replaces it. */
  #started = 0;
  #kept = 0;

  /** Validates and evaluates a scenario file (as edited); keeps it as the current one when valid. */
  async evaluate(file: unknown, delta = 0.2): Promise<EvaluateReply> {
    const call = ++this.#started;
    const parsed = parseScenario(file);
    if (!parsed.ok) return parsed;
    const engine = hasFormulas(parsed.value) ? await loadEngine() : null;
    const { outcome: resolved, values } = engine
      ? engine.resolveWithValues(parsed.value)
      : { outcome: resolvePlain(parsed.value), values: {} };
    if (!resolved.ok) return resolved;
    const results = finiteFigures(resolved.resolved, (r) => resultsFile(r, { delta }));
    if (!results.ok) return results;
    if (call > this.#kept) {
      this.#kept = call;
      this.#scenario = parsed.value;
      this.#resolved = resolved.resolved;
      this.#stale = true;
    }
    return { ok: true, results: results.figures, formulaValues: values };
  }

  get resolved(): ResolvedScenario | null {
    return this.#resolved;
  }

  #current(engine: FormulaEngine): ScenarioWorkbook | null {
    const s = this.#scenario;
    if (!s || !this.#resolved) return null;
    if (!this.#workbook) {
      const created = engine.ScenarioWorkbook.create(s);
      if (!created.ok) return null;
      this.#workbook = created.workbook;
    } else if (this.#stale) {
      if (!this.#workbook.update(s).ok) return null;
    } else return this.#workbook;
    this.#workbook.setIrrStarts(engine.irrStarts(evaluate(this.#resolved)));
    this.#stale = false;
    return this.#workbook;
  }

  async #inspector() {
    const engine = await loadEngine();
    const wb = this.#current(engine);
    return wb && new engine.WorkbookInspector(wb.hf, wb.data);
  }

  /** The workbook's sheets and defined names (with their values), brought up to date. */
  async workbook(): Promise<WorkbookView | null> {
    return (await this.#inspector())?.overview() ?? null;
  }

  /** One sheet's computed values, and which cells hold formulas or errors. */
  async sheet(name: string): Promise<SheetView | null> {
    return (await this.#inspector())?.sheet(name) ?? null;
  }

  /** One cell's formula, value, and the cells and names it reads. */
  async cell(at: CellAddress): Promise<CellDetail | null> {
    return (await this.#inspector())?.cell(at) ?? null;
  }

  /** The open scenario's workbook as an .xlsx file with live formulas (see xlsx.ts), brought up to date first. */
  async xlsx(language: LabelLanguage = 'en'): Promise<Uint8Array | null> {
    const engine = await loadEngine();
    const wb = this.#current(engine);
    return wb && engine.workbookXlsx(wb, language);
  }

  /**
   * A file as an .xlsx workbook: evaluated (it becomes the open scenario, as before) and written.
   * The engine is loaded first, so nothing else runs between the evaluation and the writing.
   */
  async exportXlsx(
    file: unknown,
    language: LabelLanguage = 'en',
  ): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; issues: number }> {
    await loadEngine();
    const reply = await this.evaluate(file);
    if (!reply.ok) return { ok: false, issues: reply.issues.length };
    const bytes = await this.xlsx(language);
    return bytes ? { ok: true, bytes } : { ok: false, issues: 0 };
  }

  close(): void {
    this.#workbook?.destroy();
    this.#workbook = null;
    this.#scenario = null;
    this.#resolved = null;
  }
}
