/**
 * One run of a compiled scenario (compiled.ts): project NPV, equity NPV and minimum DSCR with
 * varied parameters, in the compiled scenario's reused buffers. The same spec formulas as
 * kernel.ts; tests hold the two within 1e-9. Every index is in bounds by construction; reads go
 * through `atNumber()`/`atInteger()`, which throw if one is not. Each step is a function of its
 * own: one function holding them all runs out of the optimiser's inlining budget, and its reads
 * became calls.
 */
import { atInteger, atNumber } from './checked';
import type { CompiledParams, CompiledScenario } from './compiled';
import { cashFlowAvailable, debtService, equityFlows, loanTerms, rebateAmount } from './financing';
import { fillLoanSchedule } from './loan';
import type { ResolvedFinancing } from './resolved-scenario';

export interface CompiledRun {
  projectNpv: number;
  /** NaN without a loan. */
  equityNpv: number;
  /** Minimum DSCR over years with debt service; NaN when there are none or no loan. */
  minDscr: number;
}

/** Project NPV, equity NPV and minimum DSCR of the compiled scenario with parameters `p`. */
export function runCompiled(c: CompiledScenario, p: CompiledParams = c.base): CompiledRun {
  fillDiscount(c.work.discount, atNumber(p.discountRate, 0));
  fillPrices(c, p);
  fillSteps(c, p);
  const projectNpv = projectFlows(c);
  const fin = c.financing;
  if (!fin) return { projectNpv, equityNpv: Number.NaN, minDscr: Number.NaN };
  return { projectNpv, ...equityRun(c, p, fin) };
}

/** discount[t] = (1 + r)^-t, by repeated division. */
function fillDiscount(discount: Float64Array, rate: number): void {
  const onePlusR = 1 + rate;
  let factor = 1;
  for (let t = 0; t < discount.length; t++) {
    discount[t] = factor;
    factor /= onePlusR;
  }
}

/** prices[k × n + t] = price_k × f_k × (1 + escalation_k)^t for t >= 1. */
function fillPrices(c: CompiledScenario, p: CompiledParams): void {
  const n = c.horizonYears + 1;
  const prices = c.work.prices;
  const factor = atNumber(p.energyPriceFactor, 0);
  for (let k = 0; k < p.price.length; k++) {
    const growth = 1 + atNumber(p.escalation, k);
    // Repeated multiplication, not Math.pow: pow costs as much as the rest of a run, and the
    // drift (t ulps at most) is far below the 1e-9 agreement required.
    let price = atNumber(p.price, k) * (atInteger(c.isEnergy, k) ? factor : 1);
    for (let t = 1; t < n; t++) {
      price *= growth;
      prices[k * n + t] = price;
    }
  }
}

/**
 * Difference arrays (+x where a measure starts being active, -x after its last year), summed by
 * projectFlows: O(measures + resources × years) rather than measures × years × savings.
 */
function fillSteps(c: CompiledScenario, p: CompiledParams): void {
  const m = c.horizonYears + 2;
  const { quantityStep, constantStep, depreciationStep, capex } = c.work;
  const { savingsStart, savingsResource, startYear, lastYear } = c;
  quantityStep.fill(0);
  constantStep.fill(0);
  depreciationStep.fill(0);
  capex.fill(0);
  for (let j = 0; j < startYear.length; j++) {
    const first = atInteger(startYear, j) + 1;
    const after = atInteger(lastYear, j) + 1;
    const measureCapex = atNumber(p.capex, j);
    capex[first - 1] = atNumber(capex, first - 1) + measureCapex;
    const yearly = measureCapex / atNumber(c.lifetime, j);
    const constant = atNumber(p.otherAnnualBenefit, j) - atNumber(p.annualOpexChange, j);
    constantStep[first] = atNumber(constantStep, first) + constant;
    constantStep[after] = atNumber(constantStep, after) - constant;
    depreciationStep[first] = atNumber(depreciationStep, first) + yearly;
    depreciationStep[after] = atNumber(depreciationStep, after) - yearly;
    const end = atInteger(savingsStart, j + 1);
    for (let q = atInteger(savingsStart, j); q < end; q++) {
      const offset = atInteger(savingsResource, q) * m;
      const quantity = atNumber(p.savings, q);
      quantityStep[offset + first] = atNumber(quantityStep, offset + first) + quantity;
      quantityStep[offset + after] = atNumber(quantityStep, offset + after) - quantity;
    }
  }
}

