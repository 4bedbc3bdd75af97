/**
 * The scenario file, format v1 (spec section 1), as a strict zod schema.
 * Shapes, types, name patterns and plain-number ranges live here; checks that need several
 * fields are in cross-checks.ts, and ranges of number fields (which may be formulas) are
 * checked once they are resolved (resolved-checks.ts).
 */
import { z } from './zod';

export const SCENARIO_FORMAT = 'cp-scenario';
export const SCENARIO_VERSION = 1;

/** A finite number, or a formula string that starts with `=`. */
export const numberField = z.union([z.number(), z.string().regex(/^=/)]);
export type NumberField = z.infer<typeof numberField>;

export const ID_PATTERN = /^[a-z][a-z0-9_]*$/;
export const VARIABLE_PATTERN = /^[a-z_][a-z0-9_]*$/;

const id = z.string().regex(ID_PATTERN);
/** Free text for sources and assumptions (spec section 1): shown in the memo, no effect on figures. */
export const MAX_NOTES = 2000;
const notes = z.string().max(MAX_NOTES);
/**
 * Counts and lengths no real plant reaches (docs/model.md section 9), so that a hostile file cannot
 * make the app build a workbook of millions of cells: room for 4 times the 50 measures of a large
 * assessment, and for every resource a plant meters.
 */
export const LIMITS = {
  measures: 200,
  resources: 100,
  variables: 200,
  uncertainty: 200,
  tiers: 20,
  verificationRecords: 2000,
  label: 200,
} as const;
const label = z.string().max(LIMITS.label);
const int = (min: number, max?: number) => {
  const base = z.number().int().min(min);
  return max === undefined ? base : base.max(max);
};

export const RESOURCE_KINDS = ['energy', 'water', 'material', 'waste', 'other'] as const;

/** The eight UNEP/UNIDO cleaner-production techniques. */
export const CATEGORIES = [
  'good-housekeeping',
  'input-material-change',
  'better-process-control',
  'equipment-modification',
  'technology-change',
  'on-site-recovery-reuse',
  'useful-by-product',
  'product-modification',
] as const;

export const variableSchema = z.strictObject({
  name: z.string().regex(VARIABLE_PATTERN).max(LIMITS.label),
  value: numberField,
});

export const resourceSchema = z.strictObject({
  id,
  name: label,
  kind: z.enum(RESOURCE_KINDS),
  unit: label,
  price: numberField,
  escalation: numberField.optional(),
  emissionFactor: numberField.optional(),
  baselineQuantity: numberField.optional(),
  notes: notes.optional(),
});

export const measureSchema = z.strictObject({
  id,
  name: label,
  category: z.enum(CATEGORIES),
  capex: numberField,
  startYear: int(0).optional(),
  lifetimeYears: int(1),
  savings: z.record(z.string(), numberField).optional(),
  annualOpexChange: numberField.optional(),
  otherAnnualBenefit: numberField.optional(),
  enabled: z.boolean().optional(),
  notes: notes.optional(),
});

export const loanSchema = z.strictObject({
  principal: numberField,
  annualRate: numberField,
  tenorYears: int(1, 50),
  graceYears: int(0).optional(),
  amortization: z.enum(['annuity', 'linear']).optional(),
  upfrontFeeRate: numberField.optional(),
  notes: notes.optional(),
});

export const guaranteeSchema = z.strictObject({
  coverage: numberField,
  annualFeeRate: numberField.optional(),
});

export const tierSchema = z.strictObject({
  minReduction: z.number(),
  rate: z.number().min(0),
});

export const rebateSchema = z.strictObject({
  year: int(1),
  indicator: z.string(),
  base: z.enum(['principal', 'capex']).optional(),
  applyAs: z.enum(['prepayment', 'cash']).optional(),
  tiers: z.array(tierSchema).min(1).max(LIMITS.tiers),
});

export const financingSchema = z.strictObject({
  loan: loanSchema.optional(),
  guarantee: guaranteeSchema.optional(),
  rebate: rebateSchema.optional(),
});

