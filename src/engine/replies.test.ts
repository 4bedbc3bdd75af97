import { describe, expect, it } from 'vitest';
import type { Results } from '../model/results';
import { typed, z } from '../model/zod';
import { evaluateReply } from './replies';

/** A results file with every optional part present and no figure at a default value. */
function fullResults(): Results {
  const stats = { mean: 1, sd: 2, p5: 3, p10: 4, p50: 5, p90: 6, p95: 7 };
  const financing = {
    equityNpv: 10,
    equityIrr: 0.2,
    equityPaybackYears: 3.5,
    minDscr: 1.4,
    meanDscr: 2.1,
    dscrBreach: true,
    totalInterest: 11,
    rebate: 12,
    expectedLoss: 13,
    lenderExpectedLoss: 6.5,
    guarantorExpectedLoss: 6.5,
    eligibilityIssues: ['loan-above-max' as const],
  };
  return {
    format: 'cp-results',
    version: 1,
    project: {
      npv: 100,
      irr: 0.3,
      irrMultipleRoots: true,
      simplePaybackYears: 2,
      discountedPaybackYears: 2.5,
      profitabilityIndex: 1.7,
      totalCapex: 50,
      firstYearBenefit: 20,
      lifetimeCo2eTonnes: 9,
      reductionShares: { water: 0.3, co2e: 0.2 },
    },
    measures: [
      {
        id: 'm1',
        npv: 1,
        irr: null,
        simplePaybackYears: null,
        discountedPaybackYears: 4,
        profitabilityIndex: 2,
        annualCo2eTonnes: 3,
        lifetimeCo2eTonnes: 30,
        macPerTonne: -5,
      },
    ],
    financing,
    sensitivity: { breakEvenEnergyPriceFactor: 0.4, tornado: [{ input: 'capex', npvLow: 1, npvHigh: 2 }] },
    monteCarlo: { samples: 1000, seed: 7, projectNpv: stats, equityNpv: stats, probNegativeNpv: 0.1 },
    years: [
      {
        t: 0,
        capex: 1,
        benefit: 2,
        tax: 3,
        projectCashFlow: 4,
        cumulativeProjectCashFlow: 5,
        co2eTonnes: 6,
        interest: 7,
        principal: 8,
        prepayment: 9,
        outstanding: 10,
        guaranteeFee: 11,
        rebate: 12,
        equityCashFlow: 13,
        debtService: 14,
        dscr: 15,
      },
    ],
    verification: {
      method: 'regression',
      resources: [
        {
          id: 'water',
          baselineIntensity: 2,
          reportingIntensity: 1.5,
          adjustedBaseline: 100,
          actual: 80,
          avoided: 20,
          reductionShare: 0.2,
          annualAvoided: 40,
          model: { intercept: 1, slope: 2, n: 12, r2: 0.9, cvRmse: 0.05 },
        },
      ],
      co2e: { adjustedBaseline: 10, actual: 8, avoided: 2, reductionShare: 0.2, annualAvoided: 4 },
      rebate: {
        indicator: 'co2e',
        projectedShare: 0.31,
        verifiedShare: 0.3,
        projectedRate: 0.15,
        verifiedRate: 0.15,
        projectedAmount: 5,
        verifiedAmount: 5,
      },
      financingAsVerified: { ...financing, rebate: 5 },
      warnings: ['short-reporting', 'weak-model:water'],
    },
  };
}

describe('the engine worker reply schema', () => {
  it('keeps every field of a full results file on its way from the worker', () => {
    const reply = { ok: true as const, results: fullResults(), formulaValues: { discountRate: 0.12 } };
    // Through structured clone, as postMessage sends it, then the page's parse.
    const parsed = evaluateReply.parse(structuredClone(reply));
    expect(parsed).toEqual(reply);
  });

  it('keeps the issues of a refused file with their codes and params', () => {
    const reply = {
      ok: false as const,
      issues: [
        {
          path: ['measures', 0, 'capex'],
          code: 'out-of-range' as const,
          params: { min: 0 },
          message: 'must be at least 0',
        },
      ],
    };
    expect(evaluateReply.parse(reply)).toEqual(reply);
  });

  it('refuses a reply with a figure that is not a number', () => {
    const bad = fullResults() as unknown as { project: { npv: unknown } };
    bad.project.npv = 'NaN';
    expect(evaluateReply.safeParse({ ok: true, results: bad, formulaValues: {} }).success).toBe(false);
  });
});

describe('typed(): a schema checked against a type at compile time', () => {
  it('accepts a schema of exactly the type', () => {
    const schema = typed<{ a: number; b: string | null }>()(z.object({ a: z.number(), b: z.string().nullable() }));
    expect(schema.parse({ a: 1, b: null })).toEqual({ a: 1, b: null });
  });
  it('refuses, in the type check, a schema that lacks a field of the type', () => {
    // @ts-expect-error the schema has no `b`, which zod would strip at run time
    const schema = typed<{ a: number; b: number }>()(z.object({ a: z.number() }));
    expect(schema.parse({ a: 1, b: 2 })).toEqual({ a: 1 });
  });
});
