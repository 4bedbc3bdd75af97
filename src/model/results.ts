/** The results file of spec section 5 (format cp-results v1). `null` where a figure is undefined. */

export interface ProjectResults {
  npv: number;
  irr: number | null;
  irrMultipleRoots: boolean;
  simplePaybackYears: number | null;
  discountedPaybackYears: number | null;
  profitabilityIndex: number | null;
  totalCapex: number;
  firstYearBenefit: number;
  lifetimeCo2eTonnes: number;
  /** Resource id or `co2e` -> share of the baseline saved by enabled measures. */
  reductionShares: Record<string, number>;
}

export interface MeasureResults {
  id: string;
  npv: number;
  irr: number | null;
  simplePaybackYears: number | null;
  discountedPaybackYears: number | null;
  profitabilityIndex: number | null;
  annualCo2eTonnes: number;
  lifetimeCo2eTonnes: number;
  macPerTonne: number | null;
}

export type EligibilityIssue = 'loan-above-max' | 'coverage-above-max' | 'dscr-below-min' | 'loan-above-capex';

export interface FinancingResults {
  equityNpv: number;
  equityIrr: number | null;
  equityPaybackYears: number | null;
  minDscr: number | null;
  meanDscr: number | null;
  dscrBreach: boolean;
  totalInterest: number;
  rebate: number;
  expectedLoss: number;
  lenderExpectedLoss: number;
  guarantorExpectedLoss: number;
  eligibilityIssues: EligibilityIssue[];
}

export interface TornadoRow {
  input: string;
  npvLow: number;
  npvHigh: number;
}

export interface SensitivityResults {
  breakEvenEnergyPriceFactor: number | null;
  tornado: TornadoRow[];
}

export interface Stats {
  mean: number;
  sd: number;
  p5: number;
  p10: number;
  p50: number;
  p90: number;
  p95: number;
}

export interface MonteCarloResults {
  samples: number;
  seed: number;
  projectNpv: Stats;
  equityNpv: Stats | null;
  probNegativeNpv: number;
}

export interface YearRow {
  t: number;
  capex: number;
  benefit: number;
  tax: number;
  projectCashFlow: number;
  cumulativeProjectCashFlow: number;
  co2eTonnes: number;
  interest: number;
  principal: number;
  prepayment: number;
  outstanding: number;
  guaranteeFee: number;
  rebate: number;
  equityCashFlow: number;
  debtService: number;
  dscr: number | null;
}

export interface Results {
  format: 'cp-results';
  version: 1;
  project: ProjectResults;
  measures: MeasureResults[];
  financing: FinancingResults | null;
  sensitivity: SensitivityResults;
  monteCarlo: MonteCarloResults | null;
  years: YearRow[];
}
