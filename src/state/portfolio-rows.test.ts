import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PortfolioEntry } from '../model/portfolio';
import { STAGES } from '../model/schema';
import {
  filterItems,
  NO_FILTER,
  sortItems,
  totalsOf,
  type PortfolioFilter,
  type PortfolioItem,
  type SortColumn,
} from './portfolio-query';
import { PortfolioRows, type RowsQuery } from './portfolio-rows';

const money = fc.oneof(fc.constant(null), fc.double({ min: -1e9, max: 1e9, noNaN: true }));
const amount = fc.double({ min: 0, max: 1e9, noNaN: true });

/** A scenario's item once computed: names that tie, values that tie or are empty, resources of two kinds. */
const computed = fc.record({
  name: fc.constantFrom('Álamo', 'alamo', 'Beta', 'Ceiba 2', 'Ceiba 10', ''),
  officer: fc.constantFrom(null, 'M. Rojas', 'A. Quispe'),
  stage: fc.constantFrom(null, ...STAGES),
  currency: fc.constantFrom('COP', 'USD', 'PEN'),
  npv: fc.oneof(amount, fc.constant(0)),
  principal: amount,
  expectedLoss: money,
  eligible: fc.constantFrom(null, true, false),
  co2e: amount,
  verified: fc.oneof(fc.constant(null), amount),
  unit: fc.constantFrom('kWh', 'MWh', 'm3'),
  invalid: fc.boolean(),
});

type Spec = Omit<typeof computed extends fc.Arbitrary<infer T> ? T : never, 'name'> & { name: string };

function items(specs: Spec[]): { pending: PortfolioItem[]; done: PortfolioItem[] } {
  const pending: PortfolioItem[] = [];
  const done: PortfolioItem[] = [];
  specs.forEach((s, i) => {
    const base = {
      id: `s${i}`,
      name: s.name,
      applicant: null,
      reference: `GC-${i}`,
      officer: s.officer,
      stage: s.stage,
      currency: s.currency,
      hash: `h${i}`,
    };
    const entry: PortfolioEntry = {
      row: {
        name: s.name,
        reference: `GC-${i}`,
        stage: s.stage,
        currency: s.currency,
        totalCapex: s.principal * 1.3,
        npv: s.npv,
        irr: null,
        principal: s.principal,
        guaranteed: s.principal / 2,
        expectedLoss: s.expectedLoss,
        lenderExpectedLoss: s.expectedLoss,
        guarantorExpectedLoss: null,
        minDscr: null,
        eligible: s.eligible,
        annualCo2eTonnes: s.co2e,
        verifiedAnnualCo2eTonnes: s.verified,
        projectedRebate: null,
        verifiedRebate: null,
      },
      lifetimeCo2eTonnes: s.co2e * 10,
      resources: [
        { kind: 'energy', unit: s.unit, annualSaved: s.co2e, verifiedAnnualSaved: 0 },
        { kind: 'water', unit: 'm3', annualSaved: s.principal / 7, verifiedAnnualSaved: 1 },
      ],
    };
    pending.push({ ...base, state: { kind: 'pending' } });
    done.push({
      ...base,
      state: s.invalid
        ? { kind: 'invalid', issues: [{ path: ['name'], code: 'required', params: {}, message: 'required' }] }
        : { kind: 'ok', entry, dscrBreach: null },
    });
  });
  return { pending, done };
}

const query = fc.record({
  filter: fc.record({
    text: fc.constantFrom('', 'ceiba'),
    stage: fc.constantFrom('', 'none', 'approved'),
    currency: fc.constantFrom('', 'USD'),
    officer: fc.constant(''),
    eligible: fc.constantFrom('' as const, 'yes' as const),
    breach: fc.constant('' as const),
    verified: fc.constantFrom('' as const, 'no' as const),
  }) as fc.Arbitrary<PortfolioFilter>,
  col: fc.constantFrom<SortColumn>('name', 'officer', 'stage', 'npv', 'expectedLoss', 'eligible'),
  dir: fc.constantFrom<1 | -1>(1, -1),
  locale: fc.constantFrom('en-US', 'es-CO'),
});

