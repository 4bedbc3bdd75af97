/**
 * The engine worker: HyperFormula off the main thread, reached only through src/engine/.
 * It exposes one object; its type is the whole contract with the page.
 */
import './report-csp-violations'; // first: see the module
import { expose, transfer } from 'comlink';
import { HyperFormula } from 'hyperformula';
import { z } from '../src/model/zod';
import { HF_CONFIG } from '../src/workbook/hyperformula-config';
import { ModelSession } from '../src/workbook/session';
import { AnalysisSession } from '../src/workbook/analysis';
import { dataTableInput, energyFactorInput, goalSeekInput } from '../src/workbook/analysis-inputs';
import { portfolioEntries } from '../src/workbook/portfolio-entries';

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
const analysis = new AnalysisSession();

const api = {
  /** HyperFormula's version, so the page can say which engine answered. */
  version(): string {
    return HyperFormula.version;
  },

  /** Computes one formula in a throw-away sheet: its value, or the spreadsheet error's code (e.g. `#DIV/0!`). */
  evaluateFormula(formula: string) {
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
  exportXlsx(file: unknown, language: 'en' | 'es' | 'pt' = 'en') {
    const reply = session.evaluate(file);
    if (!reply.ok) return { ok: false as const, issues: reply.issues.length };
    const bytes = session.xlsx(languageInput.parse(language));
    if (!bytes) return { ok: false as const, issues: 0 };
    return transfer({ ok: true as const, bytes }, [bytes.buffer as ArrayBuffer]);
  },

  /** Portfolio figures of a batch of scenario files (src/workbook/portfolio-entries.ts); the open scenario is untouched. */
  portfolioEntries(files: unknown[]) {
    return portfolioEntries(z.array(z.unknown()).max(1000).parse(files));
  },

  /** Sensitivity (src/workbook/analysis.ts): break-even, tornadoes, NPV against the energy factor, inputs. */
  sensitivityOverview(file: unknown, delta: number) {
    return analysis.overview(file, deltaInput.parse(delta));
  },

  /** The headline figures at another energy price factor, the file unchanged. */
  energyWhatIf(file: unknown, factor: number) {
    return analysis.energy(file, energyFactorInput.parse(factor));
  },

  dataTable(
    file: unknown,
    spec: { rows: { input: string; values: number[] }; columns: { input: string; values: number[] } | null },
  ) {
    return analysis.dataTable(file, dataTableInput.parse(spec));
  },

  goalSeek(file: unknown, spec: { input: string; metric: 'npv' | 'equityNpv' | 'minDscr'; target?: number }) {
    return analysis.goalSeek(file, goalSeekInput.parse(spec));
  },

  /** The credit memo's DSCR stress table. */
  dscrStress(file: unknown) {
    return analysis.dscrStress(file);
  },
};

export type EngineApi = typeof api;

expose(api);
