/**
 * The portfolio table's rows: filtering, sorting and the totals of what is shown (pure, so it is
 * tested without a browser). Rows that do not validate stay in the table with their problem and
 * are counted out of the totals.
 */
import type { Issue } from '../model/issues';
import { NO_STAGE, portfolio, type Portfolio, type PortfolioEntry, type PortfolioRow } from '../model/portfolio';
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

/** Sorted by one column; empty values last in either direction, then by name. */
export function sortItems(
  items: readonly PortfolioItem[],
  col: SortColumn,
  dir: 1 | -1,
  locale: string,
): PortfolioItem[] {
  const collator = collatorFor(locale);
  const keyed = items.map((it) => ({ it, v: valueOf(it, col) }));
  keyed.sort((a, b) => {
    if (a.v === null || b.v === null)
      return a.v === b.v ? collator.compare(a.it.name, b.it.name) : a.v === null ? 1 : -1;
    const c =
      typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : collator.compare(String(a.v), String(b.v));
    return c !== 0 ? dir * c : collator.compare(a.it.name, b.it.name);
  });
  return keyed.map((k) => k.it);
}

export interface PortfolioTotals {
  portfolio: Portfolio;
  /** Each counted scenario's lifetime tCO2e, in the portfolio's order (for the workbook). */
  lifetimes: number[];
  /** Rows without figures: not validating, unreadable, or still computing. */
  leftOut: number;
  pending: number;
}

/** The section 7 totals of the items with figures, in the order given. */
export function totalsOf(items: readonly PortfolioItem[]): PortfolioTotals {
  const entries: PortfolioEntry[] = [];
  let pending = 0;
  for (const it of items) {
    if (it.state.kind === 'ok')
      entries.push({ ...it.state.entry, row: { ...it.state.entry.row, stage: it.stage, reference: it.reference } });
    else if (it.state.kind === 'pending') pending++;
  }
  return {
    portfolio: portfolio(entries),
    lifetimes: entries.map((e) => e.lifetimeCo2eTonnes),
    leftOut: items.length - entries.length - pending,
    pending,
  };
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
