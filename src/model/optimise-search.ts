/**
 * The exact search behind spec section 8: a depth-first branch and bound over the free candidate
 * measures (neither required nor excluded), with one bound per rebate band.
 *
 * Why it is exact: a package's value is npv(S) + rate(band(S)) × base(S) × d, and within one
 * band (the shares between two consecutive tier thresholds) it is linear: npv(S) + constant +
 * slope × capex(S). For every band a completion can still reach (judged from the share range the
 * undecided measures can add), the linear relaxation of the knapsack over the undecided measures
 * (Dantzig's bound, measures that cannot fit left out) bounds that band's value from above; the
 * largest of these bounds every package below the node. A node is cut only when that bound is
 * below the best value found by more than the tie tolerance, so no optimal or tied package is
 * ever cut, and every package not cut is evaluated. Adding `slope × capex` to every measure's
 * weight adds the same `slope` to every weight/capex ratio, so one order serves all bands.
 */

import { at, atNumber } from './checked';
import { bandBound, prepareBounds } from './optimise-bound';

/** A free candidate: file position, NPV, capex and its shares of the two indicators. */
export interface SearchItem {
  position: number;
  npv: number;
  capex: number;
  /** Its contribution to the rebate indicator's share (0 without a rebate). */
  share: number;
  /** Its contribution to the minimum-reduction indicator's share (0 without one). */
  minShare: number;
}

/** Shares in [lo, hi) earn `rate`; value = npv + constant + slope × capex. */
export interface Band {
  lo: number;
  hi: number;
  rate: number;
  constant: number;
  slope: number;
}

/** Exact figures of a package, summed in file order as the kernel does; see optimise.ts. */
export interface ExactFigures {
  capex: number;
  share: number;
  minShare: number;
}

export interface SearchProblem {
  /** Free candidates in any order (the search sorts its own copy). */
  items: readonly SearchItem[];
  /** The required measures' file positions and their summed figures. */
  fixed: { positions: readonly number[]; npv: number; capex: number; share: number; minShare: number };
  budget: number;
  /** Ordered by lo; the first has lo = -Infinity, the last hi = Infinity. */
  bands: readonly Band[];
  /** The minimum share of the min-reduction indicator, or null. */
  minShare: number | null;
  /** Recomputes a package's capex and shares exactly (used only near a threshold). */
  exact: (positions: readonly number[]) => ExactFigures;
  /** Value of a package given its NPV (search order sum), exact capex and band. */
  valueOf: (npv: number, capex: number, band: Band) => number;
}

export interface Found {
  /** File positions, increasing. */
  positions: number[];
  value: number;
  capex: number;
}

/** Values within this of the maximum are ties (spec section 8). */
export function tieTolerance(value: number): number {
  return 1e-9 * Math.max(1, Math.abs(value));
}

/** Near a threshold the running sums are recomputed exactly; also the margin of reachability. */
const NEAR = 1e-9;

function near(x: number, threshold: number): boolean {
  if (!Number.isFinite(threshold)) return false;
  return Math.abs(x - threshold) <= NEAR * Math.max(1, Math.abs(threshold));
}

/** Smaller capex, then fewer measures, then the lexicographically first positions. */
export function comparePackages(a: Found, b: Found): number {
  if (a.capex !== b.capex) return a.capex < b.capex ? -1 : 1;
  if (a.positions.length !== b.positions.length) return a.positions.length - b.positions.length;
  for (let i = 0; i < a.positions.length; i++) {
    const d = at(a.positions, i) - at(b.positions, i);
    if (d !== 0) return d;
  }
  return 0;
}

function ratioKey(item: SearchItem): number {
  if (item.capex > 0) return item.npv / item.capex;
  return item.npv > 0 ? Infinity : -Infinity;
}

/** Called every few thousand nodes with the nodes visited so far (progress; a worker may be terminated meanwhile). */
export type Tick = (nodes: number) => void;

export interface SearchOutcome {
  best: Found | null;
  nodes: number;
}

/**
 * The best package of a problem, ties broken by spec section 8; `seed` (file positions of a
 * package known to be feasible, e.g. the best for a smaller budget) only speeds the search.
 */
