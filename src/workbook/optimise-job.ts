/**
 * One "best package for a budget" run as the optimise worker does it: resolve the file, solve the
 * budget and the ten budgets of the frontier (spec section 8), reporting progress after each, and
 * what the page shows beside the answer: the best package with the rebate left out (to mark the
 * measures chosen only for it), every measure, and the package enabled now. A run is stopped by
 * terminating its worker (src/state/optimise.svelte.ts).
 */
import type { Issue } from '../model/issues';
import {
  bestPositions,
  optimum,
  OptimiseSettingsError,
  type OptimiseIssue,
  type OptimumFile,
  type PackageFigures,
} from '../model/optimise';
import { candidates, packageFigures } from '../model/optimise-candidates';
import { z } from '../model/zod';
import { resolveFileLazily } from './monte-carlo-job';

/** What the page may ask, checked where it arrives (STYLE point 3). */
export const optimiseInput = z.strictObject({
  budget: z.number().min(0),
  require: z.array(z.string().max(100)).max(500),
  exclude: z.array(z.string().max(100)).max(500),
  minReduction: z.strictObject({ indicator: z.string().max(100), share: z.number() }).nullable(),
});

export type OptimiseRunSettings = z.infer<typeof optimiseInput>;

export interface OptimiseAnswer {
  optimum: OptimumFile;
  /** Figures of each frontier package (null where no package is feasible), for the chart. */
  frontierFigures: (PackageFigures | null)[];
  /** The best package's measures for the same settings with the rebate left out; null without a rebate or when infeasible. */
  withoutRebate: string[] | null;
  /** Every measure of the file, and the measures enabled now. */
  all: PackageFigures;
  enabled: PackageFigures;
}

export type OptimiseReply =
  | { ok: true; answer: OptimiseAnswer; elapsedMs: number }
  | { ok: false; issues: Issue[]; settingsIssues: OptimiseIssue[] };

export type OptimiseProgressCallback = (done: number, total: number) => void;

export async function runOptimiseJob(
  file: unknown,
  settings: OptimiseRunSettings,
  onProgress?: OptimiseProgressCallback,
  now = () => performance.now(),
): Promise<OptimiseReply> {
  const started = now();
  const outcome = await resolveFileLazily(file);
  if (!outcome.ok) return { ok: false, issues: outcome.issues, settingsIssues: [] };
  const s = outcome.resolved;
  const hasRebate = s.financing?.rebate != null;
  const total = hasRebate ? 12 : 11;
  try {
    const answer = optimum(s, settings, (done) => onProgress?.(done, total));
    const c = candidates(s);
    const withoutRebate = hasRebate ? bestPositions(c, { ...settings, ignoreRebate: true }) : null;
    if (hasRebate) onProgress?.(total, total);
    const position = new Map(c.ids.map((id, i) => [id, i]));
    const positionsOf = (ids: readonly string[]) => ids.map((id) => position.get(id) ?? -1);
    return {
      ok: true,
      answer: {
        optimum: answer,
        frontierFigures: answer.frontier.map((p) => (p.measures ? packageFigures(c, positionsOf(p.measures)) : null)),
        withoutRebate: withoutRebate ? withoutRebate.map((i) => c.ids[i] ?? '') : null,
        all: packageFigures(
          c,
          c.ids.map((_, i) => i),
        ),
        enabled: packageFigures(
          c,
          s.measures.flatMap((m, i) => (m.enabled ? [i] : [])),
        ),
      },
      elapsedMs: now() - started,
    };
  } catch (e) {
    if (e instanceof OptimiseSettingsError) return { ok: false, issues: [], settingsIssues: e.issues };
    throw e;
  }
}
