/**
 * The portfolio table's rows: filtering, sorting and the totals of what is shown (pure, so it is
 * tested without a browser). Rows that do not validate stay in the table with their problem and
 * are counted out of the totals.
 */
import type { Issue } from '../model/issues';
import {
  addEntry,
  emptySums,
  NO_STAGE,
  portfolioOf,
  type Portfolio,
  type PortfolioEntry,
  type PortfolioRow,
  type PortfolioSums,
  type ResourceSaving,
} from '../model/portfolio';
import type { Stage } from '../model/schema';

export interface PortfolioItem {
  id: string;
  name: string;
  applicant: string | null;
  reference: string | null;
  officer: string | null;
  stage: Stage | null;
  currency: string;
  /** Content hash: what the figures were computed from. */
  hash: string;
  state:
    | { kind: 'pending' }
    | { kind: 'ok'; entry: PortfolioEntry; dscrBreach: boolean | null }
    | { kind: 'invalid'; issues: Issue[] }
    /** The stored record itself cannot be read. */
    | { kind: 'unreadable'; problem: string };
}

export type YesNo = '' | 'yes' | 'no';

export interface PortfolioFilter {
  text: string;
  /** A stage, `none`, or '' for all. */
  stage: string;
  currency: string;
  officer: string;
  eligible: YesNo;
  breach: YesNo;
  verified: YesNo;
}

export const NO_FILTER: PortfolioFilter = {
  text: '',
  stage: '',
  currency: '',
  officer: '',
  eligible: '',
  breach: '',
  verified: '',
};

export type SortColumn =
  | 'name'
  | 'applicant'
  | 'reference'
  | 'officer'
  | 'stage'
  | 'currency'
  | keyof Omit<PortfolioRow, 'name' | 'reference' | 'stage' | 'currency'>;

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function yesNo(want: YesNo, value: boolean | null | undefined): boolean {
  if (want === '') return true;
  return want === 'yes' ? value === true : value === false;
}

/** The items that pass every filter; a figure filter (eligible, breach, verified) leaves out rows without figures. */
export function filterItems(items: readonly PortfolioItem[], f: PortfolioFilter): PortfolioItem[] {
  const words = fold(f.text).split(/\s+/).filter(Boolean);
  return items.filter((it) => {
    if (f.stage !== '' && (it.stage ?? NO_STAGE) !== f.stage) return false;
    if (f.currency !== '' && it.currency !== f.currency) return false;
    if (f.officer !== '' && it.officer !== f.officer) return false;
    const ok = it.state.kind === 'ok' ? it.state : null;
    if (f.eligible !== '' && !yesNo(f.eligible, ok?.entry.row.eligible)) return false;
    if (f.breach !== '' && !yesNo(f.breach, ok?.dscrBreach)) return false;
    if (f.verified !== '' && !yesNo(f.verified, ok ? ok.entry.row.verifiedAnnualCo2eTonnes !== null : undefined))
      return false;
    if (words.length > 0) {
      const hay = fold([it.name, it.applicant ?? '', it.reference ?? '', it.officer ?? ''].join(' '));
      if (!words.every((w) => hay.includes(w))) return false;
    }
    return true;
  });
}

function valueOf(it: PortfolioItem, col: SortColumn): string | number | null {
  switch (col) {
    case 'name':
    case 'applicant':
    case 'reference':
    case 'officer':
    case 'stage':
    case 'currency':
      return it[col];
    default:
      return it.state.kind === 'ok'
        ? (it.state.entry.row[col] as number | boolean | null) === null
          ? null
          : Number(it.state.entry.row[col])
        : null;
  }
}

