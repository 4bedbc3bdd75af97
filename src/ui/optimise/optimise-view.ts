/**
 * What the "Best package for a budget" tab shows from the optimiser's answer: the package on
 * screen (the best, or a frontier step the user clicked), the measures chosen only because of the
 * rebate, the differences from all measures and from the package enabled now, the frontier's
 * points with their tier crossings, and the edit that applies a package.
 */
import type { PackageFigures } from '../../model/optimise';
import type { OptimiseAnswer } from '../../workbook/optimise-job';

export interface ShownPackage {
  figures: PackageFigures;
  /** The budget it answers. */
  budget: number;
  /** Null for the best package, else the frontier step's index. */
  step: number | null;
}

/** The best package (step null) or a frontier step's; null when that one is infeasible. */
export function shownPackage(answer: OptimiseAnswer, step: number | null): ShownPackage | null {
  if (step === null) {
    const best = answer.optimum.best;
    return best ? { figures: best, budget: answer.optimum.budget, step: null } : null;
  }
  const figures = answer.frontierFigures[step] ?? null;
  const point = answer.optimum.frontier[step];
  return figures && point ? { figures, budget: point.budget, step } : null;
}

/**
 * Measures in the best package but not in the best package for the same budget with the rebate
 * left out: chosen only because of the rebate. Empty for frontier steps (not computed for them).
 */
export function rebateOnly(answer: OptimiseAnswer, shown: ShownPackage): string[] {
  if (shown.step !== null || answer.withoutRebate === null) return [];
  const without = new Set(answer.withoutRebate);
  return shown.figures.measures.filter((id) => !without.has(id));
}

export interface Difference {
  value: number;
  npv: number;
  capex: number;
  added: string[];
  removed: string[];
}

/** How `a` differs from `b`: value, NPV and capex a − b; measures in a only, in b only. */
export function difference(a: PackageFigures, b: PackageFigures): Difference {
  const inA = new Set(a.measures);
  const inB = new Set(b.measures);
  return {
    value: a.value - b.value,
    npv: a.npv - b.npv,
    capex: a.totalCapex - b.totalCapex,
    added: a.measures.filter((id) => !inB.has(id)),
    removed: b.measures.filter((id) => !inA.has(id)),
  };
}

export interface FrontierPointView {
  step: number;
  budget: number;
  value: number;
  rebateRate: number;
  /** True when this step earns another rebate rate than the feasible step before it. */
  crossesTier: boolean;
}

/** The feasible frontier steps in budget order, tier crossings marked. */
export function frontierPoints(answer: OptimiseAnswer): FrontierPointView[] {
  const out: FrontierPointView[] = [];
  answer.optimum.frontier.forEach((point, step) => {
    const figures = answer.frontierFigures[step];
    if (point.value === null || !figures) return;
    const before = out.at(-1);
    out.push({
      step,
      budget: point.budget,
      value: point.value,
      rebateRate: figures.rebateRate,
      crossesTier: before !== undefined && before.rebateRate !== figures.rebateRate,
    });
  });
  return out;
}

/** The editor's parts that enable exactly `chosen` among `ids` (the file's measures, in order). */
export function applyParts(
  ids: readonly string[],
  chosen: readonly string[],
): { path: (string | number)[]; value: boolean }[] {
  const on = new Set(chosen);
  return ids.map((id, i) => ({ path: ['measures', i, 'enabled'], value: on.has(id) }));
}

/**
 * The figures of the package enabled now (`ids`, file order), when the answer knows them: the
 * package enabled when the search ran, or any package the answer holds (the best, all measures,
 * a frontier step). Null otherwise: the comparison then names the measures only.
 */
export function enabledFigures(answer: OptimiseAnswer, ids: readonly string[]): PackageFigures | null {
  const key = ids.join('\n');
  const known = [answer.enabled, answer.all, answer.optimum.best, ...answer.frontierFigures];
  return known.find((f) => f !== null && f.measures.join('\n') === key) ?? null;
}

/** What the answer depends on: the file without the measures' switches (applying a package keeps it current). */
export function answerKey(file: unknown): string {
  return JSON.stringify(file, (key, value: unknown) => (key === 'enabled' ? undefined : value));
}

export interface StepRegion {
  step: number;
  /** The budgets the step holds over: from its own to the next step's. */
  x1: number;
  x2: number;
}

/**
 * Where a click on the frontier chart chooses each step: from its budget to the next step's (the
 * flat run of the step-after line). The last step holds for any larger budget too (every
 * candidate fits), so its run goes on for half a step, as the line drawn does (`lineEnd`).
 */
export function stepRegions(points: readonly FrontierPointView[]): StepRegion[] {
  const end = lineEnd(points);
  return points.map((p, i) => ({ step: p.step, x1: p.budget, x2: points[i + 1]?.budget ?? end ?? p.budget }));
}

/** The budget where the drawn line stops: half a step past the last one (null with no point). */
export function lineEnd(points: readonly FrontierPointView[]): number | null {
  const last = points.at(-1);
  if (!last) return null;
  const before = points.at(-2);
  const gap = before ? last.budget - before.budget : last.budget;
  return last.budget + gap / 2;
}
