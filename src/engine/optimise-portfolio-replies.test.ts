/**
 * The optimise and portfolio workers' reply schemas (issue 19): every field survives structured
 * clone and the parse; a field missing or of the wrong kind is refused with an error naming it.
 * Replies are typed as the workers' own types, so a field added to a type fails the type check here.
 */
import { describe, expect, it } from 'vitest';
import type { Issue } from '../model/issues';
import type { PackageFigures } from '../model/optimise';
import type { PortfolioEntry } from '../model/portfolio';
import type { OptimiseReply } from '../workbook/optimise-job';
import type { EntryResult } from '../workbook/portfolio-entries';
import { optimiseReply } from './optimise-replies';
import { entryResultSchema, portfolioEntrySchema } from './portfolio';
import { expectRefused, expectRoundTrip } from './test-support/reply-checks';

const issues: Issue[] = [
  { path: ['financing', 'loan', 'principal'], code: 'required', params: {}, message: 'required' },
];

const figures = (measures: string[], value: number): PackageFigures => ({
  measures,
  value,
  npv: value - 5,
  rebatePv: 5,
  rebateRate: 0.15,
  totalCapex: 700,
  reductionShares: { water: 0.31, co2e: 0.12 },
});

const optimised: OptimiseReply = {
  ok: true,
  elapsedMs: 6,
  answer: {
    optimum: {
      format: 'cp-optimum',
      version: 1,
      budget: 800,
      best: figures(['a', 'c'], 120),
      frontier: [
        { budget: 100, value: null, measures: null },
        { budget: 800, value: 120, measures: ['a', 'c'] },
      ],
      measures: [{ id: 'a', npv: 50, capex: 300, inBest: true }],
    },
    frontierFigures: [null, figures(['a', 'c'], 120)],
    withoutRebate: ['b'],
    all: figures(['a', 'b', 'c'], 90),
    enabled: figures(['a'], 45),
  },
};
const refusedSettings: OptimiseReply = {
  ok: false,
  issues,
  settingsIssues: [{ field: 'require', code: 'unknown-measure', id: 'zz', message: 'no measure "zz"' }],
};

const entry: PortfolioEntry = {
  row: {
    name: 'Lechería',
    reference: 'CR-2026-014',
    stage: 'verified',
    currency: 'COP',
    totalCapex: 900_000_000,
    npv: 183_108_323,
    irr: 0.21,
    principal: 600_000_000,
    guaranteed: 300_000_000,
    expectedLoss: 12_000_000,
    lenderExpectedLoss: 6_000_000,
    guarantorExpectedLoss: 6_000_000,
    minDscr: 1.42,
    eligible: true,
    annualCo2eTonnes: 310,
    verifiedAnnualCo2eTonnes: 304,
    projectedRebate: 105_000_000,
    verifiedRebate: 105_000_000,
  },
  lifetimeCo2eTonnes: 3100,
  resources: [{ kind: 'energy', unit: 'kWh', annualSaved: 120_000, verifiedAnnualSaved: 118_000 }],
};

describe('optimise reply', () => {
  it('keeps every field of an answer and of a refusal through structured clone and parse', () => {
    expectRoundTrip(optimiseReply, optimised);
    expectRoundTrip(optimiseReply, refusedSettings);
  });
  it('refuses a missing or wrong field, naming it', () => {
    if (!optimised.ok) throw new Error('the fixture is an answer');
    const { rebatePv: _gone, ...noRebatePv } = figures(['a'], 45);
    expectRefused(
      optimiseReply,
      { ...optimised, answer: { ...optimised.answer, enabled: noRebatePv } },
      ['answer', 'enabled', 'rebatePv'],
      'expected number',
    );
    const optimum = { ...optimised.answer.optimum, format: 'cp-results' };
    expectRefused(
      optimiseReply,
      { ...optimised, answer: { ...optimised.answer, optimum } },
      ['answer', 'optimum', 'format'],
      'expected "cp-optimum"',
    );
    const shares = { ...figures(['a'], 45), reductionShares: { water: '31 %' } };
    const frontierFigures = [null, shares];
    expectRefused(
      optimiseReply,
      { ...optimised, answer: { ...optimised.answer, frontierFigures } },
      ['answer', 'frontierFigures', 1, 'reductionShares', 'water'],
      'expected number',
    );
    expectRefused(
      optimiseReply,
      { ...refusedSettings, settingsIssues: undefined },
      ['settingsIssues'],
      'expected array',
    );
    const badField = { ...refusedSettings, settingsIssues: [{ field: 'horizon', code: 'bad-budget', message: 'x' }] };
    expectRefused(optimiseReply, badField, ['settingsIssues', 0, 'field'], 'expected one of');
  });
});

describe('portfolio entry reply', () => {
  const ok: EntryResult = { ok: true, entry, dscrBreach: false };
  it('keeps every field of an entry and of a refused file through structured clone and parse', () => {
    expectRoundTrip(entryResultSchema, ok);
    expectRoundTrip(entryResultSchema, { ok: false, issues });
    // The entry is cached in IndexedDB as it comes: the same schema keeps every field there too.
    expectRoundTrip(portfolioEntrySchema, entry);
  });
  it('refuses a missing or wrong field, naming it', () => {
    const { verifiedRebate: _gone, ...row } = entry.row;
    expectRefused(
      entryResultSchema,
      { ...ok, entry: { ...entry, row } },
      ['entry', 'row', 'verifiedRebate'],
      'expected number',
    );
    const staged = { ...entry, row: { ...entry.row, stage: 'funded' } };
    expectRefused(entryResultSchema, { ...ok, entry: staged }, ['entry', 'row', 'stage'], 'expected one of');
    const resources = [{ kind: 'energy', unit: 'kWh', annualSaved: 120_000 }];
    expectRefused(
      entryResultSchema,
      { ...ok, entry: { ...entry, resources } },
      ['entry', 'resources', 0, 'verifiedAnnualSaved'],
      'expected number',
    );
    expectRefused(entryResultSchema, { ok: true, entry }, ['dscrBreach'], 'expected boolean');
  });
  it('refuses an issue with a code the app does not know', () => {
    const unknown = [{ ...issues[0], code: 'too-green' }];
    expectRefused(entryResultSchema, { ok: false, issues: unknown }, ['issues', 0, 'code'], 'expected one of');
    expect(entryResultSchema.safeParse({ ok: false, issues }).success).toBe(true);
  });
});
