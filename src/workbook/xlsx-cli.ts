/**
 * What the command-line evaluator loads lazily, as ONE module: the formula resolver and the Excel
 * export. One, because the CLI bundle (esbuild with code splitting) puts a library that two lazy
 * chunks share into a common chunk, and there runs HyperFormula's circular modules in the wrong
 * order (esbuild issue 399): loading fails with "Cannot read properties of undefined (reading
 * 'NA')". Plain scenarios without --xlsx still load none of it.
 */
import type { Issue } from '../model/issues';
import type { Scenario } from '../model/schema';
import { openWorkbook } from './evaluate';
import { workbookXlsx } from './xlsx';

export { resolveScenario } from './formula-resolver';

/** The .xlsx file of a valid scenario, built as the app builds it (kernel IRR starts included). */
export function scenarioXlsx(s: Scenario): { ok: true; bytes: Uint8Array } | { ok: false; issues: Issue[] } {
  const opened = openWorkbook(s);
  if (!opened.ok) return opened;
  try {
    return { ok: true, bytes: workbookXlsx(opened.workbook) };
  } finally {
    opened.workbook.destroy();
  }
}