/** Benefit, depreciation, tax and cash flow per year from the steps; returns the project NPV. */
function projectFlows(c: CompiledScenario): number {
  const n = c.horizonYears + 1;
  const m = n + 1;
  const { discount, prices, benefit, depreciation, capex, tax, cashFlow } = c.work;
  const { quantityStep, constantStep, depreciationStep } = c.work;
  let constantSum = 0;
  let depreciationSum = 0;
  for (let t = 0; t < n; t++) {
    constantSum += atNumber(constantStep, t);
    depreciationSum += atNumber(depreciationStep, t);
    benefit[t] = constantSum;
    depreciation[t] = depreciationSum;
  }
  for (let k = 0; k < c.resourceIds.length; k++) {
    let quantity = 0;
    for (let t = 1; t < n; t++) {
      quantity += atNumber(quantityStep, k * m + t);
      benefit[t] = atNumber(benefit, t) + quantity * atNumber(prices, k * n + t);
    }
  }
  let projectNpv = 0;
  for (let t = 0; t < n; t++) {
    const yearBenefit = atNumber(benefit, t);
    const yearTax = c.taxRate * (yearBenefit - atNumber(depreciation, t));
    const yearCashFlow = -atNumber(capex, t) + yearBenefit - yearTax;
    tax[t] = yearTax;
    cashFlow[t] = yearCashFlow;
    projectNpv += yearCashFlow * atNumber(discount, t);
  }
  return projectNpv;
}

/** Equity NPV and minimum DSCR, after projectFlows, with the loan of `fin`. */
function equityRun(c: CompiledScenario, p: CompiledParams, fin: ResolvedFinancing): Omit<CompiledRun, 'projectNpv'> {
  const { discount, benefit, tax, cashFlow, equity, schedule } = c.work;
  let totalCapex = 0;
  for (const measureCapex of p.capex) totalCapex += measureCapex;
  const rebate = rebateAmount(fin, indicatorShare(c, p), totalCapex);
  fillLoanSchedule(loanTerms(fin, rebate, atNumber(p.loanRate, 0)), schedule);
  equityFlows(cashFlow, schedule, fin.loan.principal, fin.loan.upfrontFeeRate, c.taxRate, equity);
  let equityNpv = 0;
  let minDscr = Number.POSITIVE_INFINITY;
  for (let t = 0; t < equity.length; t++) {
    equityNpv += atNumber(equity, t) * atNumber(discount, t);
    const service = debtService(schedule, t);
    if (service > 0) {
      minDscr = Math.min(minDscr, cashFlowAvailable(c.credit, atNumber(benefit, t), atNumber(tax, t)) / service);
    }
  }
  return { equityNpv, minDscr: minDscr === Number.POSITIVE_INFINITY ? Number.NaN : minDscr };
}

/** The rebate indicator's reduction share under `p`, undefined where the spec defines none. */
function indicatorShare(c: CompiledScenario, p: CompiledParams): number | undefined {
  const k = c.indicator;
  if (k === -2) return undefined;
  let saved = 0;
  let baseline = 0;
  if (k >= 0) {
    for (let q = 0; q < p.savings.length; q++) if (c.savingsResource[q] === k) saved += atNumber(p.savings, q);
    baseline = atNumber(c.baseline, k, 'resource');
  } else {
    for (let q = 0; q < p.savings.length; q++) {
      saved += atNumber(p.savings, q) * atNumber(c.emissionFactor, atInteger(c.savingsResource, q), 'resource');
    }
    for (let r = 0; r < c.baseline.length; r++) baseline += atNumber(c.baseline, r) * atNumber(c.emissionFactor, r);
  }
  return baseline > 0 ? saved / baseline : undefined;
}
