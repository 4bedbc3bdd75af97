/**
 * The equity view of spec section 3 around the loan schedule: rebate tier, equity flows,
 * debt service coverage and eligibility. Arrays are indexed by year t = 0..H and read with `at()`
 * (`atNumber()` in what a Monte Carlo run calls).
 */
import { at, atNumber } from './checked';
import { maxLoanInScenarioCurrency } from './credit-limit';
import type { LoanSchedule, LoanTerms } from './loan';
import type { EligibilityIssue } from './results';
import type { RebateTier, ResolvedCredit, ResolvedFinancing } from './resolved-scenario';

/**
 * The tier a reduction share reaches (spec section 3): the largest minReduction at most the
 * share, compared exactly; of equal minReductions, the first in the file; null when none is
 * reached. The one place this rule lives (the rebate, the lender's view, verification, the optimiser).
 */
export function reachedTier(tiers: readonly RebateTier[], share: number): RebateTier | null {
  let best: RebateTier | null = null;
  for (const tier of tiers) {
    if (tier.minReduction <= share && (best === null || tier.minReduction > best.minReduction)) best = tier;
  }
  return best;
}

/** Rate of the tier reached by `share` (see reachedTier); 0 when none is reached. */
export function rebateRate(tiers: readonly RebateTier[], share: number): number {
  return reachedTier(tiers, share)?.rate ?? 0;
}

/**
 * Rebate R = rate × base, base the principal or the enabled measures' total capex; 0 without a
 * rebate, or when the indicator has no reduction share (`share` undefined).
 */
export function rebateAmount(financing: ResolvedFinancing, share: number | undefined, totalCapex: number): number {
  const rebate = financing.rebate;
  if (!rebate || share === undefined) return 0;
  return rebateRate(rebate.tiers, share) * rebateBase(financing, totalCapex);
}

/** What the rebate's rate multiplies: the principal, or the enabled measures' total capex. */
export function rebateBase(financing: ResolvedFinancing, totalCapex: number): number {
  return financing.rebate?.base === 'capex' ? totalCapex : financing.loan.principal;
}

/** The schedule's inputs for a financing block and its rebate amount (see rebateAmount). */
export function loanTerms(
  financing: ResolvedFinancing,
  rebate: number,
  annualRate = financing.loan.annualRate,
): LoanTerms {
  const { loan, guarantee } = financing;
  return {
    principal: loan.principal,
    annualRate,
    tenorYears: loan.tenorYears,
    graceYears: loan.graceYears,
    amortization: loan.amortization,
    guaranteeFeeRate: guarantee.annualFeeRate * guarantee.coverage,
    rebate,
    rebateYear: financing.rebate ? financing.rebate.year : 0,
    rebateAsPrepayment: financing.rebate ? financing.rebate.applyAs === 'prepayment' : false,
  };
}

/**
 * E(t) = CF(t) + [t=0](P - fee) - interest - principal - prepayment - guaranteeFee + rebate
 * + taxRate × interest, written into `out`.
 */
export function equityFlows(
  cashFlow: Float64Array,
  schedule: LoanSchedule,
  principal: number,
  upfrontFeeRate: number,
  taxRate: number,
  out: Float64Array,
): Float64Array {
  for (let t = 0; t < out.length; t++) {
    const interest = atNumber(schedule.interest, t);
    out[t] =
      atNumber(cashFlow, t) -
      interest -
      atNumber(schedule.principal, t) -
      atNumber(schedule.prepayment, t) -
      atNumber(schedule.guaranteeFee, t) +
      atNumber(schedule.rebate, t) +
      taxRate * interest;
  }
  out[0] = atNumber(out, 0) + principal - upfrontFeeRate * principal;
  return out;
}

/** DS(t) = interest + principal + guaranteeFee (a prepayment is not debt service). */
export function debtService(schedule: LoanSchedule, t: number): number {
  return atNumber(schedule.interest, t) + atNumber(schedule.principal, t) + atNumber(schedule.guaranteeFee, t);
}

/** CFADS(t) = baselineCashFlow + (1 - savingsHaircut) × (benefit(t) - tax(t)). */
export function cashFlowAvailable(credit: ResolvedCredit, benefit: number, tax: number): number {
  return credit.baselineCashFlow + (1 - credit.savingsHaircut) * (benefit - tax);
}

export interface DscrSummary {
  /** DSCR(t), null in years without debt service. */
  dscr: (number | null)[];
  min: number | null;
  mean: number | null;
}

/** DSCR(t) = CFADS(t) / DS(t) for years with DS(t) > 0, with their minimum and mean. */
export function dscrSummary(
  schedule: LoanSchedule,
  benefit: ArrayLike<number>,
  tax: ArrayLike<number>,
  credit: ResolvedCredit,
): DscrSummary {
  const dscr: (number | null)[] = [];
  let min: number | null = null;
  let sum = 0;
  let count = 0;
  for (let t = 0; t < benefit.length; t++) {
    const service = debtService(schedule, t);
    if (service > 0) {
      const ratio = cashFlowAvailable(credit, at(benefit, t), at(tax, t)) / service;
      dscr.push(ratio);
      min = min === null ? ratio : Math.min(min, ratio);
      sum += ratio;
      count++;
    } else {
      dscr.push(null);
    }
  }
  return { dscr, min, mean: count > 0 ? sum / count : null };
}

/** True when a minimum DSCR is set and the schedule's minimum is below it. */
export function isDscrBreach(minDscr: number | null, credit: ResolvedCredit): boolean {
  return credit.minDscr !== null && minDscr !== null && minDscr < credit.minDscr;
}

/** Eligibility reasons in the spec's order; empty when eligible. Absent limits are skipped. */
export function eligibilityIssues(
  financing: ResolvedFinancing,
  credit: ResolvedCredit,
  dscrBreach: boolean,
  totalCapex: number,
): EligibilityIssue[] {
  const issues: EligibilityIssue[] = [];
  const principal = financing.loan.principal;
  const maxLoan = maxLoanInScenarioCurrency(credit);
  if (maxLoan !== null && principal > maxLoan) issues.push('loan-above-max');
  if (credit.maxGuaranteeCoverage !== null && financing.guarantee.coverage > credit.maxGuaranteeCoverage) {
    issues.push('coverage-above-max');
  }
  if (dscrBreach) issues.push('dscr-below-min');
  if (principal > totalCapex) issues.push('loan-above-capex');
  return issues;
}