const collators = new Map<string, Intl.Collator>();
function collatorFor(locale: string): Intl.Collator {
  let c = collators.get(locale);
  if (!c) collators.set(locale, (c = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' })));
  return c;
}

/** An item with its sort value and its place in the unsorted list (the last tie-break: a total order). */
export interface Keyed {
  it: PortfolioItem;
  v: string | number | null;
  i: number;
}

export function keyed(it: PortfolioItem, col: SortColumn, i: number): Keyed {
  return { it, v: valueOf(it, col), i };
}

/** The order of the table: by one column, empty values last in either direction, then by name, then as listed. */
export function comparator(col: SortColumn, dir: 1 | -1, locale: string): (a: Keyed, b: Keyed) => number {
  const collator = collatorFor(locale);
  return (a, b) => {
    if (a.v === null || b.v === null)
      return a.v === b.v ? collator.compare(a.it.name, b.it.name) || a.i - b.i : a.v === null ? 1 : -1;
    const c =
      typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : collator.compare(String(a.v), String(b.v));
    return c !== 0 ? dir * c : collator.compare(a.it.name, b.it.name) || a.i - b.i;
  };
}

/** Sorted by one column; empty values last in either direction, then by name. */
export function sortItems(
  items: readonly PortfolioItem[],
  col: SortColumn,
  dir: 1 | -1,
  locale: string,
): PortfolioItem[] {
  return items
    .map((it, i) => keyed(it, col, i))
    .sort(comparator(col, dir, locale))
    .map((k) => k.it);
}

export interface PortfolioTotals {
  portfolio: Portfolio;
  /** Each counted scenario's lifetime tCO2e, in the portfolio's order (for the workbook). */
  lifetimes: number[];
  /** Rows without figures: not validating, unreadable, or still computing. */
  leftOut: number;
  pending: number;
}

/** An item's entry with its stage and reference as the item has them (kept per item: redraws do not copy it again). */
const entries = new WeakMap<PortfolioItem, PortfolioEntry>();
export function entryOf(it: PortfolioItem & { state: { kind: 'ok' } }): PortfolioEntry {
  let e = entries.get(it);
  if (!e) {
    const entry = it.state.entry;
    entries.set(it, (e = { ...entry, row: { ...entry.row, stage: it.stage, reference: it.reference } }));
  }
  return e;
}

/**
 * The totals of `items` from sums of their entries; `arrived` when they were added in another
 * order than `items` (as figures arrived), so their keys are put back in order of first appearance.
 */
export function totalsFrom(items: readonly PortfolioItem[], sums: PortfolioSums, arrived = false): PortfolioTotals {
  const rows: PortfolioRow[] = [];
  const lifetimes: number[] = [];
  let pending = 0;
  for (const it of items) {
    if (it.state.kind === 'ok') {
      const e = entryOf(it as PortfolioItem & { state: { kind: 'ok' } });
      rows.push(e.row);
      lifetimes.push(e.lifetimeCo2eTonnes);
    } else if (it.state.kind === 'pending') pending++;
  }
  const p = portfolioOf(rows, sums);
  const totals = { portfolio: p, lifetimes, leftOut: items.length - rows.length - pending, pending };
  if (!arrived) return totals;
  p.byCurrency = inOrder(p.byCurrency, rows, (r) => r.currency);
  p.byStage = inOrder(p.byStage, rows, (r) => r.stage ?? NO_STAGE);
  const rank = new Map<ResourceSaving, number>();
  for (const it of items)
    if (it.state.kind === 'ok')
      for (const r of it.state.entry.resources) {
        const g = sums.resources.get(r.kind)?.get(r.unit);
        if (g && !rank.has(g)) rank.set(g, rank.size);
      }
  const ordered = [...sums.ordered].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
  p.resources = ordered.map((r) => ({ ...r }));
  return totals;
}

function inOrder<T>(record: Record<string, T>, rows: readonly PortfolioRow[], key: (r: PortfolioRow) => string) {
  const out = new Map<string, T>();
  for (const r of rows) {
    const k = key(r);
    const v = record[k];
    if (v !== undefined && !out.has(k)) out.set(k, v);
  }
  return Object.fromEntries(out);
}

/** The section 7 totals of the items with figures, in the order given. */
export function totalsOf(items: readonly PortfolioItem[]): PortfolioTotals {
  const sums = emptySums();
  for (const it of items)
    if (it.state.kind === 'ok') {
      const e = entryOf(it as PortfolioItem & { state: { kind: 'ok' } });
      addEntry(sums, e.row, e);
    }
  return totalsFrom(items, sums);
}

/** Each distinct value of a text field, sorted, for the filter menus. */
export function choices(items: readonly PortfolioItem[], field: 'currency' | 'officer', locale: string): string[] {
  const set = new Set<string>();
  for (const it of items) {
    const v = it[field];
    if (v) set.add(v);
  }
  return [...set].sort(new Intl.Collator(locale).compare);
}
