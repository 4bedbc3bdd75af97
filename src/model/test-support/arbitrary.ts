/**
 * Test support: fast-check generators of valid scenario files (format v1), small enough that a
 * thousand of them run through the workbook in seconds, varied enough to reach every branch:
 * late starts, lifetimes past the horizon, negative savings, grace, both amortizations,
 * prepayment and cash rebates, limits present or not.
 */
import fc from 'fast-check';
import type { Scenario } from '../schema';
import { CATEGORIES, RESOURCE_KINDS } from '../schema';
import { at } from '../checked';

const money = (max: number) => fc.integer({ min: 0, max }).map((n) => n * 10);
const rate = (min: number, max: number) =>
  fc.integer({ min: Math.round(min * 1000), max: Math.round(max * 1000) }).map((n) => n / 1000);

const resource = (id: string) =>
  fc.record({
    id: fc.constant(id),
    name: fc.constant(`Resource ${id}`),
    kind: fc.constantFrom(...RESOURCE_KINDS),
    unit: fc.constant('u'),
    price: rate(0.01, 50),
    escalation: fc.option(rate(-0.05, 0.1), { nil: undefined }),
    emissionFactor: fc.option(rate(0, 3), { nil: undefined }),
    baselineQuantity: fc.option(fc.integer({ min: 0, max: 200000 }), { nil: undefined }),
  });

function measure(id: string, resourceIds: string[], H: number) {
  return fc.record({
    id: fc.constant(id),
    name: fc.constant(`Measure ${id}`),
    category: fc.constantFrom(...CATEGORIES),
    capex: money(50000),
    startYear: fc.option(fc.integer({ min: 0, max: H - 1 }), { nil: undefined }),
    lifetimeYears: fc.integer({ min: 1, max: H + 5 }),
    savings: fc
      .subarray(resourceIds)
      .chain((ids) =>
        fc
          .tuple(...ids.map(() => fc.integer({ min: -20000, max: 60000 })))
          .map((qs) => Object.fromEntries(ids.map((r, i) => [r, qs[i]]))),
      ),
    annualOpexChange: fc.option(fc.integer({ min: -5000, max: 20000 }), { nil: undefined }),
    otherAnnualBenefit: fc.option(fc.integer({ min: 0, max: 80000 }), { nil: undefined }),
    enabled: fc.option(fc.boolean(), { nil: undefined }),
  });
}

function financing(H: number, indicators: string[]) {
  return fc.integer({ min: 1, max: Math.min(H, 10) }).chain((tenor) =>
    fc.record({
      loan: fc.record({
        principal: money(60000),
        annualRate: fc.oneof(fc.constant(0), rate(0.01, 0.3)),
        tenorYears: fc.constant(tenor),
        graceYears: fc.option(fc.integer({ min: 0, max: tenor - 1 }), { nil: undefined }),
        amortization: fc.option(fc.constantFrom('annuity' as const, 'linear' as const), { nil: undefined }),
        upfrontFeeRate: fc.option(rate(0, 0.03), { nil: undefined }),
      }),
      guarantee: fc.option(
        fc.record({ coverage: rate(0, 1), annualFeeRate: fc.option(rate(0, 0.03), { nil: undefined }) }),
        { nil: undefined },
      ),
      rebate:
        indicators.length === 0
          ? fc.constant(undefined)
          : fc.option(
              fc.record({
                year: fc.integer({ min: 1, max: tenor }),
                indicator: fc.constantFrom(...indicators),
                base: fc.option(fc.constantFrom('principal' as const, 'capex' as const), { nil: undefined }),
                applyAs: fc.option(fc.constantFrom('prepayment' as const, 'cash' as const), { nil: undefined }),
                tiers: fc
                  .uniqueArray(rate(0, 1), { minLength: 1, maxLength: 3 })
                  .map((mins) => mins.map((m, i) => ({ minReduction: m, rate: 0.1 + 0.1 * i }))),
              }),
              { nil: undefined },
            ),
    }),
  );
}

const credit = fc.record(
  {
    baselineCashFlow: fc.integer({ min: 0, max: 100000 }),
    annualDefaultProbability: rate(0, 0.2),
    lossGivenDefault: rate(0, 1),
    minDscr: rate(1, 1.6),
    maxLoan: money(60000),
    maxGuaranteeCoverage: rate(0, 1),
    savingsHaircut: rate(0, 0.5),
  },
  { requiredKeys: [] },
);

/**
 * Ids the id pattern allows that are also properties of every object (or of functions): a lookup
 * `record[id]` that is not an own-property one reads the prototype for these.
 */
export const PROTOTYPE_IDS = ['constructor', 'prototype', 'tostring', 'valueof', 'hasownproperty'] as const;

/** The i-th id of a kind: a plain one, or (where `hostile` says so) a prototype property's name. */
const idAt = (plain: string, i: number, hostile: boolean[]) =>
  hostile[i] ? at(PROTOTYPE_IDS, i % PROTOTYPE_IDS.length, 'hostile id') : `${plain}${at('abcde', i, 'id letter')}`;

/** Valid scenario files with plain numbers (formulas are exercised by their own tests). */
export const arbitraryScenario: fc.Arbitrary<Scenario> = fc
  .record({
    H: fc.integer({ min: 1, max: 15 }),
    nR: fc.integer({ min: 0, max: 4 }),
    nM: fc.integer({ min: 1, max: 5 }),
    hostileR: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
    hostileM: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
  })
  .chain(({ H, nR, nM, hostileR, hostileM }) => {
    const resourceIds = Array.from({ length: nR }, (_, i) => idAt('r', i, hostileR));
    const measureIds = Array.from({ length: nM }, (_, i) => idAt('m', i, hostileM));
    const resources = fc.tuple(...resourceIds.map(resource));
    return resources.chain((res) => {
      const withBaseline = res.filter((r) => (r.baselineQuantity ?? 0) > 0).map((r) => r.id);
      const emits = res.some((r) => (r.baselineQuantity ?? 0) * (r.emissionFactor ?? 0) > 0);
      const indicators = [...withBaseline, ...(emits ? ['co2e'] : [])];
      return fc.record({
        format: fc.constant('cp-scenario' as const),
        version: fc.constant(1 as const),
        name: fc.constant('Generated'),
        currency: fc.constantFrom('USD', 'COP'),
        horizonYears: fc.constant(H),
        discountRate: rate(0, 0.25),
        taxRate: fc.option(rate(0, 0.4), { nil: undefined }),
        energyPriceFactor: fc.option(rate(0.5, 1.5), { nil: undefined }),
        resources: fc.constant(res),
        measures: fc.tuple(...measureIds.map((id) => measure(id, resourceIds, H))),
        financing: fc.option(financing(H, indicators), { nil: undefined }),
        credit: fc.option(credit, { nil: undefined }),
      });
    });
  })
  .map((s) => JSON.parse(JSON.stringify(s)) as Scenario);
