/**
 * The portfolio table's rows and totals kept up to date as figures arrive (issue 12): while the
 * portfolio computes, each redraw brings a few hundred items from pending to their figures, so
 * only those are placed (binary search in the sorted rows) and added to the totals, instead of
 * filtering, sorting and totalling every row again. Anything else (a filter, a sort, an edit, a
 * new library) is computed in full. Once nothing is pending the totals are added up again in the
 * rows' order, so the final figures are exactly those of the full computation (the same additions
 * in the same order), not only equal to rounding.
 */
import { addEntry, copySums, emptySums, type PortfolioSums } from '../model/portfolio';
import {
  comparator,
  entryOf,
  filterItems,
  keyed,
  sortItems,
  totalsFrom,
  type Keyed,
  type PortfolioFilter,
  type PortfolioItem,
  type PortfolioTotals,
  type SortColumn,
} from './portfolio-query';

export interface RowsQuery {
  filter: PortfolioFilter;
  col: SortColumn;
  dir: 1 | -1;
  locale: string;
}

export interface RowsView {
  rows: PortfolioItem[];
  totals: PortfolioTotals;
}

interface Last {
  items: readonly PortfolioItem[];
  query: string;
  /** The rows, keyed as sorted (each with its place in `items`). */
  keyed: Keyed[];
  sums: PortfolioSums;
  view: RowsView;
}

type Ok = PortfolioItem & { state: { kind: 'ok' } };
const isOk = (it: PortfolioItem): it is Ok => it.state.kind === 'ok';

function add(sums: PortfolioSums, it: PortfolioItem): void {
  if (!isOk(it)) return;
  const e = entryOf(it);
  addEntry(sums, e.row, e);
}

/** The first index in `rows` whose element sorts after `k`. */
function placeOf(rows: readonly Keyed[], k: Keyed, compare: (a: Keyed, b: Keyed) => number): number {
  let [lo, hi] = [0, rows.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compare(rows[mid] as Keyed, k) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Rows and totals for one table; `view` remembers the last answer to update it when it can. */
export class PortfolioRows {
  #last: Last | null = null;
  /** How many views were updated in place rather than computed in full (for tests). */
  updates = 0;

  view(items: readonly PortfolioItem[], q: RowsQuery): RowsView {
    const query = JSON.stringify(q);
    const last = this.#last;
    const next = last && last.query === query ? this.#update(last, items, q) : null;
    if (next) this.updates++;
    this.#last = next ?? this.#full(items, q, query);
    return this.#last.view;
  }

  #full(items: readonly PortfolioItem[], q: RowsQuery, query: string): Last {
    const rows = sortItems(filterItems(items, q.filter), q.col, q.dir, q.locale);
    const index = new Map(items.map((it, i) => [it, i]));
    const sums = emptySums();
    for (const it of rows) add(sums, it);
    return {
      items,
      query,
      keyed: rows.map((it) => keyed(it, q.col, index.get(it) ?? 0)),
      sums,
      view: { rows, totals: totalsFrom(rows, sums) },
    };
  }

  /** Null unless `items` is `last.items` with only pending items changed (same ids in the same places). */
  #update(last: Last, items: readonly PortfolioItem[], q: RowsQuery): Last | null {
    if (items.length !== last.items.length) return null;
    const changed: number[] = [];
    for (let i = 0; i < items.length; i++) {
      const [before, now] = [last.items[i] as PortfolioItem, items[i] as PortfolioItem];
      if (before === now) continue;
      if (before.id !== now.id || before.state.kind !== 'pending') return null;
      changed.push(i);
    }
    if (changed.length > items.length / 2) return null;
    const compare = comparator(q.col, q.dir, q.locale);
    const rows = [...last.keyed];
    const sums = copySums(last.sums);
    const passed = filterItems(
      changed.map((i) => items[i] as PortfolioItem),
      q.filter,
    );
    const passes = new Set(passed);
    for (const i of changed) {
      const before = keyed(last.items[i] as PortfolioItem, q.col, i);
      const at = placeOf(rows, before, compare) - 1;
      if (at >= 0 && rows[at]?.it === before.it) rows.splice(at, 1);
      const now = items[i] as PortfolioItem;
      if (!passes.has(now)) continue;
      const k = keyed(now, q.col, i);
      rows.splice(placeOf(rows, k, compare), 0, k);
      add(sums, now);
    }
    const shown = rows.map((k) => k.it);
    // Nothing pending: the totals added up again in the rows' order (exactly the full computation's).
    const done = !items.some((it) => it.state.kind === 'pending');
    const exact = done ? emptySums() : sums;
    if (done) for (const it of shown) add(exact, it);
    return {
      items,
      query: last.query,
      keyed: rows,
      sums: exact,
      view: { rows: shown, totals: totalsFrom(shown, exact, !done) },
    };
  }
}
