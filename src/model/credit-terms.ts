/**
 * The financing and credit terms of a draft as numbers, for the lender's view and the memo:
 * plain numbers as written, formulas by the value the engine computed for them, absent fields
 * by the spec's defaults (limits absent stay null: their check is skipped).
 */
import { formatPath, type PathSegment } from './issues';
import type { RebateTier } from './resolved-scenario';
import { getAt, type FileJson } from './file-json';

export interface LoanTerms {
  principal: number | null;
  annualRate: number | null;
  tenorYears: number | null;
  graceYears: number;
  amortization: 'annuity' | 'linear';
  upfrontFeeRate: number | null;
}

export interface RebateTerms {
  year: number | null;
  /** `co2e` or a resource id. */
  indicator: string;
  base: 'principal' | 'capex';
  applyAs: 'prepayment' | 'cash';
  tiers: RebateTier[];
}

export interface CreditTerms {
  loan: LoanTerms | null;
  /** 0 without a guarantee (spec defaults). */
  coverage: number | null;
  guaranteeFeeRate: number | null;
  hasGuarantee: boolean;
  rebate: RebateTerms | null;
  baselineCashFlow: number | null;
  savingsHaircut: number | null;
  annualDefaultProbability: number | null;
  lossGivenDefault: number | null;
  minDscr: number | null;
  maxLoan: number | null;
  /** Set when the maximum loan is in another currency than the scenario's (spec section 1). */
  maxLoanFx: { currency: string; rate: number | null; date: string | null } | null;
  maxGuaranteeCoverage: number | null;
}

/** A number field's value: the number written, a formula's computed value, `fallback` when absent, else null. */
export function numberAt(
  file: FileJson,
  formulaValues: Readonly<Record<string, number>>,
  path: readonly PathSegment[],
  fallback: number | null = null,
): number | null {
  const v = getAt(file, path);
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.startsWith('=')) return formulaValues[formatPath(path)] ?? null;
  return v === undefined ? fallback : null;
}

/** The terms of `file`; `formulaValues` holds the engine's value of each formula field by path. */
export function creditTerms(file: FileJson, formulaValues: Readonly<Record<string, number>>): CreditTerms {
  const num = (path: PathSegment[], fallback: number | null = null) => numberAt(file, formulaValues, path, fallback);
  const loanJson = getAt(file, ['financing', 'loan']);
  const L = ['financing', 'loan'];
  const loan: LoanTerms | null =
    loanJson && typeof loanJson === 'object'
      ? {
          principal: num([...L, 'principal']),
          annualRate: num([...L, 'annualRate']),
          tenorYears: num([...L, 'tenorYears']),
          graceYears: num([...L, 'graceYears'], 0) ?? 0,
          amortization: getAt(file, [...L, 'amortization']) === 'linear' ? 'linear' : 'annuity',
          upfrontFeeRate: num([...L, 'upfrontFeeRate'], 0),
        }
      : null;
  const hasGuarantee = typeof getAt(file, ['financing', 'guarantee']) === 'object';
  const rebateJson = getAt(file, ['financing', 'rebate']) as FileJson | undefined;
  const tiers = Array.isArray(rebateJson?.tiers) ? (rebateJson.tiers as unknown[]) : [];
  const rebate: RebateTerms | null =
    rebateJson && typeof rebateJson === 'object'
      ? {
          year: num(['financing', 'rebate', 'year']),
          indicator: typeof rebateJson.indicator === 'string' ? rebateJson.indicator : 'co2e',
          base: rebateJson.base === 'capex' ? 'capex' : 'principal',
          applyAs: rebateJson.applyAs === 'cash' ? 'cash' : 'prepayment',
          tiers: tiers.flatMap((t) => {
            const tier = t as Partial<RebateTier> | null;
            return typeof tier?.minReduction === 'number' && typeof tier.rate === 'number'
              ? [{ minReduction: tier.minReduction, rate: tier.rate }]
              : [];
          }),
        }
      : null;
  return {
    loan,
    coverage: hasGuarantee ? num(['financing', 'guarantee', 'coverage']) : 0,
    guaranteeFeeRate: hasGuarantee ? num(['financing', 'guarantee', 'annualFeeRate'], 0) : 0,
    hasGuarantee,
    rebate,
    baselineCashFlow: num(['credit', 'baselineCashFlow'], 0),
    savingsHaircut: num(['credit', 'savingsHaircut'], 0),
    annualDefaultProbability: num(['credit', 'annualDefaultProbability'], 0),
    lossGivenDefault: num(['credit', 'lossGivenDefault'], 0),
    minDscr: num(['credit', 'minDscr']),
    maxLoan: num(['credit', 'maxLoan']),
    maxLoanFx: limitFx(file, num(['credit', 'exchangeRate'])),
    maxGuaranteeCoverage: num(['credit', 'maxGuaranteeCoverage']),
  };
}

/** The maximum loan's currency and rate when it is not the scenario's currency; null otherwise. */
function limitFx(file: FileJson, rate: number | null): CreditTerms['maxLoanFx'] {
  const currency = getAt(file, ['credit', 'maxLoanCurrency']);
  if (typeof currency !== 'string' || currency === '' || currency === file.currency) return null;
  const date = getAt(file, ['credit', 'exchangeRateDate']);
  return {
    currency,
    rate: rate !== null && rate > 0 ? rate : null,
    date: typeof date === 'string' && date !== '' ? date : null,
  };
}
