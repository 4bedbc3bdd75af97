/**
 * Verification of results (spec section 6): from measured baseline and reporting periods to the
 * reduction the plant has achieved per resource and in CO2e, the rebate tier that reduction
 * earns, and the financing recomputed with that rebate. Pure; the scenario is already validated
 * (see verification-checks.ts), so productions and record sets are as the spec requires.
 */
import { at } from './checked';
import { rebateBase, rebateRate } from './financing';
import { evaluate, type Evaluation } from './kernel';
import { centredSums } from './stats';
import type { MeasuredPeriod, ResolvedScenario, ResolvedVerification } from './resolved-scenario';
import type { VerificationResults, VerifiedRebate, VerifiedResource } from './results';

/** Least-squares line of use on production over the baseline, with its quality (spec section 6). */
export interface FittedLine {
  intercept: number;
  slope: number;
  n: number;
  r2: number | null;
  cvRmse: number | null;
}

/** The resource ids measured, in the scenario's resource order (the first baseline record's set). */
export function measuredIds(s: ResolvedScenario, v: ResolvedVerification): string[] {
  const first = v.baseline[0]?.use ?? {};
  return s.resources.map((r) => r.id).filter((id) => Object.hasOwn(first, id));
}

/** Ordinary least squares y = a + b·x; b = 0 when every x is equal (refused before it gets here). */
export function fitLine(xs: readonly number[], ys: readonly number[]): FittedLine {
  const n = xs.length;
  const { mx, my, sxy, sxx, syy: stot } = centredSums(xs, ys);
  const slope = sxx === 0 ? 0 : sxy / sxx;
  const intercept = my - slope * mx;
  let sres = 0;
  for (let i = 0; i < n; i++) {
    const e = at(ys, i) - (intercept + slope * at(xs, i));
    sres += e * e;
  }
  return {
    intercept,
    slope,
    n,
    r2: stot === 0 ? null : 1 - sres / stot,
    cvRmse: n <= 2 || my === 0 ? null : Math.sqrt(sres / (n - 2)) / my,
  };
}

function sum(records: readonly MeasuredPeriod[], pick: (r: MeasuredPeriod) => number): number {
  let total = 0;
  for (const r of records) total += pick(r);
  return total;
}

/** One resource's figures by the scenario's method. */
export function verifyResource(v: ResolvedVerification, id: string): VerifiedResource {
  const use = (r: MeasuredPeriod) => r.use[id] ?? 0;
  const production = (r: MeasuredPeriod) => r.production;
  const baseX = sum(v.baseline, production);
  const repX = sum(v.reporting, production);
  const actual = sum(v.reporting, use);
  const baselineIntensity = baseX === 0 ? null : sum(v.baseline, use) / baseX;
  let adjustedBaseline: number;
  let model: FittedLine | null = null;
  if (v.method === 'regression') {
    model = fitLine(v.baseline.map(production), v.baseline.map(use));
    const line = model;
    adjustedBaseline = sum(v.reporting, (r) => line.intercept + line.slope * r.production);
  } else {
    adjustedBaseline = (baselineIntensity ?? 0) * repX;
  }
  const avoided = adjustedBaseline - actual;
  return {
    id,
    baselineIntensity,
    reportingIntensity: repX === 0 ? null : actual / repX,
    adjustedBaseline,
    actual,
    avoided,
    reductionShare: adjustedBaseline > 0 ? avoided / adjustedBaseline : null,
    annualAvoided: (avoided * v.periodsPerYear) / v.reporting.length,
    model,
  };
}

function co2eOf(s: ResolvedScenario, resources: readonly VerifiedResource[]): VerificationResults['co2e'] {
  const factor = new Map(s.resources.map((r) => [r.id, r.emissionFactor]));
  let adjustedBaseline = 0;
  let actual = 0;
  let avoided = 0;
  let annualAvoided = 0;
  for (const r of resources) {
    const ef = factor.get(r.id) ?? 0;
    adjustedBaseline += r.adjustedBaseline * ef;
    actual += r.actual * ef;
    avoided += r.avoided * ef;
    annualAvoided += r.annualAvoided * ef;
  }
  return {
    adjustedBaseline,
    actual,
    avoided,
    reductionShare: adjustedBaseline > 0 ? avoided / adjustedBaseline : null,
    annualAvoided,
  };
}

/** The projected and the verified rebate, each share's rate by the tiers; null without a rebate. */
function rebateOf(
  s: ResolvedScenario,
  kernel: Evaluation,
  resources: readonly VerifiedResource[],
  co2e: VerificationResults['co2e'],
): VerifiedRebate | null {
  const fin = s.financing;
  const rebate = fin?.rebate;
  if (!fin || !rebate) return null;
  const indicator = rebate.indicator;
  const verifiedShare =
    indicator === 'co2e' ? co2e.reductionShare : (resources.find((r) => r.id === indicator)?.reductionShare ?? null);
  const projectedShare = kernel.project.reductionShares[indicator] ?? null;
  const rateOf = (share: number | null) => (share === null ? 0 : rebateRate(rebate.tiers, share));
  const projectedRate = rateOf(projectedShare);
  const verifiedRate = rateOf(verifiedShare);
  const base = rebateBase(fin, kernel.project.totalCapex);
  return {
    indicator,
    projectedShare,
    verifiedShare,
    projectedRate,
    verifiedRate,
    projectedAmount: projectedRate * base,
    verifiedAmount: verifiedRate * base,
  };
}

/** Warning codes in the spec's order (`weak-model:<id>` in resource order). */
export function verificationWarnings(
  s: ResolvedScenario,
  v: ResolvedVerification,
  resources: readonly VerifiedResource[],
): string[] {
  const out: string[] = [];
  if (v.baseline.length < v.periodsPerYear) out.push('short-baseline');
  if (v.reporting.length < 3) out.push('short-reporting');
  if (v.method === 'regression') {
    for (const r of resources) if (r.model?.cvRmse != null && r.model.cvRmse > 0.2) out.push(`weak-model:${r.id}`);
    const xs = v.baseline.map((r) => r.production);
    const lo = Math.min(...xs);
    const hi = Math.max(...xs);
    if (v.reporting.some((r) => r.production < lo || r.production > hi)) out.push('outside-baseline-range');
  }
  const rebate = s.financing?.rebate;
  if (rebate) {
    const measured = new Set(resources.map((r) => r.id));
    if (rebate.indicator !== 'co2e' && !measured.has(rebate.indicator)) out.push('indicator-not-measured');
    if (rebate.indicator === 'co2e') {
      const saved = s.resources.some(
        (k) =>
          k.emissionFactor !== 0 &&
          !measured.has(k.id) &&
          s.measures.some((m) => m.enabled && (m.savings[k.id] ?? 0) > 0),
      );
      if (saved) out.push('co2e-not-all-measured');
    }
  }
  return out;
}

/**
 * The `verification` block of the results file for a scenario that has one; `kernel` is the
 * scenario's own evaluation (for the projected shares and the total capex).
 */
export function verify(s: ResolvedScenario, v: ResolvedVerification, kernel: Evaluation): VerificationResults {
  const resources = measuredIds(s, v).map((id) => verifyResource(v, id));
  const co2e = co2eOf(s, resources);
  const rebate = rebateOf(s, kernel, resources, co2e);
  return {
    method: v.method,
    resources,
    co2e,
    rebate,
    // The kernel's own financing with the rate overridden: same year, base and applyAs.
    financingAsVerified: rebate ? evaluate(s, { rebateRate: rebate.verifiedRate }).financing : null,
    warnings: verificationWarnings(s, v, resources),
  };
}