export function search(p: SearchProblem, seed: readonly number[] | null = null, tick?: Tick): SearchOutcome {
  // A measure that moves no share and adds no value in any band (an empty row: no capex, no
  // savings) is never in the best package: leaving it out keeps the value, never raises the
  // capex and has fewer measures. Dropping such measures keeps ties from multiplying the search.
  const inert = (it: SearchItem) =>
    it.share === 0 && it.minShare === 0 && p.bands.every((b) => it.npv + b.slope * it.capex <= 0);
  const items = p.items.filter((it) => !inert(it)).sort((a, b) => ratioKey(b) - ratioKey(a) || a.position - b.position);
  const n = items.length;
  const budgetSlack = p.budget + NEAR * Math.max(1, p.budget);
  // Suffix sums: how far the undecided measures can still move each share.
  const posShare = new Float64Array(n + 1);
  const negShare = new Float64Array(n + 1);
  const posMin = new Float64Array(n + 1);
  for (let k = n - 1; k >= 0; k--) {
    const it = at(items, k);
    posShare[k] = atNumber(posShare, k + 1) + Math.max(0, it.share);
    negShare[k] = atNumber(negShare, k + 1) + Math.min(0, it.share);
    posMin[k] = atNumber(posMin, k + 1) + Math.max(0, it.minShare);
  }
  const chosen = new Uint8Array(n);
  let best = -Infinity;
  let ties: Found[] = [];
  let nodes = 0;

  const positionsOf = (): number[] => {
    const out = [...p.fixed.positions];
    for (let k = 0; k < n; k++) if (chosen[k]) out.push(at(items, k).position);
    return out.sort((a, b) => a - b);
  };

  const bandOf = (share: number): Band => {
    for (const band of p.bands) if (share < band.hi) return band;
    return p.bands[p.bands.length - 1] as Band;
  };

  const record = (value: number, positions: number[], capex: number): void => {
    if (value > best) {
      best = value;
      const floor = best - tieTolerance(best);
      ties = ties.filter((t) => t.value >= floor);
    }
    if (value >= best - tieTolerance(best)) ties.push({ positions, value, capex });
  };

  /** Evaluates the package of the measures chosen so far (plus the fixed ones). */
  const consider = (npv: number, capex: number, share: number, minShare: number, positions?: number[]): void => {
    let exactCapex = capex;
    let list = positions;
    const nearShare = p.bands.some((b) => near(share, b.lo));
    const nearMin = p.minShare !== null && near(minShare, p.minShare);
    if (nearShare || nearMin || capex > p.budget - NEAR * Math.max(1, p.budget)) {
      list ??= positionsOf();
      const e = p.exact(list);
      exactCapex = e.capex;
      share = e.share;
      minShare = e.minShare;
    }
    if (exactCapex > p.budget) return;
    if (p.minShare !== null && !(minShare >= p.minShare)) return;
    const value = p.valueOf(npv, exactCapex, bandOf(share));
    if (value < best - tieTolerance(best)) return;
    list ??= positionsOf();
    // The tie-breaks compare capex summed in file order, like any other run would.
    record(value, list, p.exact(list).capex);
  };

  /** The largest value any package below node k can reach, over the bands it can still reach. */
  const bounds = prepareBounds(items, p.bands, p.fixed.npv, p.fixed.capex, p.fixed.share, p.budget);
  const bound = (k: number, npv: number, capex: number, share: number): number => {
    let top = -Infinity;
    for (const b of bounds) {
      const band = b.band;
      if (share + atNumber(posShare, k) < band.lo - NEAR || share + atNumber(negShare, k) >= band.hi + NEAR) continue;
      top = Math.max(top, bandBound(b, items, k, npv, capex, share, p.budget));
    }
    return top;
  };

  const visit = (k: number, npv: number, capex: number, share: number, minShare: number): void => {
    if (k === n) return;
    if (++nodes % 4096 === 0) tick?.(nodes);
    if (p.minShare !== null && minShare + atNumber(posMin, k) < p.minShare - NEAR) return;
    // Ties must survive: cut only what falls short by more than the tie tolerance (with margin).
    if (best > -Infinity && bound(k, npv, capex, share) < best - 2 * tieTolerance(best)) return;
    const it = at(items, k);
    if (capex + it.capex <= budgetSlack) {
      chosen[k] = 1;
      const next = [npv + it.npv, capex + it.capex, share + it.share, minShare + it.minShare] as const;
      consider(...next);
      visit(k + 1, ...next);
      chosen[k] = 0;
    }
    visit(k + 1, npv, capex, share, minShare);
  };

  if (seed) {
    const f = p.exact(seed);
    const inSeed = new Set(seed);
    let seedNpv = p.fixed.npv;
    for (const it of items) if (inSeed.has(it.position)) seedNpv += it.npv;
    consider(
      seedNpv,
      f.capex,
      f.share,
      f.minShare,
      [...seed].sort((a, b) => a - b),
    );
  }
  const { fixed } = p;
  consider(fixed.npv, fixed.capex, fixed.share, fixed.minShare);
  visit(0, fixed.npv, fixed.capex, fixed.share, fixed.minShare);

  const floor = best - tieTolerance(best);
  const winners = ties.filter((t) => t.value >= floor).sort(comparePackages);
  return { best: winners[0] ?? null, nodes };
}
