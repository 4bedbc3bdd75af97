/**
 * Per-measure yearly flows of spec section 2: prices, benefit, straight-line depreciation,
 * profit tax, cash flow and avoided emissions. Arrays are indexed by year t = 0..H.
 */
import { at } from './checked';
import { own } from './own';
import type { ResolvedMeasure, ResolvedResource, ResolvedScenario } from './resolved-scenario';

/**
 * price_k(t) = price_k × f_k × (1 + escalation_k)^t for t >= 1 (index 0 unused, 0), with
 * f_k = energyPriceFactor for energy resources, else 1. Keyed by resource id.
 */
export function priceTable(s: ResolvedScenario): Map<string, Float64Array> {
  const table = new Map<string, Float64Array>();
  for (const resource of s.resources)
    table.set(resource.id, priceSeries(resource, s.energyPriceFactor, s.horizonYears));
  return table;
}

/** One resource's prices per unit for t = 0..H (t = 0 left at 0: no flow is priced there). */
export function priceSeries(resource: ResolvedResource, energyPriceFactor: number, horizonYears: number): Float64Array {
  const series = new Float64Array(horizonYears + 1);
  const base = resource.price * (resource.kind === 'energy' ? energyPriceFactor : 1);
  for (let t = 1; t <= horizonYears; t++) series[t] = base * Math.pow(1 + resource.escalation, t);
  return series;
}

/** Last active year of a measure inside the horizon: min(s + L, H); active years are s+1 ..that. */
export function lastActiveYear(m: ResolvedMeasure, horizonYears: number): number {
  return Math.min(m.startYear + m.lifetimeYears, horizonYears);
}

/** Yearly series, years 0..horizon, of a measure or of the project (enabled measures summed). */
export interface ProjectSeries {
  capex: Float64Array;
  benefit: Float64Array;
  tax: Float64Array;
  cashFlow: Float64Array;
  /** Tonnes CO2e avoided per year. */
  co2e: Float64Array;
}

/** Every series of `n` years, all zero. */
export function zeroSeries(n: number): ProjectSeries {
  const zero = () => new Float64Array(n);
  return { capex: zero(), benefit: zero(), tax: zero(), cashFlow: zero(), co2e: zero() };
}

export interface MeasureFlows extends ProjectSeries {
  depreciation: Float64Array;
  /** Σ_k savings_k × emissionFactor_k: the tonnes of an active year. */
  annualCo2e: number;
}

/** The flows of one measure, enabled or not, given the scenario's price table. */
export function measureFlows(
  s: ResolvedScenario,
  m: ResolvedMeasure,
  prices: Map<string, Float64Array>,
  resources: Map<string, ResolvedResource>,
): MeasureFlows {
  const n = s.horizonYears + 1;
  const flows: MeasureFlows = { ...zeroSeries(n), depreciation: new Float64Array(n), annualCo2e: 0 };
  const savings = Object.entries(m.savings).map(([id, quantity]) => {
    const series = prices.get(id);
    const resource = resources.get(id);
    if (!series || !resource) throw new Error(`measures.${m.id}.savings.${id}: not a resource id`);
    return { quantity, series, emissionFactor: resource.emissionFactor };
  });
  let annualCo2e = 0;
  for (const saving of savings) annualCo2e += saving.quantity * saving.emissionFactor;
  flows.annualCo2e = annualCo2e;
  flows.capex[m.startYear] = m.capex;
  const depreciation = m.capex / m.lifetimeYears;
  const last = lastActiveYear(m, s.horizonYears);
  for (let t = m.startYear + 1; t <= last; t++) {
    let benefit = 0;
    for (const saving of savings) benefit += saving.quantity * at(saving.series, t);
    benefit += m.otherAnnualBenefit - m.annualOpexChange;
    flows.benefit[t] = benefit;
    flows.depreciation[t] = depreciation;
    // A negative taxable result is a loss that offsets the company's other profits.
    flows.tax[t] = s.taxRate * (benefit - depreciation);
    flows.co2e[t] = annualCo2e;
  }
  for (let t = 0; t < n; t++) flows.cashFlow[t] = -at(flows.capex, t) + at(flows.benefit, t) - at(flows.tax, t);
  return flows;
}

/**
 * Reduction shares, keys in resource file order then `co2e`: Σ_{enabled m} savings_mk /
 * baselineQuantity_k where that baseline is > 0; for co2e the enabled measures' annual tonnes
 * over the baseline emissions Σ_k baseline_k × EF_k, where those are > 0.
 */
export function reductionShares(s: ResolvedScenario): Record<string, number> {
  const shares: Record<string, number> = {};
  const enabled = s.measures.filter((m) => m.enabled);
  let baselineEmissions = 0;
  let savedEmissions = 0;
  // A measure without a saving of a resource saves 0 of it; a resource without a baseline (null)
  // has no share and adds no baseline emissions.
  for (const resource of s.resources) {
    let saved = 0;
    for (const m of enabled) saved += own(m.savings, resource.id) ?? 0;
    const baseline = resource.baselineQuantity ?? 0;
    if (baseline > 0) shares[resource.id] = saved / baseline;
    baselineEmissions += baseline * resource.emissionFactor;
  }
  for (const m of enabled) {
    for (const resource of s.resources) savedEmissions += (own(m.savings, resource.id) ?? 0) * resource.emissionFactor;
  }
  if (baselineEmissions > 0) shares.co2e = savedEmissions / baselineEmissions;
  return shares;
}

/** Total capex of enabled measures. */
export function enabledCapex(s: ResolvedScenario): number {
  let total = 0;
  for (const m of s.measures) if (m.enabled) total += m.capex;
  return total;
}
