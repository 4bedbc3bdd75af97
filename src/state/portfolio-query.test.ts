import { describe, expect, it } from 'vitest';
import type { PortfolioRow } from '../model/portfolio';
import { filterItems, NO_FILTER, sortItems, totalsOf, type PortfolioItem } from './portfolio-query';

function row(over: Partial<PortfolioRow>): PortfolioRow {
  return {
    name: '',
    reference: null,
    stage: null,
    currency: 'USD',
    totalCapex: 0,
    npv: 0,
    irr: null,
    principal: 0,
    guaranteed: 0,
    expectedLoss: null,
    lenderExpectedLoss: null,
    guarantorExpectedLoss: null,
    minDscr: null,
    eligible: null,
    annualCo2eTonnes: 0,
    verifiedAnnualCo2eTonnes: null,
    projectedRebate: null,
    verifiedRebate: null,
    ...over,
  };
}

function item(
  id: string,
  over: Partial<PortfolioItem>,
  r: Partial<PortfolioRow> = {},
  dscrBreach: boolean | null = null,
): PortfolioItem {
  const base = {
    id,
    name: id,
    applicant: null,
    reference: null,
    officer: null,
    stage: null,
    currency: 'USD',
    hash: id,
    ...over,
  };
  return {
    ...base,
    state: over.state ?? {
      kind: 'ok',
      entry: { row: row({ name: base.name, currency: base.currency, ...r }), lifetimeCo2eTonnes: 1, resources: [] },
      dscrBreach,
    },
  };
}

const items: PortfolioItem[] = [
  item(
    'a',
    { name: 'Lácteos Ñuble', applicant: 'Lácteos del Valle', officer: 'M. Rojas', stage: 'approved' },
    { eligible: true, totalCapex: 5, verifiedAnnualCo2eTonnes: 3 },
    false,
  ),
  item('b', { name: 'Textiles', currency: 'COP', officer: 'A. Quispe' }, { eligible: false, totalCapex: 100 }, true),
  item('c', { name: 'Broken', state: { kind: 'invalid', issues: [] } }),
  item('d', { name: 'Pending', state: { kind: 'pending' } }),
];
const ids = (xs: PortfolioItem[]) => xs.map((x) => x.id);

describe('portfolio filters', () => {
  it('searches name, applicant, reference and officer without regard to case or accents', () => {
    expect(ids(filterItems(items, { ...NO_FILTER, text: 'lacteos valle' }))).toEqual(['a']);
    expect(ids(filterItems(items, { ...NO_FILTER, text: 'quispe' }))).toEqual(['b']);
  });
  it('filters by stage (none for no stage), currency and officer', () => {
    expect(ids(filterItems(items, { ...NO_FILTER, stage: 'approved' }))).toEqual(['a']);
    expect(ids(filterItems(items, { ...NO_FILTER, stage: 'none' }))).toEqual(['b', 'c', 'd']);
    expect(ids(filterItems(items, { ...NO_FILTER, currency: 'COP' }))).toEqual(['b']);
    expect(ids(filterItems(items, { ...NO_FILTER, officer: 'M. Rojas' }))).toEqual(['a']);
  });
  it('filters by eligible, DSCR breach and verified, leaving out rows without figures', () => {
    expect(ids(filterItems(items, { ...NO_FILTER, eligible: 'no' }))).toEqual(['b']);
    expect(ids(filterItems(items, { ...NO_FILTER, breach: 'yes' }))).toEqual(['b']);
    expect(ids(filterItems(items, { ...NO_FILTER, verified: 'yes' }))).toEqual(['a']);
    expect(ids(filterItems(items, { ...NO_FILTER, verified: 'no' }))).toEqual(['b']);
  });
});

describe('portfolio sort and totals', () => {
  it('sorts by a figure either way, rows without it last', () => {
    expect(ids(sortItems(items, 'totalCapex', 1, 'en'))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(sortItems(items, 'totalCapex', -1, 'en')).slice(0, 2)).toEqual(['b', 'a']);
    expect(ids(sortItems(items, 'name', 1, 'es'))).toEqual(['c', 'a', 'd', 'b']);
  });
  it('counts what has no figures out of the totals, pending apart', () => {
    const t = totalsOf(items);
    expect(t.leftOut).toBe(1);
    expect(t.pending).toBe(1);
    expect(t.portfolio.byCurrency).toMatchObject({
      USD: { count: 1, totalCapex: 5 },
      COP: { count: 1, totalCapex: 100 },
    });
    expect(t.portfolio.byStage).toEqual({ approved: { count: 1 }, none: { count: 1 } });
  });
});
