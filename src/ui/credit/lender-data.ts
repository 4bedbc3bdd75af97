/** Everything the lender's view and the memo show, gathered once from the results and the terms. */
import {
  eligibilityChecklist,
  rebateStanding,
  scheduleRows,
  type EligibilityCheck,
  type RebateStanding,
  type ScheduleRow,
} from '../../model/lender-view';
import type { MonteCarloReport } from '../../model/monte-carlo-report';
import type { FinancingResults, Results } from '../../model/results';
import type { CreditTerms, RebateTerms } from '../../model/credit-terms';
import type { StressView } from '../../state/dscr-stress.svelte';
import type { FileJson } from '../../state/draft';
import type { PackageReport } from '../optimise/package-report';

export interface RebateView {
  terms: RebateTerms;
  /** The indicator's reduction share; undefined when it has no baseline. */
  share: number | undefined;
  standing: RebateStanding | null;
  amount: number;
}

export interface LenderData {
  financing: FinancingResults;
  rows: ScheduleRow[];
  checks: EligibilityCheck[];
  rebate: RebateView | null;
}

/** The lender's figures, or null without a loan. */
export function lenderData(results: Results, terms: CreditTerms): LenderData | null {
  const financing = results.financing;
  if (!financing || !terms.loan) return null;
  const checks = eligibilityChecklist(
    {
      principal: terms.loan.principal ?? 0,
      coverage: terms.coverage ?? 0,
      totalCapex: results.project.totalCapex,
      minDscr: financing.minDscr,
      maxLoan: terms.maxLoan,
      ...(terms.maxLoanFx ? { maxLoanFx: terms.maxLoanFx } : {}),
      maxGuaranteeCoverage: terms.maxGuaranteeCoverage,
      requiredDscr: terms.minDscr,
    },
    financing.eligibilityIssues,
  );
  let rebate: RebateView | null = null;
  if (terms.rebate) {
    const share = results.project.reductionShares[terms.rebate.indicator];
    rebate = {
      terms: terms.rebate,
      share,
      standing: share === undefined ? null : rebateStanding(terms.rebate.tiers, share),
      amount: financing.rebate,
    };
  }
  return { financing, rows: scheduleRows(results.years), checks, rebate };
}

/** The last Monte Carlo run for the memo; `current` is false when the scenario changed since. */
export interface MemoMonteCarlo {
  report: MonteCarloReport;
  current: boolean;
}

/** What the credit memo reports, handed as one object from the Credit tab to the memo and its body. */
export interface MemoContent {
  results: Results;
  file: FileJson;
  formulaValues: Record<string, number>;
  terms: CreditTerms;
  data: LenderData;
  names: ReadonlyMap<string, string>;
  monteCarlo: MemoMonteCarlo | null;
  stress: StressView;
  /** The tornado's relative change of each input. */
  delta: number;
  /** The best package for a budget, when the user ran one and left it in the memo (else null). */
  bestPackage: PackageReport | null;
}

export interface CumulativePoint {
  t: number;
  project: number;
  /** Cumulative equity cash flow; null without a loan. */
  equity: number | null;
}

/** Cumulative project and equity cash flows by year, for the memo's chart. */
export function cumulativePoints(results: Results): CumulativePoint[] {
  let equity = 0;
  return results.years.map((y) => {
    equity += y.equityCashFlow;
    return { t: y.t, project: y.cumulativeProjectCashFlow, equity: results.financing ? equity : null };
  });
}

/** Resource id -> its name in the file (for the rebate indicator and the tornado rows). */
export function resourceNames(file: Record<string, unknown>): Map<string, string> {
  const list = Array.isArray(file.resources) ? (file.resources as Record<string, unknown>[]) : [];
  return new Map(
    list
      .filter((r) => typeof r.id === 'string')
      .map((r) => [r.id as string, typeof r.name === 'string' && r.name !== '' ? r.name : (r.id as string)]),
  );
}
