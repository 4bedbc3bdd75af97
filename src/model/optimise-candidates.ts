/**
 * The candidates of the best-package search (spec section 8) and what a package of them is worth:
 * per-measure NPV, capex and reduction shares computed once from the kernel's flows, a package's
 * figures with its rebate tier, and the search problem for one budget (optimise-search.ts).
 */
import { at } from './checked';
import { rebateRate } from './financing';
import { measureFlows, priceTable, reductionShares } from './flows';
import { assertEvaluable } from './invariants';
import { npv } from './metrics';
import type { OptimiseSettings, PackageFigures } from './optimise';
import type { Band, ExactFigures, SearchItem } from './optimise-search';
import type { ResolvedResource, ResolvedScenario } from './resolved-scenario';

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
export function searchProblem(c: Candidates, settings: OptimiseSettings) {
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
