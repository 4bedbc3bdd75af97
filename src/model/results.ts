/**
 * The results file of spec section 5 (format cp-results v1), defined once as zod schemas: the
 * types below are inferred from them, and the worker's replies are parsed with the same schemas,
 * so a figure added here reaches the page (zod drops keys a schema does not name).
 * `null` where a figure is undefined.
 */
import { z } from './zod';

const num = z.number();
const nullable = num.nullable();

export const projectResultsSchema = z.object({
  npv: num,
  irr: nullable,
  irrMultipleRoots: z.boolean(),
  simplePaybackYears: nullable,
  discountedPaybackYears: nullable,
  profitabilityIndex: nullable,
  totalCapex: num,
  firstYearBenefit: num,
  lifetimeCo2eTonnes: num,
  /** Resource id or `co2e` -> share of the baseline saved by enabled measures. */
  reductionShares: z.record(z.string(), num),
});
export type ProjectResults = z.infer<typeof projectResultsSchema>;

export const measureResultsSchema = z.object({
  id: z.string(),
  npv: num,
  irr: nullable,
  simplePaybackYears: nullable,
  discountedPaybackYears: nullable,
  profitabilityIndex: nullable,
  annualCo2eTonnes: num,
  lifetimeCo2eTonnes: num,
  macPerTonne: nullable,
});
export type MeasureResults = z.infer<typeof measureResultsSchema>;

export const ELIGIBILITY_ISSUES = [
  'loan-above-max',
  'coverage-above-max',
  'dscr-below-min',
  'loan-above-capex',
] as const;
export type EligibilityIssue = (typeof ELIGIBILITY_ISSUES)[number];

export const financingResultsSchema = z.object({
  equityNpv: num,
  equityIrr: nullable,
  equityPaybackYears: nullable,
  minDscr: nullable,
  meanDscr: nullable,
  dscrBreach: z.boolean(),
  totalInterest: num,
  rebate: num,
  expectedLoss: num,
  lenderExpectedLoss: num,
  guarantorExpectedLoss: num,
  eligibilityIssues: z.array(z.enum(ELIGIBILITY_ISSUES)),
});
export type FinancingResults = z.infer<typeof financingResultsSchema>;

export const tornadoRowSchema = z.object({ input: z.string(), npvLow: num, npvHigh: num });
export type TornadoRow = z.infer<typeof tornadoRowSchema>;

export const sensitivityResultsSchema = z.object({
  breakEvenEnergyPriceFactor: nullable,
  tornado: z.array(tornadoRowSchema),
});
export type SensitivityResults = z.infer<typeof sensitivityResultsSchema>;

export const statsSchema = z.object({ mean: num, sd: num, p5: num, p10: num, p50: num, p90: num, p95: num });
export type Stats = z.infer<typeof statsSchema>;

export const monteCarloResultsSchema = z.object({
  samples: num,
  seed: num,
  projectNpv: statsSchema,
  equityNpv: statsSchema.nullable(),
  probNegativeNpv: num,
});
export type MonteCarloResults = z.infer<typeof monteCarloResultsSchema>;

export const yearRowSchema = z.object({
  t: num,
  capex: num,
  benefit: num,
  tax: num,
  projectCashFlow: num,
  cumulativeProjectCashFlow: num,
  co2eTonnes: num,
  interest: num,
  principal: num,
  prepayment: num,
  outstanding: num,
  guaranteeFee: num,
  rebate: num,
  equityCashFlow: num,
  debtService: num,
  dscr: nullable,
});
export type YearRow = z.infer<typeof yearRowSchema>;

/** Spec section 6: one resource's verified figures; `model` only for the regression method. */
export const verifiedResourceSchema = z.object({
  id: z.string(),
  baselineIntensity: nullable,
  reportingIntensity: nullable,
  adjustedBaseline: num,
  actual: num,
  avoided: num,
  reductionShare: nullable,
  annualAvoided: num,
  model: z.object({ intercept: num, slope: num, n: num, r2: nullable, cvRmse: nullable }).nullable(),
});
export type VerifiedResource = z.infer<typeof verifiedResourceSchema>;

export const verifiedRebateSchema = z.object({
  indicator: z.string(),
  projectedShare: nullable,
  verifiedShare: nullable,
  projectedRate: num,
  verifiedRate: num,
  projectedAmount: num,
  verifiedAmount: num,
});
export type VerifiedRebate = z.infer<typeof verifiedRebateSchema>;

export const verificationResultsSchema = z.object({
  method: z.enum(['intensity', 'regression']),
  resources: z.array(verifiedResourceSchema),
  co2e: z.object({ adjustedBaseline: num, actual: num, avoided: num, reductionShare: nullable, annualAvoided: num }),
  rebate: verifiedRebateSchema.nullable(),
  financingAsVerified: financingResultsSchema.nullable(),
  /** Codes of spec section 6, in its order: `short-baseline`, `weak-model:<id>`, ... */
  warnings: z.array(z.string()),
});
export type VerificationResults = z.infer<typeof verificationResultsSchema>;

export const resultsSchema = z.object({
  format: z.literal('cp-results'),
  version: z.literal(1),
  project: projectResultsSchema,
  measures: z.array(measureResultsSchema),
  financing: financingResultsSchema.nullable(),
  sensitivity: sensitivityResultsSchema,
  monteCarlo: monteCarloResultsSchema.nullable(),
  years: z.array(yearRowSchema),
  /** Spec section 6; null without a `verification` block in the scenario. */
  verification: verificationResultsSchema.nullable(),
});
export type Results = z.infer<typeof resultsSchema>;
