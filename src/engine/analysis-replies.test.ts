/**
 * The sensitivity tools' reply schemas (issue 19): a reply with every field, none of them at a
 * default, comes through structured clone (as postMessage sends it) and the page's parse
 * unchanged, so no field is stripped on the way; a reply with a field missing or of the wrong
 * kind is refused with an error naming that field. The replies are typed as the worker's own
 * types, so the type check fails here if a field is added to a type and not to this file.
 */
import { describe, it } from 'vitest';
import type { DataTable } from '../model/data-table';
import type { DscrStressRow } from '../model/dscr-stress-cases';
import type { EnergyFigures } from '../model/energy-view';
import type { GoalSeekResult } from '../model/goal-seek';
import type { OutputSummary } from '../model/monte-carlo-report';
import type { Issue } from '../model/issues';
import type { Stats } from '../model/results';
import type { AnalysisReply, SensitivityOverview } from '../workbook/analysis';
import type { MonteCarloReply } from '../workbook/monte-carlo-job';
import {
  dataTableReply,
  dscrStressReply,
  energyReply,
  goalSeekReply,
  monteCarloReply,
  overviewReply,
} from './analysis-replies';
import { expectRefused, expectRoundTrip } from './test-support/reply-checks';

const refusedFile: Issue[] = [
  { path: ['measures', 1, 'savings', 'gas'], code: 'out-of-range', params: { min: -1e15 }, message: 'too small' },
];

const overview: SensitivityOverview = {
  npv: 1234.5,
  equityNpv: -77.25,
  breakEvenEnergyPriceFactor: 0.625,
  tornado: [{ input: 'capex', npvLow: 1500, npvHigh: 900 }],
  equityTornado: [{ input: 'financing.loan.annualRate', equityNpvLow: -50, equityNpvHigh: -104 }],
  energyCurve: {
    current: 1.5,
    breakEven: 0.625,
    max: 2.5,
    points: [{ factor: 0.5, npv: -12, equityNpv: -300, minDscr: 0.8 }],
  },
  inputs: [{ path: 'discountRate', base: 0.12 }],
  hasLoan: true,
  minDscr: 1.25,
};

const energy: EnergyFigures = {
  factor: 1.2,
  npv: 55,
  irr: 0.18,
  simplePaybackYears: 3.5,
  discountedPaybackYears: 4.25,
  equityNpv: 21,
  minDscr: 1.1,
  dscrBreach: true,
};

const point = { npv: 10, irr: 0.2, equityNpv: 4, equityIrr: 0.3, minDscr: 1.4 };
const table: DataTable = {
  rows: { input: 'discountRate', values: [0.08, 0.12] },
  columns: { input: 'capex', values: [0.9, 1.1] },
  cells: [
    [point, { ...point, npv: -3 }],
    [
      { ...point, irr: 0.05 },
      { ...point, minDscr: 0.9 },
    ],
  ],
  base: { row: 0.12, column: 1.1, rowIndex: 1, columnIndex: 1 },
  baseFigures: { ...point, npv: 7 },
};

const sought: GoalSeekResult = {
  ok: true,
  input: 'capex',
  metric: 'minDscr',
  target: 1.3,
  value: 812.5,
  base: 1000,
  achieved: 1.3000001,
};
const notSought: GoalSeekResult = {
  ok: false,
  input: 'discountRate',
  metric: 'equityNpv',
  target: 0,
  base: 0.12,
  reason: 'not-reached',
};

const stress: DscrStressRow[] = [
  { case: 'base', minDscr: 1.6, breach: false },
  { case: 'ratePlus300', minDscr: 1.1, breach: true },
];

const stats: Stats = { mean: 1, sd: 2, p5: 3, p10: 4, p50: 5, p90: 6, p95: 7 };
const summary = (samples: number): OutputSummary => ({
  samples,
  stats,
  histogram: [{ x0: -1, x1: 2, count: 40 }],
  cumulative: [{ value: 0.5, p: 0.25 }],
  drivers: [{ input: 'resources.power.price', rho: -0.7, share: 0.49 }],
});
const monteCarlo: MonteCarloReply = {
  ok: true,
  elapsedMs: 42,
  report: {
    results: { samples: 1000, seed: 7, projectNpv: stats, equityNpv: { ...stats, mean: -1 }, probNegativeNpv: 0.1 },
    projectNpv: summary(1000),
    equityNpv: summary(999),
    minDscr: summary(998),
    probDscrBelowMin: 0.35,
    probNegativeEquityNpv: 0.45,
  },
};

