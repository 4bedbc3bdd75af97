/** The Results charts' data, shaped from the results file: no arithmetic beyond sums and order. */
import type { MeasureResults, YearRow } from '../../model/results';
import type { MeasureFact } from './scenario-facts';

export interface CashFlowPoint {
  year: number;
  annual: number;
  cumulative: number;
}

/** The project's annual and cumulative cash flow, year 0 to the horizon. */
export function cashFlowPoints(years: readonly YearRow[]): CashFlowPoint[] {
  return years.map((y) => ({ year: y.t, annual: y.projectCashFlow, cumulative: y.cumulativeProjectCashFlow }));
}

export interface MacBar {
  id: string;
  name: string;
  /** Cost per tonne CO2e, in the scenario's currency; negative means the measure saves money. */
  mac: number;
  tonnes: number;
  /** The bar spans tonnes x1..x2 on the cumulative abatement axis (tCO2e per year). */
  x1: number;
  x2: number;
}

export interface MacCurve {
  bars: MacBar[];
  /** Names of included measures left off the curve: no CO2e reduction, so no cost per tonne. */
  withoutMac: string[];
}

function included(m: MeasureResults, facts: ReadonlyMap<string, MeasureFact>): boolean {
  return facts.get(m.id)?.enabled ?? true;
}

function nameOf(m: MeasureResults, facts: ReadonlyMap<string, MeasureFact>): string {
  return facts.get(m.id)?.name ?? m.id;
}

/**
 * The marginal abatement cost curve of the measures in the calculation: those with a MAC,
 * cheapest first, each as wide as its annual tonnes, laid side by side from zero.
 */
export function macCurve(measures: readonly MeasureResults[], facts: ReadonlyMap<string, MeasureFact>): MacCurve {
  const withMac: MeasureResults[] = [];
  const withoutMac: string[] = [];
  for (const m of measures) {
    if (!included(m, facts)) continue;
    if (m.macPerTonne === null || !(m.annualCo2eTonnes > 0)) withoutMac.push(nameOf(m, facts));
    else withMac.push(m);
  }
  // Stable: equal costs keep the scenario's order.
  withMac.sort((a, b) => a.macPerTonne! - b.macPerTonne!);
  let x = 0;
  const bars = withMac.map((m) => {
    const bar = {
      id: m.id,
      name: nameOf(m, facts),
      mac: m.macPerTonne!,
      tonnes: m.annualCo2eTonnes,
      x1: x,
      x2: x + m.annualCo2eTonnes,
    };
    x = bar.x2;
    return bar;
  });
  return { bars, withoutMac };
}

export interface NpvBar {
  id: string;
  name: string;
  npv: number;
}

/** The NPV of each measure in the calculation, largest first. */
export function npvBars(measures: readonly MeasureResults[], facts: ReadonlyMap<string, MeasureFact>): NpvBar[] {
  return measures
    .filter((m) => included(m, facts))
    .map((m) => ({ id: m.id, name: nameOf(m, facts), npv: m.npv }))
    .sort((a, b) => b.npv - a.npv);
}

/** Names of the measures excluded from the calculation (the charts of the project leave them out). */
export function excludedNames(measures: readonly MeasureResults[], facts: ReadonlyMap<string, MeasureFact>): string[] {
  return measures.filter((m) => !included(m, facts)).map((m) => nameOf(m, facts));
}

export type DebtPart = 'interest' | 'principal' | 'guaranteeFee';

export interface DebtYear {
  year: number;
  interest: number;
  principal: number;
  guaranteeFee: number;
  debtService: number;
  /** Null in a year without debt service (not charted). */
  dscr: number | null;
}

/** The years the borrower services the loan (debt service > 0), as the DSCR is defined on them. */
export function debtYears(years: readonly YearRow[]): DebtYear[] {
  return years
    .filter((y) => y.debtService > 0)
    .map((y) => ({
      year: y.t,
      interest: y.interest,
      principal: y.principal,
      guaranteeFee: y.guaranteeFee,
      debtService: y.debtService,
      dscr: y.dscr,
    }));
}

export interface DebtSlice {
  year: number;
  part: DebtPart;
  amount: number;
}

/** Debt service split into its parts, one slice per year and part, for stacked bars (empty parts left out). */
export function debtSlices(rows: readonly DebtYear[]): DebtSlice[] {
  const parts: DebtPart[] = ['principal', 'interest', 'guaranteeFee'];
  return rows.flatMap((r) => parts.filter((p) => r[p] !== 0).map((part) => ({ year: r.year, part, amount: r[part] })));
}
