/**
 * The best package of measures for a budget (spec section 8): every measure is a candidate,
 * whatever its `enabled`; a package is worth its NPV plus the present value of the rebate tier
 * its reduction share reaches. Per-measure NPVs and shares come from the kernel's flows once;
 * the search (optimise-search.ts) then works on sets. Pure: no I/O, no globals.
 */
import { at } from './checked';
import { rebateRate } from './financing';
import { measureFlows, priceTable, reductionShares } from './flows';
import { assertEvaluable } from './invariants';
import { npv } from './metrics';
import { search, type Band, type ExactFigures, type SearchItem, type Tick } from './optimise-search';
import type { ResolvedResource, ResolvedScenario } from './resolved-scenario';

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

/** Per-measure figures computed once (file order): NPV, capex and reduction shares alone. */
export interface Candidates {
  scenario: ResolvedScenario;
  ids: string[];
  npv: number[];
  capex: number[];
  shares: Record<string, number>[];
}

/** NPV and reduction shares of every measure alone, from the kernel's flows (spec section 2). */
export function candidates(s: ResolvedScenario): Candidates {
  assertEvaluable(s);
  const prices = priceTable(s);
  const resources = new Map<string, ResolvedResource>(s.resources.map((k) => [k.id, k]));
  return {
    scenario: s,
    ids: s.measures.map((m) => m.id),
    npv: s.measures.map((m) => npv(s.discountRate, measureFlows(s, m, prices, resources).cashFlow)),
    capex: s.measures.map((m) => m.capex),
    shares: s.measures.map((m) => reductionShares({ ...s, measures: [{ ...m, enabled: true }] })),
  };
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

/** The shares of a package: the kernel's reductionShares with exactly those measures enabled. */
function packageShares(c: Candidates, positions: readonly number[]): Record<string, number> {
  const inPackage = new Set(positions);
  return reductionShares({
    ...c.scenario,
    measures: c.scenario.measures.map((m, i) => ({ ...m, enabled: inPackage.has(i) })),
  });
}

/** The discounted rebate: rate per band, slope per unit capex and constant, as section 8 defines. */
function rebateTerms(c: Candidates, ignoreRebate: boolean) {
  const s = c.scenario;
  const rebate = ignoreRebate ? null : (s.financing?.rebate ?? null);
  if (!s.financing || !rebate || !(rebate.indicator in reductionShares(s))) return null;
  return { rebate, principal: s.financing.loan.principal, discount: Math.pow(1 + s.discountRate, rebate.year) };
}

/** Figures of one package (file positions), as the results would show them. */
export function packageFigures(c: Candidates, positions: readonly number[], ignoreRebate = false): PackageFigures {
  const sorted = [...positions].sort((a, b) => a - b);
  let total = 0;
  let capex = 0;
  for (const i of sorted) {
    total += at(c.npv, i);
    capex += at(c.capex, i);
  }
  const shares = packageShares(c, sorted);
  const terms = rebateTerms(c, ignoreRebate);
  // A share the kernel leaves out (a resource without a baseline) is no reduction: 0.
  const rate = terms ? rebateRate(terms.rebate.tiers, shares[terms.rebate.indicator] ?? 0) : 0;
  const base = terms?.rebate.base === 'principal' ? terms.principal : capex;
  const rebatePv = terms ? (rate * base) / terms.discount : 0;
  return {
    measures: sorted.map((i) => at(c.ids, i)),
    value: total + rebatePv,
    npv: total,
    rebatePv,
    rebateRate: rate,
    totalCapex: capex,
    reductionShares: shares,
  };
}

function bands(c: Candidates, ignoreRebate: boolean): Band[] {
  const terms = rebateTerms(c, ignoreRebate);
  if (!terms) return [{ lo: -Infinity, hi: Infinity, rate: 0, constant: 0, slope: 0 }];
  const { rebate, principal, discount } = terms;
  const edges = [-Infinity, ...[...new Set(rebate.tiers.map((t) => t.minReduction))].sort((a, b) => a - b)];
  return edges.map((lo, i) => {
    // The tier rule itself (financing.ts) names the rate of every share in [lo, next edge).
    const rate = rebateRate(rebate.tiers, lo);
    const perUnit = rate / discount;
    return {
      lo,
      hi: edges[i + 1] ?? Infinity,
      rate,
      constant: rebate.base === 'principal' ? perUnit * principal : 0,
      slope: rebate.base === 'capex' ? perUnit : 0,
    };
  });
}

/** The search problem for one budget, or null when the settings leave nothing to search. */
function problem(c: Candidates, settings: OptimiseSettings) {
  const ignoreRebate = settings.ignoreRebate ?? false;
  const terms = rebateTerms(c, ignoreRebate);
  const indicator = terms?.rebate.indicator;
  const min = settings.minReduction ?? null;
  const position = new Map(c.ids.map((id, i) => [id, i]));
  const required = new Set((settings.require ?? []).map((id) => position.get(id) ?? -1));
  const excluded = new Set((settings.exclude ?? []).map((id) => position.get(id) ?? -1));
  const items: SearchItem[] = [];
  const fixed = { positions: [] as number[], npv: 0, capex: 0, share: 0, minShare: 0 };
  // A share the kernel leaves out (a resource without a baseline) is no reduction: 0.
  c.ids.forEach((_, i) => {
    if (excluded.has(i)) return;
    const item: SearchItem = {
      position: i,
      npv: at(c.npv, i),
      capex: at(c.capex, i),
      share: indicator === undefined ? 0 : (at(c.shares, i)[indicator] ?? 0),
      minShare: min ? (at(c.shares, i)[min.indicator] ?? 0) : 0,
    };
    if (!required.has(i)) {
      items.push(item);
      return;
    }
    fixed.positions.push(i);
    fixed.npv += item.npv;
    fixed.capex += item.capex;
    fixed.share += item.share;
    fixed.minShare += item.minShare;
  });
  const exact = (positions: readonly number[]): ExactFigures => {
    const shares = packageShares(c, positions);
    let capex = 0;
    for (const i of [...positions].sort((a, b) => a - b)) capex += at(c.capex, i);
    return {
      capex,
      share: indicator === undefined ? 0 : (shares[indicator] ?? 0),
      minShare: min ? (shares[min.indicator] ?? 0) : 0,
    };
  };
  return {
    items,
    fixed,
    budget: settings.budget,
    bands: bands(c, ignoreRebate),
    minShare: min ? min.share : null,
    exact,
    valueOf: (npvSum: number, capex: number, band: Band) => npvSum + band.constant + band.slope * capex,
  };
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
  return search(problem(c, settings), seed, tick).best?.positions ?? null;
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
    const positions = search(problem(c, { ...settings, budget }), seed, tick).best?.positions ?? null;
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
