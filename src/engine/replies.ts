/**
 * Schemas of the engine worker's replies: what crosses from the worker is parsed like any other
 * input (STYLE point 3), so a broken or mismatched worker shows as an error, never as NaN.
 */
import type { EvaluateReply } from '../workbook/session';
import { z } from '../model/zod';

const num = z.number();
const nullable = num.nullable();

const stats = z.object({ mean: num, sd: num, p5: num, p10: num, p50: num, p90: num, p95: num });

export const resultsSchema = z.object({
  format: z.literal('cp-results'),
  version: z.literal(1),
  project: z.object({
    npv: num, irr: nullable, irrMultipleRoots: z.boolean(), simplePaybackYears: nullable, discountedPaybackYears: nullable,
    profitabilityIndex: nullable, totalCapex: num, firstYearBenefit: num, lifetimeCo2eTonnes: num, reductionShares: z.record(z.string(), num),
  }),
  measures: z.array(z.object({
    id: z.string(), npv: num, irr: nullable, simplePaybackYears: nullable, discountedPaybackYears: nullable,
    profitabilityIndex: nullable, annualCo2eTonnes: num, lifetimeCo2eTonnes: num, macPerTonne: nullable,
  })),
  financing: z.object({
    equityNpv: num, equityIrr: nullable, equityPaybackYears: nullable, minDscr: nullable, meanDscr: nullable, dscrBreach: z.boolean(),
    totalInterest: num, rebate: num, expectedLoss: num, lenderExpectedLoss: num, guarantorExpectedLoss: num,
    eligibilityIssues: z.array(z.enum(['loan-above-max', 'coverage-above-max', 'dscr-below-min', 'loan-above-capex'])),
  }).nullable(),
  sensitivity: z.object({ breakEvenEnergyPriceFactor: nullable, tornado: z.array(z.object({ input: z.string(), npvLow: num, npvHigh: num })) }),
  monteCarlo: z.object({ samples: num, seed: num, projectNpv: stats, equityNpv: stats.nullable(), probNegativeNpv: num }).nullable(),
  years: z.array(z.object({
    t: num, capex: num, benefit: num, tax: num, projectCashFlow: num, cumulativeProjectCashFlow: num, co2eTonnes: num, interest: num,
    principal: num, prepayment: num, outstanding: num, guaranteeFee: num, rebate: num, equityCashFlow: num, debtService: num, dscr: nullable,
  })),
});

const issueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.string(),
});

export const evaluateReply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), results: resultsSchema, formulaValues: z.record(z.string(), num) }),
  z.object({ ok: z.literal(false), issues: z.array(issueSchema) }),
]) as unknown as z.ZodType<EvaluateReply>;
