/**
 * The best package of measures for a budget (spec section 8): every measure is a candidate,
 * whatever its `enabled`; a package is worth its NPV plus the present value of the rebate tier
 * its reduction share reaches. Per-measure NPVs and shares come from the kernel's flows once;
 * the search (optimise-search.ts) then works on sets. Pure: no I/O, no globals.
 */
import { at } from './checked';
import { reductionShares } from './flows';
import { candidates, packageFigures, searchProblem, type Candidates } from './optimise-candidates';
import { search, type Tick } from './optimise-search';
import type { ResolvedScenario } from './resolved-scenario';

export interface OptimiseSettings {
  budget: number;
  require?: readonly string[];
  exclude?: readonly string[];
  /** An indicator (`co2e` or a resource id with a baseline) and the share the package must reach. */
  minReduction?: { indicator: string; share: number } | null;
  /** Values packages without the rebate: what the firm would choose if the credit line paid none. */
  ignoreRebate?: boolean;
}

export type OptimiseIssueCode =
  'bad-budget' | 'unknown-measure' | 'required-and-excluded' | 'bad-indicator' | 'bad-share';

/** A bad run setting: the field, a code the UI translates, the id at fault, and an English line. */
export interface OptimiseIssue {
  field: 'budget' | 'require' | 'exclude' | 'minReduction';
  code: OptimiseIssueCode;
  id?: string;
  message: string;
}

export interface PackageFigures {
  /** In file order. */
  measures: string[];
  value: number;
  npv: number;
  rebatePv: number;
  rebateRate: number;
  totalCapex: number;
  reductionShares: Record<string, number>;
}

export interface FrontierPoint {
  budget: number;
  value: number | null;
  measures: string[] | null;
}

export interface OptimumFile {
  format: 'cp-optimum';
  version: 1;
  budget: number;
  best: PackageFigures | null;
  frontier: FrontierPoint[];
  measures: { id: string; npv: number; capex: number; inBest: boolean }[];
}

/** The run settings' problems, empty when they are usable. */
export function settingsIssues(c: Candidates, settings: OptimiseSettings): OptimiseIssue[] {
  const issues: OptimiseIssue[] = [];
  if (!Number.isFinite(settings.budget) || settings.budget < 0) {
    issues.push({
      field: 'budget',
      code: 'bad-budget',
      message: `the budget must be a number ≥ 0, got ${settings.budget}`,
    });
  }
  const known = new Set(c.ids);
  const required = new Set(settings.require ?? []);
  for (const field of ['require', 'exclude'] as const) {
    for (const id of settings[field] ?? []) {
      if (!known.has(id))
        issues.push({ field, code: 'unknown-measure', id, message: `"${id}" is not a measure of this scenario` });
      else if (field === 'exclude' && required.has(id)) {
        issues.push({ field, code: 'required-and-excluded', id, message: `"${id}" is both required and excluded` });
      }
    }
  }
  const min = settings.minReduction;
  if (min) {
    const shares = reductionShares(c.scenario);
    if (!(min.indicator in shares)) {
      issues.push({
        field: 'minReduction',
        code: 'bad-indicator',
        id: min.indicator,
        message: `"${min.indicator}" has no reduction share (co2e or a resource with a baseline)`,
      });
    }
    if (!Number.isFinite(min.share))
      issues.push({
        field: 'minReduction',
        code: 'bad-share',
        message: `the minimum share must be a number, got ${min.share}`,
      });
  }
  return issues;
}

export class OptimiseSettingsError extends Error {
  constructor(readonly issues: OptimiseIssue[]) {
    super(issues.map((i) => `${i.field}: ${i.message}`).join('; '));
    this.name = 'OptimiseSettingsError';
  }
}

function checked(c: Candidates, settings: OptimiseSettings): void {
  const issues = settingsIssues(c, settings);
  if (issues.length > 0) throw new OptimiseSettingsError(issues);
}

/** File positions of the best package (null when none is feasible); throws OptimiseSettingsError. */
export function bestPositions(
  c: Candidates,
  settings: OptimiseSettings,
  seed: readonly number[] | null = null,
  tick?: Tick,
): number[] | null {
  checked(c, settings);
  return search(searchProblem(c, settings), seed, tick).best?.positions ?? null;
}

/** The best package for the settings' budget, or null when no package is feasible. */
export function bestPackage(c: Candidates, settings: OptimiseSettings): PackageFigures | null {
  const positions = bestPositions(c, settings);
  return positions ? packageFigures(c, positions, settings.ignoreRebate ?? false) : null;
}

/** The ten budgets k/10 × capex(C) of the frontier, C every candidate not excluded. */
export function frontierBudgets(c: Candidates, settings: OptimiseSettings): number[] {
  const excluded = new Set(settings.exclude ?? []);
  let total = 0;
  c.ids.forEach((id, i) => {
    if (!excluded.has(id)) total += at(c.capex, i);
  });
  return Array.from({ length: 10 }, (_, k) => ((k + 1) / 10) * total);
}

/** Progress: solves done out of the total (the best package and the ten budgets). */
export type OptimiseProgress = (done: number, total: number) => void;

/** The frontier of section 8: the best package for each of the ten budgets. */
export function frontier(
  c: Candidates,
  settings: OptimiseSettings,
  onSolved?: () => void,
  tick?: Tick,
): FrontierPoint[] {
  checked(c, settings);
  let seed: number[] | null = null;
  return frontierBudgets(c, settings).map((budget) => {
    // The best package of a smaller budget is feasible here too: a good start for the bound.
    const positions = search(searchProblem(c, { ...settings, budget }), seed, tick).best?.positions ?? null;
    if (positions) seed = positions;
    onSolved?.();
    if (!positions) return { budget, value: null, measures: null };
    const figures = packageFigures(c, positions, settings.ignoreRebate ?? false);
    return { budget, value: figures.value, measures: figures.measures };
  });
}

/** The section 8 answer for a scenario: best package, frontier and every measure. Throws OptimiseSettingsError. */
export function optimum(
  s: ResolvedScenario,
  settings: OptimiseSettings,
  onProgress?: OptimiseProgress,
  tick?: Tick,
): OptimumFile {
  const c = candidates(s);
  checked(c, settings);
  const positions = bestPositions(c, settings, null, tick);
  onProgress?.(1, 11);
  let done = 1;
  const front = frontier(c, settings, () => onProgress?.(++done, 11), tick);
  const best = positions ? packageFigures(c, positions, settings.ignoreRebate ?? false) : null;
  const chosen = new Set(positions ?? []);
  return {
    format: 'cp-optimum',
    version: 1,
    budget: settings.budget,
    best,
    frontier: front,
    measures: c.ids.map((id, i) => ({ id, npv: at(c.npv, i), capex: at(c.capex, i), inBest: chosen.has(i) })),
  };
}
