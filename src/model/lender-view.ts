/**
 * What a loan officer reads off the results (spec sections 3 and 5): the schedule with each
 * year's coverage, the eligibility checks with the figures behind them, and where the project
 * stands against the rebate tiers. Pure functions of results and resolved terms.
 */
import { at } from './checked';
import type { EligibilityIssue, YearRow } from './results';
import { reachedTier } from './financing';
import type { RebateTier } from './resolved-scenario';

export interface ScheduleRow {
  t: number;
  /** O(t−1). */
  opening: number;
  interest: number;
  principal: number;
  prepayment: number;
  guaranteeFee: number;
  debtService: number;
  /** O(t). */
  outstanding: number;
  /** CFADS(t) = DSCR(t) × DS(t), null in years without debt service. */
  cfads: number | null;
  dscr: number | null;
}

/**
 * The loan's years: t ≥ 1 while a balance was outstanding at the start of the year or anything
 * was paid. A balance within rounding of zero (1e-9 of the principal: an annuity's last
 * instalment leaves ~1e-8 behind) counts as repaid.
 */
export function scheduleRows(years: readonly YearRow[]): ScheduleRow[] {
  const rows: ScheduleRow[] = [];
  const repaid = 1e-9 * Math.max(...years.map((y) => Math.abs(y.outstanding)), 0);
  for (let i = 1; i < years.length; i++) {
    const y = at(years, i);
    const opening = at(years, i - 1).outstanding;
    if (opening <= repaid && y.debtService === 0 && y.prepayment === 0) continue;
    rows.push({
      t: y.t,
      opening,
      interest: y.interest,
      principal: y.principal,
      prepayment: y.prepayment,
      guaranteeFee: y.guaranteeFee,
      debtService: y.debtService,
      outstanding: y.outstanding,
      cfads: y.dscr === null ? null : y.dscr * y.debtService,
      dscr: y.dscr,
    });
  }
  return rows;
}

export interface RebateStanding {
  /** The tier paid: the largest minReduction at most the share; null when none is reached. */
  reached: RebateTier | null;
  /** The lowest tier above the share that pays more than the one reached; null at the top. */
  next: RebateTier | null;
  /** next.minReduction − share: the reduction still missing, as a fraction of the baseline. */
  gap: number | null;
}

/** Where a reduction share stands against rebate tiers (same tier rule as the rebate itself). */
export function rebateStanding(tiers: readonly RebateTier[], share: number): RebateStanding {
  const reached = reachedTier(tiers, share);
  const paid = reached?.rate ?? 0;
  let next: RebateTier | null = null;
  for (const tier of tiers) {
    if (tier.minReduction > share && tier.rate > paid && (next === null || tier.minReduction < next.minReduction))
      next = tier;
  }
  return { reached, next, gap: next ? next.minReduction - share : null };
}

export type CheckStatus = 'pass' | 'fail' | 'not-checked';

export interface EligibilityCheck {
  code: EligibilityIssue;
  status: CheckStatus;
  /** The project's figure: principal, coverage or minimum DSCR (null when there is none). */
  actual: number | null;
  /** The limit it is held to; null when the limit is not set (the check is skipped). */
  limit: number | null;
  /** The maximum loan as set in another currency, converted into `limit` at `rate` (read on `date`). */
  fx?: LimitFx;
}

/** A maximum loan set in another currency (spec section 1, `credit.maxLoanCurrency`). */
export interface LimitFx {
  /** The limit in its own currency. */
  amount: number;
  currency: string;
  /** Scenario currency per unit of `currency`; null when not given. */
  rate: number | null;
  date: string | null;
}

export interface EligibilityInputs {
  principal: number;
  coverage: number;
  totalCapex: number;
  /** The schedule's minimum DSCR (null without debt service). */
  minDscr: number | null;
  maxLoan: number | null;
  /** Set when `maxLoan` is in another currency (then `maxLoan` is in that currency). */
  maxLoanFx?: Omit<LimitFx, 'amount'>;
  maxGuaranteeCoverage: number | null;
  /** The lender's required minimum DSCR. */
  requiredDscr: number | null;
}

/**
 * The four checks of spec section 3 in its order, each with its figures. Whether a check fails
 * comes from the results' `eligibilityIssues` (the model's verdict); the figures explain it.
 */
export function eligibilityChecklist(
  inputs: EligibilityInputs,
  issues: readonly EligibilityIssue[],
): EligibilityCheck[] {
  const check = (
    code: EligibilityIssue,
    actual: number | null,
    limit: number | null,
    checked: boolean,
  ): EligibilityCheck => ({
    code,
    status: issues.includes(code) ? 'fail' : checked ? 'pass' : 'not-checked',
    actual,
    limit,
  });
  const fx = inputs.maxLoanFx;
  const maxLoan = fx && inputs.maxLoan !== null ? (fx.rate === null ? null : inputs.maxLoan * fx.rate) : inputs.maxLoan;
  const loanCheck = check('loan-above-max', inputs.principal, maxLoan, maxLoan !== null);
  return [
    fx && inputs.maxLoan !== null ? { ...loanCheck, fx: { amount: inputs.maxLoan, ...fx } } : loanCheck,
    check('coverage-above-max', inputs.coverage, inputs.maxGuaranteeCoverage, inputs.maxGuaranteeCoverage !== null),
    check(
      'dscr-below-min',
      inputs.minDscr,
      inputs.requiredDscr,
      inputs.requiredDscr !== null && inputs.minDscr !== null,
    ),
    check('loan-above-capex', inputs.principal, inputs.totalCapex, true),
  ];
}