export const creditSchema = z.strictObject({
  baselineCashFlow: numberField.optional(),
  annualDefaultProbability: numberField.optional(),
  lossGivenDefault: numberField.optional(),
  minDscr: numberField.optional(),
  maxLoan: numberField.optional(),
  /** The limit's currency when it is not the scenario's; then `exchangeRate` is required. */
  maxLoanCurrency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  /** Scenario currency per unit of `maxLoanCurrency`, > 0. */
  exchangeRate: numberField.optional(),
  exchangeRateDate: notes.optional(),
  maxGuaranteeCoverage: numberField.optional(),
  savingsHaircut: numberField.optional(),
});

export const distributionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('uniform'), min: z.number(), max: z.number() }),
  z.strictObject({ type: z.literal('triangular'), min: z.number(), mode: z.number(), max: z.number() }),
  z.strictObject({ type: z.literal('normal'), mean: z.number(), sd: z.number() }),
  z.strictObject({ type: z.literal('pert'), min: z.number(), mode: z.number(), max: z.number() }),
]);

export const uncertainSchema = z.strictObject({
  input: z.string(),
  distribution: distributionSchema,
});

/** Measured consumption and production (spec section 6): plain numbers only. */
export const VERIFICATION_METHODS = ['intensity', 'regression'] as const;
export const verificationRecordSchema = z.strictObject({
  period: z.string().min(1),
  production: z.number().min(0),
  use: z.record(z.string(), z.number().min(0)),
});
export const verificationSchema = z.strictObject({
  productionUnit: notes.optional(),
  method: z.enum(VERIFICATION_METHODS).optional(),
  periodsPerYear: int(1, 366).optional(),
  baseline: z.array(verificationRecordSchema).min(1).max(LIMITS.verificationRecords),
  reporting: z.array(verificationRecordSchema).min(1).max(LIMITS.verificationRecords),
});

/** Where an application stands at the lender (spec section 7). */
export const STAGES = ['appraisal', 'approved', 'disbursed', 'verified', 'closed', 'declined'] as const;
export const applicationSchema = z.strictObject({
  applicant: notes.optional(),
  reference: notes.optional(),
  officer: notes.optional(),
  stage: z.enum(STAGES).optional(),
  recommendation: notes.optional(),
  covenants: notes.optional(),
});

export const scenarioSchema = z.strictObject({
  format: z.literal(SCENARIO_FORMAT),
  version: z.literal(SCENARIO_VERSION),
  name: label,
  notes: notes.optional(),
  currency: z.string().regex(/^[A-Z]{3}$/),
  horizonYears: int(1, 50),
  discountRate: numberField,
  taxRate: numberField.optional(),
  energyPriceFactor: numberField.optional(),
  variables: z.array(variableSchema).max(LIMITS.variables).optional(),
  resources: z.array(resourceSchema).max(LIMITS.resources),
  measures: z.array(measureSchema).max(LIMITS.measures),
  financing: financingSchema.optional(),
  credit: creditSchema.optional(),
  uncertainty: z.array(uncertainSchema).max(LIMITS.uncertainty).optional(),
  application: applicationSchema.optional(),
  verification: verificationSchema.optional(),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type Resource = z.infer<typeof resourceSchema>;
export type Measure = z.infer<typeof measureSchema>;
export type Variable = z.infer<typeof variableSchema>;
export type Loan = z.infer<typeof loanSchema>;
export type Financing = z.infer<typeof financingSchema>;
export type Credit = z.infer<typeof creditSchema>;
export type Uncertain = z.infer<typeof uncertainSchema>;
export type Verification = z.infer<typeof verificationSchema>;
export type VerificationRecord = z.infer<typeof verificationRecordSchema>;
export type Application = z.infer<typeof applicationSchema>;
export type Stage = (typeof STAGES)[number];
export type DistributionInput = z.infer<typeof distributionSchema>;
