/**
 * The engine worker: HyperFormula off the main thread, reached only through src/engine/.
 * It exposes one object; its type is the whole contract with the page.
 *
 * HyperFormula and what needs it (the sensitivity tools, the portfolio, the workbook) are imported
 * on first use: the worker starts with the model and zod only, so the first figures of a
 * plain-number scenario never wait for a megabyte of code to load (issue 15 item 11).
 */
import './report-csp-violations'; // first: see the module
import { expose, transfer } from 'comlink';
import { z } from '../src/model/zod';
import { ModelSession } from '../src/workbook/session';
import type { AnalysisSession } from '../src/workbook/analysis';
import { dataTableInput, energyFactorInput, goalSeekInput } from '../src/workbook/analysis-inputs';

// Messages are validated where they arrive (STYLE point 3); the client checks the replies.
const formulaInput = z.string().startsWith('=').max(4000);
const deltaInput = z.number().gt(0).lt(1);
const languageInput = z.enum(['en', 'es', 'pt']);
const cellInput = z.strictObject({
  sheet: z.string().max(64),
  row: z.number().int().min(0),
  col: z.number().int().min(0),
});

// The open scenario; the scenario file itself is validated by the model's own parser.
const session = new ModelSession();
// The sensitivity tools keep their own resolved copy: a what-if never replaces the open scenario.
let analysisSession: Promise<AnalysisSession> | null = null;
// A failed import (offline, a new version published) is tried again on the next call.
const analysis = () =>
  (analysisSession ??= import('../src/workbook/analysis').then(
    (m) => new m.AnalysisSession(),
    (error: unknown) => {
      analysisSession = null;
      throw error;
    },
  ));
const hyperFormula = async () => (await import('hyperformula')).HyperFormula;

const api = {
  /** HyperFormula's version, so the page can say which engine answered. */
  async version(): Promise<string> {
    return (await hyperFormula()).version;
  },

  /** Computes one formula in a throw-away sheet: its value, or the spreadsheet error's code (e.g. `#DIV/0!`). */
  async evaluateFormula(formula: string) {
    const [HyperFormula, { HF_CONFIG }] = await Promise.all([
      hyperFormula(),
      import('../src/workbook/hyperformula-config'),
    ]);
    const sheet = HyperFormula.buildFromArray([[formulaInput.parse(formula)]], HF_CONFIG);
    try {
      const value = sheet.getCellValue({ sheet: 0, row: 0, col: 0 });
      return typeof value === 'object' && value !== null
        ? { kind: 'error' as const, error: value.value }
        : { kind: 'value' as const, value };
    } finally {
      sheet.destroy();
    }
  },

  /** Validates and evaluates a scenario file as edited: its results, or the issues naming each field at fault. */
  evaluateScenario(file: unknown, delta: number) {
    return session.evaluate(file, deltaInput.parse(delta));
  },

  /** The last valid scenario's workbook: sheet names and defined names (built on first use). */
  workbook() {
    return session.workbook();
  },

  /** One sheet of the workbook: computed values, and which cells hold formulas. */
  sheet(name: string) {
    return session.sheet(z.string().max(64).parse(name));
  },

  /** One cell of the workbook: its formula, value, and the cells and names it reads. */
  cell(at: { sheet: string; row: number; col: number }) {
    return session.cell(cellInput.parse(at));
  },

  /**
   * The scenario file, validated and evaluated, as an .xlsx workbook with live formulas and its
   * labels in the user's language; the bytes are transferred, not copied.
   */
  async exportXlsx(file: unknown, language: 'en' | 'es' | 'pt' = 'en') {
    const reply = await session.exportXlsx(file, languageInput.parse(language));
    return reply.ok ? transfer(reply, [reply.bytes.buffer as ArrayBuffer]) : reply;
  },

  /** Portfolio figures of a batch of scenario files (src/workbook/portfolio-entries.ts); the open scenario is untouched. */
  async portfolioEntries(files: unknown[]) {
    const checked = z.array(z.unknown()).max(1000).parse(files);
    return (await import('../src/workbook/portfolio-entries')).portfolioEntries(checked);
  },

  /** Sensitivity (src/workbook/analysis.ts): break-even, tornadoes, NPV against the energy factor, inputs. */
  async sensitivityOverview(file: unknown, delta: number) {
    return (await analysis()).overview(file, deltaInput.parse(delta));
  },

  /** The headline figures at another energy price factor, the file unchanged. */
  async energyWhatIf(file: unknown, factor: number) {
    return (await analysis()).energy(file, energyFactorInput.parse(factor));
  },

  async dataTable(
    file: unknown,
    spec: { rows: { input: string; values: number[] }; columns: { input: string; values: number[] } | null },
  ) {
    return (await analysis()).dataTable(file, dataTableInput.parse(spec));
  },

  async goalSeek(file: unknown, spec: { input: string; metric: 'npv' | 'equityNpv' | 'minDscr'; target?: number }) {
    return (await analysis()).goalSeek(file, goalSeekInput.parse(spec));
  },

  /** The credit memo's DSCR stress table. */
  async dscrStress(file: unknown) {
    return (await analysis()).dscrStress(file);
  },
};

export type EngineApi = typeof api;

expose(api);
