import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from './parse';
import { MONEY_TOTALS, NO_STAGE, portfolio, portfolioEntry, type PortfolioEntry, type PortfolioRow } from './portfolio';
import { resultsFile } from './results-file';
import { SAMPLE_NAMES } from './samples';
import { STAGES, type Scenario } from './schema';
import { differences } from './test-support/compare';
import { resolveExample, type ExampleFile } from './test-support/resolve-example';

function text(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../public/examples/${name}`, import.meta.url)), 'utf8');
}

function entryOf(json: string): PortfolioEntry {
  const parsed = parseScenarioText(json);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const resolved = resolveExample(JSON.parse(json) as ExampleFile);
  return portfolioEntry(parsed.value, resolved, resultsFile(resolved));
}

describe('the portfolio of the six samples', () => {
  // Read by file name, in plain code-point order, as the command line reads a folder.
  const files = SAMPLE_NAMES.map((n) => `${n}.json`).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  it('is portfolio.expected.json, every field', () => {
    const actual = portfolio(files.map((f) => entryOf(text(f))));
    const expected = JSON.parse(text('portfolio.expected.json')) as unknown;
    expect(differences(actual, expected, 'portfolio')).toEqual([]);
    // Key order is part of the contract (first appearance).
    const e = expected as { byCurrency: object; byStage: object };
    expect(Object.keys(actual.byCurrency)).toEqual(Object.keys(e.byCurrency));
    expect(Object.keys(actual.byStage)).toEqual(Object.keys(e.byStage));
  });
});

const base: Scenario = {
  format: 'cp-scenario',
  version: 1,
  name: 'Small plant',
  currency: 'PEN',
  horizonYears: 5,
  discountRate: 0.1,
  resources: [
    { id: 'w1', name: 'Water', kind: 'water', unit: 'm3', price: 2, emissionFactor: 0.001 },
    { id: 'w2', name: 'Water (other)', kind: 'water', unit: 'm³', price: 2 },
    { id: 'el', name: 'Power', kind: 'energy', unit: 'kWh', price: 0.2, emissionFactor: 0.0005 },
  ],
  measures: [
    {
      id: 'a',
      name: 'A',
      category: 'good-housekeeping',
      capex: 1000,
      lifetimeYears: 5,
      savings: { w1: 100, el: 1000 },
    },
    {
      id: 'b',
      name: 'B',
      category: 'technology-change',
      capex: 5000,
      lifetimeYears: 5,
      savings: { w1: 50, w2: 7 },
      enabled: false,
    },
    {
      id: 'c',
      name: 'C',
      category: 'technology-change',
      capex: 2000,
      startYear: 3,
      lifetimeYears: 5,
      savings: { el: 3000 },
    },
  ],
};

describe('a scenario row', () => {
  const entry = entryOf(JSON.stringify(base));

  it('has no loan figures without a loan, and counts enabled measures only', () => {
    expect(entry.row).toMatchObject({
      reference: null,
      stage: null,
      principal: 0,
      guaranteed: 0,
      expectedLoss: null,
      minDscr: null,
      eligible: null,
      projectedRebate: null,
      verifiedRebate: null,
      verifiedAnnualCo2eTonnes: null,
    });
    // a: 100 m3 × 0.001 + 1000 kWh × 0.0005 = 0.6 t; c: 3000 × 0.0005 = 1.5 t; b is disabled.
    expect(entry.row.annualCo2eTonnes).toBeTypeOf('number');
    expect(entry.row.annualCo2eTonnes).toBeCloseTo(2.1, 12);
  });

  it('lists every resource with its annual rate saved by enabled measures, whatever the start year', () => {
    expect(entry.resources).toEqual([
      { kind: 'water', unit: 'm3', annualSaved: 100, verifiedAnnualSaved: 0 },
      { kind: 'water', unit: 'm³', annualSaved: 0, verifiedAnnualSaved: 0 },
      { kind: 'energy', unit: 'kWh', annualSaved: 4000, verifiedAnnualSaved: 0 },
    ]);
  });

  it('takes reference and stage from the application block', () => {
    const e = entryOf(JSON.stringify({ ...base, application: { reference: 'GC-1', stage: 'approved', officer: 'X' } }));
    expect(e.row.reference).toBe('GC-1');
    expect(e.row.stage).toBe('approved');
  });

  it('takes the verified figures from results.verification, by resource id', () => {
    const parsed = parseScenarioText(
      JSON.stringify({
        ...base,
        financing: {
          loan: { principal: 500, annualRate: 0.1, tenorYears: 3 },
          rebate: { year: 1, indicator: 'co2e', tiers: [{ minReduction: 0, rate: 0.1 }] },
        },
      }),
    );
    if (!parsed.ok) throw new Error('invalid');
    const resolved = resolveExample(parsed.value as unknown as ExampleFile);
    const results = resultsFile(resolved);
    const co2e = { adjustedBaseline: 10, actual: 4, avoided: 6, reductionShare: 0.6, annualAvoided: 72 };
    const resource = (id: string, annualAvoided: number) => ({
      id,
      baselineIntensity: 1,
      reportingIntensity: 1,
      adjustedBaseline: 1,
      actual: 1,
      avoided: 1,
      reductionShare: 0,
      annualAvoided,
      model: null,
    });
    const rebate = {
      indicator: 'co2e',
      projectedShare: 0.5,
      verifiedShare: 0.6,
      projectedRate: 0.1,
      verifiedRate: 0.1,
      projectedAmount: 50,
      verifiedAmount: 49,
    };
    const verified = {
      ...results,
      verification: {
        method: 'intensity' as const,
        resources: [resource('el', 900), resource('w2', 3)],
        co2e,
        rebate,
        financingAsVerified: null,
        warnings: [],
      },
    };
    const e = portfolioEntry(parsed.value, resolved, verified);
    expect(e.row.verifiedAnnualCo2eTonnes).toBe(72);
    expect(e.row.verifiedRebate).toBe(49);
    expect(e.row.projectedRebate).toBe(results.financing?.rebate);
    expect(e.row.principal).toBe(500);
    expect(e.resources.map((r) => r.verifiedAnnualSaved)).toEqual([0, 3, 900]);
  });

  it('groups m3 and m³ apart, and the same kind and unit together', () => {
    const p = portfolio([entry, entry]);
    expect(p.resources.map((r) => [r.kind, r.unit, r.annualSaved])).toEqual([
      ['water', 'm3', 200],
      ['water', 'm³', 0],
      ['energy', 'kWh', 8000],
    ]);
  });
});

const num = fc.double({ min: -1e9, max: 1e9, noNaN: true });
const rowArb: fc.Arbitrary<PortfolioRow> = fc.record({
  name: fc.string(),
  reference: fc.option(fc.string(), { nil: null }),
  stage: fc.option(fc.constantFrom(...STAGES), { nil: null }),
  currency: fc.constantFrom('USD', 'COP', 'PEN', 'BOB'),
  totalCapex: num,
  npv: num,
  irr: fc.option(num, { nil: null }),
  principal: num,
  guaranteed: num,
  expectedLoss: fc.option(num, { nil: null }),
  lenderExpectedLoss: fc.option(num, { nil: null }),
  guarantorExpectedLoss: fc.option(num, { nil: null }),
  minDscr: fc.option(num, { nil: null }),
  eligible: fc.option(fc.boolean(), { nil: null }),
  annualCo2eTonnes: num,
  verifiedAnnualCo2eTonnes: fc.option(num, { nil: null }),
  projectedRebate: fc.option(num, { nil: null }),
  verifiedRebate: fc.option(num, { nil: null }),
});
const entryArb: fc.Arbitrary<PortfolioEntry> = fc.record({
  row: rowArb,
  lifetimeCo2eTonnes: num,
  resources: fc.array(
    fc.record({
      kind: fc.constantFrom('energy', 'water'),
      unit: fc.constantFrom('m3', 'm³', 'kWh'),
      annualSaved: num,
      verifiedAnnualSaved: num,
    }),
    { maxLength: 4 },
  ),
});

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

describe('totals are sums of the rows (property)', () => {
  it('per currency, per stage, CO2e and resources', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 30 }), (entries) => {
        const p = portfolio(entries);
        const rows = entries.map((e) => e.row);
        expect(p.scenarios).toEqual(rows);
        const currencies = [...new Set(rows.map((r) => r.currency))];
        expect(Object.keys(p.byCurrency)).toEqual(currencies);
        for (const c of currencies) {
          const mine = rows.filter((r) => r.currency === c);
          const t = p.byCurrency[c];
          if (!t) throw new Error(`no totals for ${c}`);
          expect(t.count).toBe(mine.length);
          for (const key of MONEY_TOTALS) {
            expect(close(t[key], sum(mine.map((r) => r[key] ?? 0)))).toBe(true);
          }
        }
        const stages = [...new Set(rows.map((r) => r.stage ?? NO_STAGE))];
        expect(Object.keys(p.byStage)).toEqual(stages);
        for (const s of stages)
          expect(p.byStage[s]?.count).toBe(rows.filter((r) => (r.stage ?? NO_STAGE) === s).length);
        expect(sum(Object.values(p.byStage).map((s) => s.count))).toBe(rows.length);
        expect(close(p.co2e.annualTonnes, sum(rows.map((r) => r.annualCo2eTonnes)))).toBe(true);
        expect(close(p.co2e.verifiedAnnualTonnes, sum(rows.map((r) => r.verifiedAnnualCo2eTonnes ?? 0)))).toBe(true);
        expect(close(p.co2e.lifetimeTonnes, sum(entries.map((e) => e.lifetimeCo2eTonnes)))).toBe(true);
        const all = entries.flatMap((e) => e.resources);
        const groups = [...new Set(all.map((r) => `${r.kind}|${r.unit}`))];
        expect(p.resources.map((r) => `${r.kind}|${r.unit}`)).toEqual(groups);
        for (const g of p.resources) {
          const mine = all.filter((r) => r.kind === g.kind && r.unit === g.unit);
          expect(close(g.annualSaved, sum(mine.map((r) => r.annualSaved)))).toBe(true);
          expect(close(g.verifiedAnnualSaved, sum(mine.map((r) => r.verifiedAnnualSaved)))).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
