/**
 * The engine worker: HyperFormula off the main thread, reached only through src/engine/.
 * It exposes one object; its type is the whole contract with the page.
 */
import './report-csp-violations'; // first: see the module
import { expose } from 'comlink';
import { HyperFormula, type ConfigParams } from 'hyperformula';
import { z } from '../src/model/zod';

// smartRounding off: results keep full double precision, the same as the model kernel's.
const hyperFormulaConfig: Partial<ConfigParams> = { licenseKey: 'gpl-v3', smartRounding: false };

// Messages are validated where they arrive (STYLE point 3); the client checks the replies.
const formulaInput = z.string().startsWith('=').max(4000);

const api = {
  /** HyperFormula's version, so the page can say which engine answered. */
  version(): string {
    return HyperFormula.version;
  },

  /** Computes one formula in a throw-away sheet: its value, or the spreadsheet error's code (e.g. `#DIV/0!`). */
  evaluate(formula: string) {
    const sheet = HyperFormula.buildFromArray([[formulaInput.parse(formula)]], hyperFormulaConfig);
    try {
      const value = sheet.getCellValue({ sheet: 0, row: 0, col: 0 });
      return typeof value === 'object' && value !== null
        ? { kind: 'error' as const, error: value.value }
        : { kind: 'value' as const, value };
    } finally {
      sheet.destroy();
    }
  },
};

export type EngineApi = typeof api;

expose(api);
