/**
 * The upper bound of one rebate band for the branch and bound of optimise-search.ts.
 *
 * Inside band b a package is worth npv + constant + slope × capex and must reach share ≥ lo.
 * For any λ ≥ 0, value ≤ value + λ (share − lo) on such packages, and the right-hand side is
 * linear in the measures with weights w_i = npv_i + slope × capex_i + λ × share_i: its linear
 * relaxation under the budget alone (Dantzig's bound: the best ratios first, the last one in
 * part) bounds every package of the band below a node. λ = 0 gives the plain knapsack bound; a
 * tier that needs measures which lose money is where a good λ matters, so λ is chosen at the
 * root by minimising the root's bound (convex in λ) with a golden-section search.
 */
import { at, atNumber } from './checked';
import type { Band, SearchItem } from './optimise-search';

export interface BandBound {
  band: Band;
  lambda: number;
  /** Item indices (the search's order) by decreasing w_i / capex_i. */
  order: readonly number[];
  weight: Float64Array;
}

/** `start`: an order to sort from; the last λ's order is nearly sorted for the next, which TimSort makes cheap. */
function prepare(items: readonly SearchItem[], band: Band, lambda: number, start?: readonly number[]): BandBound {
  const n = items.length;
  const weight = new Float64Array(n);
  const key = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const it = at(items, i);
    const w = it.npv + band.slope * it.capex + lambda * it.share;
    weight[i] = w;
    key[i] = it.capex > 0 ? w / it.capex : w > 0 ? Infinity : -Infinity;
  }
  const order = start ? [...start] : Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => atNumber(key, b) - atNumber(key, a) || a - b);
  return { band, lambda, order, weight };
}

/**
 * The largest Σ w_i x_i, x_i in [0, 1], over items of index ≥ k with Σ capex_i x_i ≤ left
 * (items that cannot fit alone left out, measures of zero capex always in).
 */
export function relaxation(b: BandBound, items: readonly SearchItem[], k: number, left: number): number {
  let room = left;
  let extra = 0;
  for (const j of b.order) {
    if (j < k) continue;
    const w = atNumber(b.weight, j);
    if (w <= 0) break; // the order is by ratio: once a weight is not positive, none after is
    const c = at(items, j).capex;
    if (c === 0) extra += w;
    else if (room <= 0) break;
    else if (c > left) continue;
    else if (c <= room) {
      extra += w;
      room -= c;
    } else {
      extra += (w * room) / c;
      room = 0;
    }
  }
  return extra;
}

/** The band's bound below a node: its current value, λ × (share − lo), and the relaxation. */
export function bandBound(
  b: BandBound,
  items: readonly SearchItem[],
  k: number,
  npv: number,
  capex: number,
  share: number,
  budget: number,
): number {
  const { band, lambda } = b;
  const shift = lambda > 0 ? lambda * (share - band.lo) : 0;
  return npv + band.constant + band.slope * capex + shift + relaxation(b, items, k, budget - capex);
}

/** The bound of each band with λ chosen at the root (fixed measures' npv, capex and share given). */
export function prepareBounds(
  items: readonly SearchItem[],
  bands: readonly Band[],
  npv: number,
  capex: number,
  share: number,
  budget: number,
): BandBound[] {
  return bands.map((band) => {
    const plain = prepare(items, band, 0);
    if (!Number.isFinite(band.lo) || items.length === 0) return plain;
    let previous = plain.order;
    const boundAt = (lambda: number) => {
      const b = prepare(items, band, lambda, previous);
      previous = b.order;
      return { b, value: bandBound(b, items, 0, npv, capex, share, budget) };
    };
    // λ large enough that a share outweighs any measure's own weight per unit of share.
    let top = 1;
    for (const it of items) {
      if (it.share !== 0) top = Math.max(top, (4 * Math.abs(it.npv + band.slope * it.capex)) / Math.abs(it.share));
    }
    let lo = 0;
    let hi = top;
    const g = (Math.sqrt(5) - 1) / 2;
    let x1 = hi - g * (hi - lo);
    let x2 = lo + g * (hi - lo);
    let f1 = boundAt(x1);
    let f2 = boundAt(x2);
    for (let i = 0; i < 18; i++) {
      if (f1.value <= f2.value) {
        hi = x2;
        x2 = x1;
        f2 = f1;
        x1 = hi - g * (hi - lo);
        f1 = boundAt(x1);
      } else {
        lo = x1;
        x1 = x2;
        f1 = f2;
        x2 = lo + g * (hi - lo);
        f2 = boundAt(x2);
      }
    }
    const zero = bandBound(plain, items, 0, npv, capex, share, budget);
    const bestFound = f1.value <= f2.value ? f1 : f2;
    return bestFound.value < zero ? bestFound.b : plain;
  });
}