describe('sensitivity overview reply', () => {
  const full: AnalysisReply<SensitivityOverview> = { ok: true, value: overview };
  it('keeps every field through structured clone and parse', () => {
    expectRoundTrip(overviewReply, full);
    expectRoundTrip(overviewReply, { ok: false, issues: refusedFile });
  });
  it('refuses a missing or wrong field, naming it', () => {
    const { minDscr: _gone, ...withoutMinDscr } = overview;
    expectRefused(overviewReply, { ok: true, value: withoutMinDscr }, ['value', 'minDscr'], 'expected number');
    const badRow = { ...overview, tornado: [{ input: 'capex', npvLow: '1500', npvHigh: 900 }] };
    expectRefused(overviewReply, { ok: true, value: badRow }, ['value', 'tornado', 0, 'npvLow'], 'expected number');
    const badPoint = { ...overview.energyCurve, points: [{ factor: 0.5, npv: null, equityNpv: null, minDscr: null }] };
    const badCurve = { ...overview, energyCurve: badPoint };
    expectRefused(
      overviewReply,
      { ok: true, value: badCurve },
      ['value', 'energyCurve', 'points', 0, 'npv'],
      'expected number',
    );
  });
  it('refuses a figure that is NaN or infinite (never NaN on screen)', () => {
    expectRefused(overviewReply, { ok: true, value: { ...overview, npv: NaN } }, ['value', 'npv'], 'expected number');
    expectRefused(
      overviewReply,
      { ok: true, value: { ...overview, npv: Infinity } },
      ['value', 'npv'],
      'expected number',
    );
  });
  it('refuses a reply that is neither success nor refusal', () => {
    expectRefused(overviewReply, { ok: 'yes', value: overview }, ['ok'], 'Invalid discriminator value');
    expectRefused(overviewReply, { ok: false }, ['issues'], 'expected array');
  });
});

describe('energy what-if reply', () => {
  it('keeps every field through structured clone and parse', () => {
    expectRoundTrip(energyReply, { ok: true, value: energy });
  });
  it('refuses a missing or wrong field, naming it', () => {
    const { dscrBreach: _gone, ...withoutBreach } = energy;
    expectRefused(energyReply, { ok: true, value: withoutBreach }, ['value', 'dscrBreach'], 'expected boolean');
    expectRefused(energyReply, { ok: true, value: { ...energy, irr: '18 %' } }, ['value', 'irr'], 'expected number');
  });
});

describe('data table reply', () => {
  it('keeps every field through structured clone and parse', () => {
    expectRoundTrip(dataTableReply, { ok: true, value: table });
  });
  it('refuses a missing or wrong field, naming it', () => {
    const cells = [[point, { ...point, equityIrr: undefined }], table.cells[1]];
    expectRefused(
      dataTableReply,
      { ok: true, value: { ...table, cells } },
      ['value', 'cells', 0, 1, 'equityIrr'],
      'expected number',
    );
    const base = { row: 0.12, column: 1.1, rowIndex: 1 };
    expectRefused(
      dataTableReply,
      { ok: true, value: { ...table, base } },
      ['value', 'base', 'columnIndex'],
      'expected number',
    );
  });
});

describe('goal seek reply', () => {
  it('keeps every field of a success and of a failure through structured clone and parse', () => {
    expectRoundTrip(goalSeekReply, { ok: true, value: sought });
    expectRoundTrip(goalSeekReply, { ok: true, value: notSought });
  });
  it('refuses a missing or wrong field, naming it', () => {
    const { achieved: _gone, ...withoutAchieved } = sought;
    expectRefused(goalSeekReply, { ok: true, value: withoutAchieved }, ['value', 'achieved'], 'expected number');
    expectRefused(
      goalSeekReply,
      { ok: true, value: { ...notSought, reason: 'gave-up' } },
      ['value', 'reason'],
      'expected one of',
    );
    expectRefused(
      goalSeekReply,
      { ok: true, value: { ...sought, metric: 'irr' } },
      ['value', 'metric'],
      'expected one of',
    );
  });
});

describe('DSCR stress reply', () => {
  it('keeps every row through structured clone and parse', () => {
    expectRoundTrip(dscrStressReply, { ok: true, value: stress });
  });
  it('refuses an unknown case or a missing breach, naming it', () => {
    expectRefused(
      dscrStressReply,
      { ok: true, value: [{ ...stress[0], case: 'haircut90' }] },
      ['value', 0, 'case'],
      'expected one of',
    );
    const rows = [stress[0], { case: 'base', minDscr: 1.6 }];
    expectRefused(dscrStressReply, { ok: true, value: rows }, ['value', 1, 'breach'], 'expected boolean');
  });
});

describe('Monte Carlo reply', () => {
  it('keeps every field through structured clone and parse', () => {
    expectRoundTrip(monteCarloReply, monteCarlo);
    expectRoundTrip(monteCarloReply, { ok: false, issues: refusedFile });
  });
  it('refuses a missing or wrong field, naming it', () => {
    if (!monteCarlo.ok) throw new Error('the fixture is a success');
    const { probDscrBelowMin: _gone, ...withoutProb } = monteCarlo.report;
    expectRefused(
      monteCarloReply,
      { ...monteCarlo, report: withoutProb },
      ['report', 'probDscrBelowMin'],
      'expected number',
    );
    const { p95: _p95, ...shortStats } = stats;
    const report = { ...monteCarlo.report, equityNpv: { ...summary(999), stats: shortStats } };
    expectRefused(
      monteCarloReply,
      { ...monteCarlo, report },
      ['report', 'equityNpv', 'stats', 'p95'],
      'expected number',
    );
    const { elapsedMs: _elapsed, ...withoutElapsed } = monteCarlo;
    expectRefused(monteCarloReply, withoutElapsed, ['elapsedMs'], 'expected number');
  });
});
