/** The ranking of measures: one row per measure, sortable by any figure, missing figures last. */
import type { MeasureResults } from '../../model/results';
import type { MeasureFact } from './scenario-facts';

export interface RankRow {
  id: string;
  name: string;
  /** False for a measure excluded from the calculation: it keeps its own figures. */
  enabled: boolean;
  npv: number;
  irr: number | null;
  simplePaybackYears: number | null;
  discountedPaybackYears: number | null;
  profitabilityIndex: number | null;
  annualCo2eTonnes: number;
  macPerTonne: number | null;
}

export type RankKey =
  | 'name'
  | 'npv'
  | 'irr'
  | 'simplePaybackYears'
  | 'discountedPaybackYears'
  | 'profitabilityIndex'
  | 'annualCo2eTonnes'
  | 'macPerTonne';
export type SortDirection = 'ascending' | 'descending';

export interface SortOrder {
  key: RankKey;
  direction: SortDirection;
}

export const RANK_KEYS: readonly RankKey[] = [
  'name',
  'npv',
  'irr',
  'simplePaybackYears',
  'discountedPaybackYears',
  'profitabilityIndex',
  'annualCo2eTonnes',
  'macPerTonne',
];

/** The first click on a column puts the best first: high NPV, IRR, PI and tonnes; short paybacks; cheap abatement. */
export const BEST_FIRST: Readonly<Record<RankKey, SortDirection>> = {
  name: 'ascending',
  npv: 'descending',
  irr: 'descending',
  simplePaybackYears: 'ascending',
  discountedPaybackYears: 'ascending',
  profitabilityIndex: 'descending',
  annualCo2eTonnes: 'descending',
  macPerTonne: 'ascending',
};

export const DEFAULT_ORDER: SortOrder = { key: 'npv', direction: 'descending' };

/** Rows in the results' order, named from the scenario (the id when the draft no longer has the measure). */
export function rankRows(measures: readonly MeasureResults[], facts: ReadonlyMap<string, MeasureFact>): RankRow[] {
  return measures.map((m) => {
    const fact = facts.get(m.id);
    return {
      id: m.id,
      name: fact?.name ?? m.id,
      enabled: fact?.enabled ?? true,
      npv: m.npv,
      irr: m.irr,
      simplePaybackYears: m.simplePaybackYears,
      discountedPaybackYears: m.discountedPaybackYears,
      profitabilityIndex: m.profitabilityIndex,
      annualCo2eTonnes: m.annualCo2eTonnes,
      macPerTonne: m.macPerTonne,
    };
  });
}

/**
 * Sorted copy. A missing figure (no IRR, not paid back, no MAC) sorts last in either direction:
 * it is never "best" and never hides a real one. Ties keep the results' order (stable sort).
 */
export function sortRows(rows: readonly RankRow[], order: SortOrder, locale: string): RankRow[] {
  const sign = order.direction === 'ascending' ? 1 : -1;
  if (order.key === 'name') {
    const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    return [...rows].sort((a, b) => sign * collator.compare(a.name, b.name));
  }
  const key = order.key;
  return [...rows].sort((a, b) => {
    const x = a[key];
    const y = b[key];
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return sign * (x - y);
  });
}

/** The order after a click on a column's header: the same column flips, another starts best first. */
export function nextOrder(current: SortOrder, key: RankKey): SortOrder {
  if (current.key !== key) return { key, direction: BEST_FIRST[key] };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
