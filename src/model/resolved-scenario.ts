/**
 * A scenario whose number fields are all resolved to finite numbers, defaults applied.
 * This is what the kernel evaluates; formulas are resolved before (see src/workbook/formula-resolver.ts).
 * Units: rates and shares are fractions (0.12 = 12 %), money is in the scenario's currency,
 * years are integers, quantities are in the resource's unit, emissions in tonnes CO2e.
 */

/** A fraction: 0.12 means 12 %. */
export type Fraction = number;
/** An amount in the scenario's currency. */
export type Money = number;

export type ResourceKind = 'energy' | 'water' | 'material' | 'waste' | 'other';
export type Amortization = 'annuity' | 'linear';

export interface ResolvedResource {
  id: string;
  kind: ResourceKind;
  /** Currency per unit at today's (year-0) prices. */
  price: Money;
  escalation: Fraction;
  /** Tonnes CO2e per unit. */
  emissionFactor: number;
  /** Current annual use; null when absent. */
  baselineQuantity: number | null;
}

export interface ResolvedMeasure {
  id: string;
  capex: Money;
  startYear: number;
  lifetimeYears: number;
  /** Resource id -> quantity saved per year (negative = more use). */
  savings: Record<string, number>;
  annualOpexChange: Money;
  otherAnnualBenefit: Money;
  enabled: boolean;
}

export interface ResolvedLoan {
  principal: Money;
  annualRate: Fraction;
  tenorYears: number;
  graceYears: number;
  amortization: Amortization;
  upfrontFeeRate: Fraction;
}

export interface RebateTier {
  minReduction: Fraction;
  rate: Fraction;
}

export interface ResolvedRebate {
  year: number;
  /** 'co2e' or a resource id. */
  indicator: string;
  base: 'principal' | 'capex';
  applyAs: 'prepayment' | 'cash';
  tiers: RebateTier[];
}

export interface ResolvedFinancing {
  loan: ResolvedLoan;
  guarantee: { coverage: Fraction; annualFeeRate: Fraction };
  rebate: ResolvedRebate | null;
}

export interface ResolvedCredit {
  baselineCashFlow: Money;
  annualDefaultProbability: Fraction;
  lossGivenDefault: Fraction;
  minDscr: number | null;
  maxLoan: Money | null;
  /**
   * Scenario currency per unit of `maxLoanCurrency` when the limit is set in another currency
   * (then `maxLoan` is in that currency); absent otherwise. See credit-limit.ts.
   */
  exchangeRate?: number;
  maxGuaranteeCoverage: Fraction | null;
  savingsHaircut: Fraction;
}

export type Distribution =
  | { type: 'uniform'; min: number; max: number }
  | { type: 'triangular'; min: number; mode: number; max: number }
  | { type: 'normal'; mean: number; sd: number }
  | { type: 'pert'; min: number; mode: number; max: number };

export interface UncertainInput {
  /** A spec section 4 input path, e.g. `resources.electricity.price`. */
  input: string;
  distribution: Distribution;
}

/** One measured period (spec section 6): production and use per resource id. */
export interface MeasuredPeriod {
  period: string;
  production: number;
  use: Record<string, number>;
}

/** Spec section 6 with its defaults applied: plain numbers, already validated. */
export interface ResolvedVerification {
  productionUnit: string | null;
  method: 'intensity' | 'regression';
  periodsPerYear: number;
  baseline: MeasuredPeriod[];
  reporting: MeasuredPeriod[];
}

export interface ResolvedScenario {
  horizonYears: number;
  discountRate: Fraction;
  taxRate: Fraction;
  energyPriceFactor: number;
  /** In file order. */
  resources: ResolvedResource[];
  /** In file order, enabled or not. */
  measures: ResolvedMeasure[];
  /** Null when the scenario has no loan (guarantee and rebate need one). */
  financing: ResolvedFinancing | null;
  /** Always present: defaults when the file has no `credit`. */
  credit: ResolvedCredit;
  uncertainty: UncertainInput[];
  /** Measurements after the investment (spec section 6); absent or null when the file has none. */
  verification?: ResolvedVerification | null;
}
