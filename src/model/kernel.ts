/**
 * The deterministic model of spec sections 2-3: a resolved scenario in, the project, measure,
 * financing and year figures of the results file out. Pure: no I/O, no globals.
 * Arrays are indexed by year t = 0..H and read with `at()`, which throws on an out-of-range year.
 */
import { at } from './checked';
import { own } from './own';
import {
  debtService,
  dscrSummary,
  eligibilityIssues,
  equityFlows,
  isDscrBreach,
  loanTerms,
  rebateAmount,
  rebateBase,
} from './financing';
import {
  enabledCapex,
  measureFlows,
  priceTable,
  reductionShares,
  zeroSeries,
  type MeasureFlows,
  type ProjectSeries,
} from './flows';
import { assertEvaluable } from './invariants';
import { createLoanSchedule, expectedLoss, loanSchedule } from './loan';
import { discountedPayback, irr, marginalAbatementCost, npv, profitabilityIndex, simplePayback } from './metrics';
import type { ResolvedResource, ResolvedScenario } from './resolved-scenario';
import type { FinancingResults, MeasureResults, ProjectResults, YearRow } from './results';

export { equityNpv, projectNpv } from './compiled';

/** The deterministic part of the results file (spec section 5, without sensitivity and Monte Carlo). */
export interface Evaluation {
  project: ProjectResults;
  measures: MeasureResults[];
  financing: FinancingResults | null;
  years: YearRow[];
}

function measureResults(s: ResolvedScenario, id: string, f: MeasureFlows): MeasureResults {
  const r = s.discountRate;
  const value = npv(r, f.cashFlow);
  let lifetime = 0;
  for (const tonnes of f.co2e) lifetime += tonnes;
  return {
    id,
    npv: value,
    irr: irr(f.cashFlow).irr,
    simplePaybackYears: simplePayback(f.cashFlow),
    discountedPaybackYears: discountedPayback(f.cashFlow, r),
    profitabilityIndex: profitabilityIndex(value, npv(r, f.capex)),
    annualCo2eTonnes: f.annualCo2e,
    lifetimeCo2eTonnes: lifetime,
    macPerTonne: marginalAbatementCost(value, npv(r, f.co2e)),
  };
}

function sumEnabled(s: ResolvedScenario, all: { enabled: boolean; flows: MeasureFlows }[]): ProjectSeries {
  const n = s.horizonYears + 1;
  const sum = zeroSeries(n);
  for (const { enabled, flows: f } of all) {
    if (!enabled) continue;
    for (let t = 0; t < n; t++) {
      sum.capex[t] = at(sum.capex, t) + at(f.capex, t);
      sum.benefit[t] = at(sum.benefit, t) + at(f.benefit, t);
      sum.tax[t] = at(sum.tax, t) + at(f.tax, t);
      sum.cashFlow[t] = at(sum.cashFlow, t) + at(f.cashFlow, t);
      sum.co2e[t] = at(sum.co2e, t) + at(f.co2e, t);
    }
  }
  return sum;
}

export interface EvaluateOverrides {
  /**
   * The rebate's rate instead of the tier the projected share reaches: the financing as verified
   * (spec section 6) is this same computation with the verified rate.
   */
  rebateRate?: number;
}

/** Evaluates a resolved scenario by spec sections 2-3: project, measures, financing, years. */
export function evaluate(s: ResolvedScenario, overrides: EvaluateOverrides = {}): Evaluation {
  assertEvaluable(s);
  const r = s.discountRate;
  const H = s.horizonYears;
  const prices = priceTable(s);
  const resources = new Map<string, ResolvedResource>(s.resources.map((k) => [k.id, k]));
  const perMeasure = s.measures.map((m) => ({
    id: m.id,
    enabled: m.enabled,
    flows: measureFlows(s, m, prices, resources),
  }));
  const p = sumEnabled(s, perMeasure);
  const shares = reductionShares(s);
  const totalCapex = enabledCapex(s);
  const projectIrr = irr(p.cashFlow);
  const projectNpvValue = npv(r, p.cashFlow);
  let lifetimeCo2e = 0;
  for (const tonnes of p.co2e) lifetimeCo2e += tonnes;
  const project: ProjectResults = {
    npv: projectNpvValue,
    irr: projectIrr.irr,
    irrMultipleRoots: projectIrr.multipleRoots,
    simplePaybackYears: simplePayback(p.cashFlow),
    discountedPaybackYears: discountedPayback(p.cashFlow, r),
    profitabilityIndex: profitabilityIndex(projectNpvValue, npv(r, p.capex)),
    totalCapex,
    firstYearBenefit: at(p.benefit, 1, 'year'),
    lifetimeCo2eTonnes: lifetimeCo2e,
    reductionShares: shares,
  };
  const measures = perMeasure.map((m) => measureResults(s, m.id, m.flows));

  const equity = Float64Array.from(p.cashFlow);
  // Without a loan every loan column is 0 (an all-zero schedule) and equity equals the project.
  let schedule = createLoanSchedule(H);
  let dscr: (number | null)[] = new Array<number | null>(H + 1).fill(null);
  let financing: FinancingResults | null = null;
  const fin = s.financing;
  if (fin) {
    const indicator = fin.rebate?.indicator;
    const rebate =
      overrides.rebateRate !== undefined && fin.rebate
        ? overrides.rebateRate * rebateBase(fin, totalCapex)
        : rebateAmount(fin, indicator === undefined ? undefined : own(shares, indicator), totalCapex);
    schedule = loanSchedule(loanTerms(fin, rebate), H);
    const { principal, upfrontFeeRate, tenorYears } = fin.loan;
    equityFlows(p.cashFlow, schedule, principal, upfrontFeeRate, s.taxRate, equity);
    const summary = dscrSummary(schedule, p.benefit, p.tax, s.credit);
    dscr = summary.dscr;
    const breach = isDscrBreach(summary.min, s.credit);
    const loss = expectedLoss(
      schedule.outstanding,
      tenorYears,
      s.credit.annualDefaultProbability,
      s.credit.lossGivenDefault,
    );
    const coverage = fin.guarantee.coverage;
    let totalInterest = 0;
    for (const interest of schedule.interest) totalInterest += interest;
    financing = {
      equityNpv: npv(r, equity),
      equityIrr: irr(equity).irr,
      equityPaybackYears: simplePayback(equity),
      minDscr: summary.min,
      meanDscr: summary.mean,
      dscrBreach: breach,
      totalInterest,
      rebate,
      expectedLoss: loss,
      lenderExpectedLoss: (1 - coverage) * loss,
      guarantorExpectedLoss: coverage * loss,
      eligibilityIssues: eligibilityIssues(fin, s.credit, breach, totalCapex),
    };
  }

  const years: YearRow[] = [];
  let cumulative = 0;
  for (let t = 0; t <= H; t++) {
    cumulative += at(p.cashFlow, t);
    years.push({
      t,
      capex: at(p.capex, t),
      benefit: at(p.benefit, t),
      tax: at(p.tax, t),
      projectCashFlow: at(p.cashFlow, t),
      cumulativeProjectCashFlow: cumulative,
      co2eTonnes: at(p.co2e, t),
      interest: at(schedule.interest, t),
      principal: at(schedule.principal, t),
      prepayment: at(schedule.prepayment, t),
      outstanding: at(schedule.outstanding, t),
      guaranteeFee: at(schedule.guaranteeFee, t),
      rebate: at(schedule.rebate, t),
      equityCashFlow: at(equity, t),
      debtService: debtService(schedule, t),
      dscr: at(dscr, t),
    });
  }
  return { project, measures, financing, years };
}
