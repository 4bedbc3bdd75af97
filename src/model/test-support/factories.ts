/** Test support: builders of resolved scenarios (defaults as in spec section 1) and of results' years. */
import type {
  ResolvedLoan,
  ResolvedMeasure,
  ResolvedRebate,
  ResolvedResource,
  ResolvedScenario,
} from '../resolved-scenario';
import type { YearRow } from '../results';

export function resource(overrides: Partial<ResolvedResource> & { id: string }): ResolvedResource {
  return { kind: 'energy', price: 1, escalation: 0, emissionFactor: 0, baselineQuantity: null, ...overrides };
}

export function measure(overrides: Partial<ResolvedMeasure> & { id: string }): ResolvedMeasure {
  return {
    capex: 0,
    startYear: 0,
    lifetimeYears: 1,
    savings: {},
    annualOpexChange: 0,
    otherAnnualBenefit: 0,
    enabled: true,
    ...overrides,
  };
}

/** A loan's terms: 10 % a year over two years, no grace, annuity, no fee, unless overridden. */
export function loanTerms(overrides: Partial<ResolvedLoan> & { principal: number }): ResolvedLoan {
  return { annualRate: 0.1, tenorYears: 2, graceYears: 0, amortization: 'annuity', upfrontFeeRate: 0, ...overrides };
}

/** A rebate: paid in year 1 on the principal as a prepayment, by the CO2e reduction, at the tiers given. */
export function rebateTerms(overrides: Partial<ResolvedRebate> & { tiers: ResolvedRebate['tiers'] }): ResolvedRebate {
  return { year: 1, indicator: 'co2e', base: 'principal', applyAs: 'prepayment', ...overrides };
}

export function scenario(overrides: Partial<ResolvedScenario> = {}): ResolvedScenario {
  return {
    horizonYears: 1,
    discountRate: 0.1,
    taxRate: 0,
    energyPriceFactor: 1,
    resources: [],
    measures: [],
    financing: null,
    credit: {
      baselineCashFlow: 0,
      annualDefaultProbability: 0,
      lossGivenDefault: 0,
      minDscr: null,
      maxLoan: null,
      maxGuaranteeCoverage: null,
      savingsHaircut: 0,
    },
    uncertainty: [],
    ...overrides,
  };
}

/**
 * A large scenario for speed checks: `measureCount` measures over `horizonYears` years, 10
 * resources, three savings per measure, taxes, a loan with grace, guarantee and rebate, and
 * uncertainty on every kind of input path. Values vary with the index, no randomness.
 */
export function largeScenario(measureCount = 50, horizonYears = 30): ResolvedScenario {
  const kinds = [
    'energy',
    'energy',
    'energy',
    'water',
    'material',
    'waste',
    'other',
    'energy',
    'water',
    'material',
  ] as const;
  const resources = kinds.map((kind, k) =>
    resource({
      id: `r${k}`,
      kind,
      price: 0.1 + k * 0.37,
      escalation: 0.01 * (k % 4),
      emissionFactor: 0.001 * (k % 3),
      baselineQuantity: 1e6,
    }),
  );
  const measures = Array.from({ length: measureCount }, (_, j) =>
    measure({
      id: `m${j}`,
      capex: 10000 + 1000 * j,
      startYear: j % 5,
      lifetimeYears: 5 + (j % 20),
      savings: {
        [`r${j % 10}`]: 2000 + 10 * j,
        [`r${(j + 3) % 10}`]: 500 + j,
        [`r${(j + 7) % 10}`]: j % 2 ? -100 : 300,
      },
      annualOpexChange: 100 * (j % 3),
      otherAnnualBenefit: 50 * (j % 4),
      enabled: j % 17 !== 16,
    }),
  );
  return scenario({
    horizonYears,
    discountRate: 0.1,
    taxRate: 0.3,
    resources,
    measures,
    financing: {
      loan: loanTerms({ principal: 500000, annualRate: 0.12, tenorYears: 10, graceYears: 2, upfrontFeeRate: 0.01 }),
      guarantee: { coverage: 0.5, annualFeeRate: 0.015 },
      rebate: rebateTerms({ year: 3, tiers: [{ minReduction: 0.01, rate: 0.1 }] }),
    },
    credit: {
      baselineCashFlow: 100000,
      annualDefaultProbability: 0.03,
      lossGivenDefault: 0.45,
      minDscr: 1.25,
      maxLoan: null,
      maxGuaranteeCoverage: null,
      savingsHaircut: 0.2,
    },
    uncertainty: [
      { input: 'discountRate', distribution: { type: 'normal', mean: 1, sd: 0.1 } },
      { input: 'energyPriceFactor', distribution: { type: 'triangular', min: 0.7, mode: 1, max: 1.5 } },
      { input: 'resources.r0.price', distribution: { type: 'pert', min: 0.8, mode: 1, max: 1.4 } },
      { input: 'resources.r3.escalation', distribution: { type: 'uniform', min: 0.5, max: 1.5 } },
      { input: 'measures.m0.capex', distribution: { type: 'pert', min: 0.9, mode: 1, max: 1.3 } },
      { input: 'measures.m1.savings.r1', distribution: { type: 'normal', mean: 1, sd: 0.2 } },
      { input: 'measures.m2.annualOpexChange', distribution: { type: 'uniform', min: 0.5, max: 2 } },
      { input: 'financing.loan.annualRate', distribution: { type: 'triangular', min: 0.9, mode: 1, max: 1.2 } },
      { input: 'measures.m10.capex', distribution: { type: 'pert', min: 0.8, mode: 1, max: 1.5 } },
      { input: 'resources.r7.price', distribution: { type: 'triangular', min: 0.6, mode: 1, max: 1.6 } },
    ],
  });
}

/** A year of the results with every figure 0 (no DSCR), but for `overrides`. */
export function yearRow(overrides: Partial<YearRow> = {}): YearRow {
  return {
    t: 0,
    capex: 0,
    benefit: 0,
    tax: 0,
    projectCashFlow: 0,
    cumulativeProjectCashFlow: 0,
    co2eTonnes: 0,
    interest: 0,
    principal: 0,
    prepayment: 0,
    outstanding: 0,
    guaranteeFee: 0,
    rebate: 0,
    equityCashFlow: 0,
    debtService: 0,
    dscr: null,
    ...overrides,
  };
}

/** A scenario file as a user writes it: the required header (2 years, 10 %, USD), no resources or measures, but for `overrides`. */
export function scenarioFile(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: 'cp-scenario',
    version: 1,
    name: 'x',
    currency: 'USD',
    horizonYears: 2,
    discountRate: 0.1,
    resources: [],
    measures: [],
    ...overrides,
  };
}