const full = (list: PortfolioItem[], q: RowsQuery) => {
  const rows = sortItems(filterItems(list, q.filter), q.col, q.dir, q.locale);
  return { rows, totals: totalsOf(rows) };
};

/** Every number of `a` within rounding of `b`'s, every key and text equal. */
function expectClose(a: unknown, b: unknown): void {
  if (typeof a === 'number' && typeof b === 'number')
    expect(a).toBeCloseTo(b, 6 - Math.ceil(Math.log10(Math.abs(b) + 1)));
  else if (a && b && typeof a === 'object' && typeof b === 'object') {
    expect(Object.keys(a)).toEqual(Object.keys(b));
    for (const k of Object.keys(a)) expectClose((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]);
  } else expect(a).toEqual(b);
}

describe('the portfolio rows kept up to date as figures arrive', () => {
  it('equal the full filtering, sorting and totals after every batch, exactly once nothing is pending', () => {
    fc.assert(
      fc.property(
        fc.array(computed, { minLength: 1, maxLength: 40 }),
        query,
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 8 }),
        fc.integer(),
        (specs, q, batches, seed) => {
          const { pending, done } = items(specs);
          // The order figures arrive in: shuffled by the seed (two workers finish out of order).
          const order = pending.map((_, i) => i).sort((a, b) => ((a * 7919 + seed) % 101) - ((b * 7919 + seed) % 101));
          const table = new PortfolioRows();
          let current = pending;
          expect(table.view(current, q)).toEqual(full(current, q));
          let next = 0;
          let placed = 0;
          for (let b = 0; next < order.length; b++) {
            const arrived = new Set(order.slice(next, (next += batches[b % batches.length] ?? 1)));
            if (arrived.size <= pending.length / 2) placed++;
            current = current.map((it, i) => (arrived.has(i) ? (done[i] as PortfolioItem) : it));
            const view = table.view(current, q);
            const want = full(current, q);
            expect(view.rows).toEqual(want.rows);
            if (next < order.length) expectClose(view.totals, want.totals);
            else expect(view.totals).toEqual(want.totals);
          }
          // Every batch of at most half the items was placed, not recomputed.
          expect(table.updates).toBe(placed);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('computes in full when the filter, the sort or an item with figures changes', () => {
    const { done } = items(
      ['Beta', 'Álamo', 'Ceiba 10'].map((name, i) => ({
        name,
        officer: null,
        stage: null,
        currency: 'USD',
        npv: i,
        principal: 10 * (i + 1),
        expectedLoss: null,
        eligible: i !== 1,
        co2e: i,
        verified: null,
        unit: 'kWh',
        invalid: false,
      })),
    );
    const table = new PortfolioRows();
    const q: RowsQuery = { filter: NO_FILTER, col: 'name', dir: 1, locale: 'en-US' };
    expect(table.view(done, q).rows.map((it) => it.name)).toEqual(['Álamo', 'Beta', 'Ceiba 10']);
    expect(table.view(done, { ...q, dir: -1 }).rows.map((it) => it.name)).toEqual(['Ceiba 10', 'Beta', 'Álamo']);
    const eligible = { ...q, filter: { ...NO_FILTER, eligible: 'yes' as const } };
    expect(table.view(done, eligible).totals.portfolio.byCurrency.USD?.principal).toBe(40);
    // An edited scenario (figures to new figures): its new principal counts, its old one does not.
    const edited = done.map((it) =>
      it.state.kind === 'ok' && it.name === 'Beta'
        ? { ...it, state: { ...it.state, entry: { ...it.state.entry, row: { ...it.state.entry.row, principal: 1 } } } }
        : it,
    );
    expect(table.view(edited, eligible).totals.portfolio.byCurrency.USD?.principal).toBe(31);
  });
});
