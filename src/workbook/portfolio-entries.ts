/**
 * Portfolio figures of many scenario files at once (run in the engine worker, a batch per call
 * so the page can show progress): each file validated, its formulas resolved and evaluated as
 * the evaluator does, then reduced to its portfolio entry (spec section 7).
 */
import type { Issue } from '../model/issues';
import { parseScenario } from '../model/parse';
import { entryResults, portfolioEntry, type PortfolioEntry } from '../model/portfolio';
import { resolveScenario } from './formula-resolver';

export type EntryResult =
  { ok: true; entry: PortfolioEntry; dscrBreach: boolean | null } | { ok: false; issues: Issue[] };

/** At most this many problems per scenario travel back: the row shows the first, the editor all of them. */
const MAX_ISSUES = 5;

export function portfolioEntryOf(file: unknown): EntryResult {
  const parsed = parseScenario(file);
  if (!parsed.ok) return { ok: false, issues: parsed.issues.slice(0, MAX_ISSUES) };
  const resolved = resolveScenario(parsed.value);
  if (!resolved.ok) return { ok: false, issues: resolved.issues.slice(0, MAX_ISSUES) };
  const results = entryResults(resolved.resolved);
  return {
    ok: true,
    entry: portfolioEntry(parsed.value, resolved.resolved, results),
    dscrBreach: results.financing ? results.financing.dscrBreach : null,
  };
}

export function portfolioEntries(files: readonly unknown[]): EntryResult[] {
  return files.map(portfolioEntryOf);
}
