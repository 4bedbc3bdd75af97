/**
 * A fast path to project NPV, equity NPV and minimum DSCR for Monte Carlo and sensitivity: the
 * scenario is compiled once into typed arrays (ids resolved to indices, enabled measures only),
 * then evaluated many times with varied parameters and no per-run allocation of year tables.
 * It follows the same spec formulas as kernel.ts; tests hold the two within 1e-9.
 * Every index below is in bounds by construction; the `?? 0` on reads only satisfies
 * noUncheckedIndexedAccess.
 */
import { cashFlowAvailable, debtService, equityFlows, loanTerms, rebateAmount } from './financing';
import { assertEvaluable } from './invariants';
import { createLoanSchedule, fillLoanSchedule, type LoanSchedule } from './loan';
import type { ResolvedFinancing, ResolvedScenario } from './resolved-scenario';

/** The inputs a run may vary; one slot per uncertain quantity of spec section 4. */
export interface CompiledParams {
  discountRate: Float64Array; // length 1
  energyPriceFactor: Float64Array; // length 1
  loanRate: Float64Array; // length 1 (0 without a loan)
  /** Per resource, file order. */
  price: Float64Array;
  escalation: Float64Array;
  /** Per enabled measure, file order. */
  capex: Float64Array;
  annualOpexChange: Float64Array;
  otherAnnualBenefit: Float64Array;
  /** Savings quantities, flattened by measure (see CompiledScenario.savingsStart). */
  savings: Float64Array;
}

export interface CompiledScenario {
  horizonYears: number;
  taxRate: number;
  resourceIds: string[];
  isEnergy: Uint8Array;
  emissionFactor: Float64Array;
  /** baselineQuantity, 0 when absent. */
  baseline: Float64Array;
  measureIds: string[];
  startYear: Int32Array;
  /** min(s + L, H): last active year. */
  lastYear: Int32Array;
  lifetime: Float64Array;
  /** Savings of enabled measure j are entries savingsStart[j] .. savingsStart[j+1]-1. */
  savingsStart: Int32Array;
  savingsResource: Int32Array;
  financing: ResolvedFinancing | null;
  /** Rebate indicator: resource index, -1 for co2e, -2 without a rebate. */
  indicator: number;
  credit: ResolvedScenario['credit'];
  /** The scenario's own values; never mutated. */
  base: CompiledParams;
  /** Buffers reused by every run (a compiled scenario is not re-entrant). */
  work: {
    discount: Float64Array;
    prices: Float64Array;
    /** Per resource, n + 1 steps of the quantity saved by active measures. */
    quantityStep: Float64Array;
    constantStep: Float64Array;
    depreciationStep: Float64Array;
    benefit: Float64Array;
    depreciation: Float64Array;
    capex: Float64Array;
    tax: Float64Array;
    cashFlow: Float64Array;
    equity: Float64Array;
    schedule: LoanSchedule;
  };
}

export interface CompiledRun {
  projectNpv: number;
  /** NaN without a loan. */
  equityNpv: number;
  /** Minimum DSCR over years with debt service; NaN when there are none or no loan. */
  minDscr: number;
}

/** Compiles a resolved scenario for repeated runs (see runCompiled). */
export function compileScenario(s: ResolvedScenario): CompiledScenario {
  assertEvaluable(s);
  const H = s.horizonYears;
  const resourceIndex = new Map(s.resources.map((k, index) => [k.id, index]));
  const enabled = s.measures.filter((m) => m.enabled);
  const savingsStart = new Int32Array(enabled.length + 1);
  const savingsResource: number[] = [];
  const savings: number[] = [];
  enabled.forEach((m, j) => {
    for (const [id, quantity] of Object.entries(m.savings)) {
      const k = resourceIndex.get(id);
      if (k === undefined) throw new Error(`measures.${m.id}.savings.${id}: not a resource id`);
      savingsResource.push(k);
      savings.push(quantity);
    }
    savingsStart[j + 1] = savings.length;
  });
  const fin = s.financing;
  const indicatorId = fin?.rebate?.indicator;
  const n = H + 1;
  return {
    horizonYears: H,
    taxRate: s.taxRate,
    resourceIds: s.resources.map((k) => k.id),
    isEnergy: Uint8Array.from(s.resources, (k) => (k.kind === 'energy' ? 1 : 0)),
    emissionFactor: Float64Array.from(s.resources, (k) => k.emissionFactor),
    baseline: Float64Array.from(s.resources, (k) => k.baselineQuantity ?? 0),
    measureIds: enabled.map((m) => m.id),
    startYear: Int32Array.from(enabled, (m) => m.startYear),
    lastYear: Int32Array.from(enabled, (m) => Math.min(m.startYear + m.lifetimeYears, H)),
    lifetime: Float64Array.from(enabled, (m) => m.lifetimeYears),
    savingsStart,
    savingsResource: Int32Array.from(savingsResource),
    financing: fin,
    indicator: indicatorId === undefined ? -2 : indicatorId === 'co2e' ? -1 : (resourceIndex.get(indicatorId) ?? -2),
    credit: s.credit,
    base: {
      discountRate: Float64Array.of(s.discountRate),
      energyPriceFactor: Float64Array.of(s.energyPriceFactor),
      loanRate: Float64Array.of(fin ? fin.loan.annualRate : 0),
      price: Float64Array.from(s.resources, (k) => k.price),
      escalation: Float64Array.from(s.resources, (k) => k.escalation),
      capex: Float64Array.from(enabled, (m) => m.capex),
      annualOpexChange: Float64Array.from(enabled, (m) => m.annualOpexChange),
      otherAnnualBenefit: Float64Array.from(enabled, (m) => m.otherAnnualBenefit),
      savings: Float64Array.from(savings),
    },
    work: {
      discount: new Float64Array(n),
      prices: new Float64Array(s.resources.length * n),
      quantityStep: new Float64Array(s.resources.length * (n + 1)),
      constantStep: new Float64Array(n + 1),
      depreciationStep: new Float64Array(n + 1),
      benefit: new Float64Array(n),
      depreciation: new Float64Array(n),
      capex: new Float64Array(n),
      tax: new Float64Array(n),
      cashFlow: new Float64Array(n),
      equity: new Float64Array(n),
      schedule: createLoanSchedule(H),
    },
  };
}

/** A copy of the compiled scenario's own parameters, to vary and pass to runCompiled. */
export function cloneParams(p: CompiledParams): CompiledParams {
  return {
    discountRate: p.discountRate.slice(),
    energyPriceFactor: p.energyPriceFactor.slice(),
    loanRate: p.loanRate.slice(),
    price: p.price.slice(),
    escalation: p.escalation.slice(),
    capex: p.capex.slice(),
    annualOpexChange: p.annualOpexChange.slice(),
    otherAnnualBenefit: p.otherAnnualBenefit.slice(),
    savings: p.savings.slice(),
  };
}

/** Copies `from` into `to` in place (same compiled scenario). */
export function resetParams(to: CompiledParams, from: CompiledParams): void {
  for (const key of Object.keys(from) as (keyof CompiledParams)[]) to[key].set(from[key]);
}

/** The rebate indicator's reduction share under `p`, undefined where the spec defines none. */
function indicatorShare(c: CompiledScenario, p: CompiledParams): number | undefined {
  const k = c.indicator;
  if (k === -2) return undefined;
  let saved = 0;
  let baseline = 0;
  if (k >= 0) {
    for (let q = 0; q < p.savings.length; q++) if (c.savingsResource[q] === k) saved += p.savings[q] ?? 0;
    baseline = c.baseline[k] ?? 0;
  } else {
    for (let q = 0; q < p.savings.length; q++)
      saved += (p.savings[q] ?? 0) * (c.emissionFactor[c.savingsResource[q] ?? 0] ?? 0);
    for (let r = 0; r < c.baseline.length; r++) baseline += (c.baseline[r] ?? 0) * (c.emissionFactor[r] ?? 0);
  }
  return baseline > 0 ? saved / baseline : undefined;
}

/** Project NPV, equity NPV and minimum DSCR of the compiled scenario with parameters `p`. */
export function runCompiled(c: CompiledScenario, p: CompiledParams = c.base): CompiledRun {
  const n = c.horizonYears + 1;
  // Locals for the typed arrays: the loops below run ~10^7 times in a Monte Carlo.
  const { discount, prices, benefit, depreciation, capex, tax, cashFlow } = c.work;
  const { quantityStep, constantStep, depreciationStep } = c.work;
  const { savingsStart, savingsResource, startYear, lastYear } = c;
  const savings = p.savings;
  const onePlusR = 1 + (p.discountRate[0] ?? 0);
  const factor = p.energyPriceFactor[0] ?? 0;
  discount[0] = 1;
  for (let t = 1; t < n; t++) discount[t] = (discount[t - 1] ?? 0) / onePlusR;
  for (let k = 0; k < p.price.length; k++) {
    const growth = 1 + (p.escalation[k] ?? 0);
    // Repeated multiplication, not Math.pow: pow costs as much as the rest of a run, and the
    // drift (t ulps at most) is far below the 1e-9 agreement required.
    let price = (p.price[k] ?? 0) * (c.isEnergy[k] ? factor : 1);
    for (let t = 1; t < n; t++) {
      price *= growth;
      prices[k * n + t] = price;
    }
  }
  // Difference arrays (+x where a measure starts being active, -x after its last year), then
  // running sums: O(measures + resources × years) rather than measures × years × savings.
  const m = n + 1;
  quantityStep.fill(0);
  constantStep.fill(0);
  depreciationStep.fill(0);
  capex.fill(0);
  for (let j = 0; j < startYear.length; j++) {
    const first = (startYear[j] ?? 0) + 1;
    const after = (lastYear[j] ?? 0) + 1;
    capex[first - 1] = (capex[first - 1] ?? 0) + (p.capex[j] ?? 0);
    const yearly = (p.capex[j] ?? 0) / (c.lifetime[j] ?? 0);
    const constant = (p.otherAnnualBenefit[j] ?? 0) - (p.annualOpexChange[j] ?? 0);
    constantStep[first] = (constantStep[first] ?? 0) + constant;
    constantStep[after] = (constantStep[after] ?? 0) - constant;
    depreciationStep[first] = (depreciationStep[first] ?? 0) + yearly;
    depreciationStep[after] = (depreciationStep[after] ?? 0) - yearly;
    for (let q = savingsStart[j] ?? 0; q < (savingsStart[j + 1] ?? 0); q++) {
      const offset = (savingsResource[q] ?? 0) * m;
      quantityStep[offset + first] = (quantityStep[offset + first] ?? 0) + (savings[q] ?? 0);
      quantityStep[offset + after] = (quantityStep[offset + after] ?? 0) - (savings[q] ?? 0);
    }
  }
  let constantSum = 0;
  let depreciationSum = 0;
  for (let t = 0; t < n; t++) {
    constantSum += constantStep[t] ?? 0;
    depreciationSum += depreciationStep[t] ?? 0;
    benefit[t] = constantSum;
    depreciation[t] = depreciationSum;
  }
  for (let k = 0; k < p.price.length; k++) {
    let quantity = 0;
    for (let t = 1; t < n; t++) {
      quantity += quantityStep[k * m + t] ?? 0;
      benefit[t] = (benefit[t] ?? 0) + quantity * (prices[k * n + t] ?? 0);
    }
  }
  let projectNpv = 0;
  for (let t = 0; t < n; t++) {
    tax[t] = c.taxRate * ((benefit[t] ?? 0) - (depreciation[t] ?? 0));
    cashFlow[t] = -(capex[t] ?? 0) + (benefit[t] ?? 0) - (tax[t] ?? 0);
    projectNpv += (cashFlow[t] ?? 0) * (discount[t] ?? 0);
  }
  const fin = c.financing;
  if (!fin) return { projectNpv, equityNpv: Number.NaN, minDscr: Number.NaN };

  let totalCapex = 0;
  for (let j = 0; j < p.capex.length; j++) totalCapex += p.capex[j] ?? 0;
  const rebate = rebateAmount(fin, indicatorShare(c, p), totalCapex);
  fillLoanSchedule(loanTerms(fin, rebate, p.loanRate[0] ?? fin.loan.annualRate), c.work.schedule);
  const loan = fin.loan;
  const { equity, schedule } = c.work;
  equityFlows(cashFlow, schedule, loan.principal, loan.upfrontFeeRate, c.taxRate, equity);
  let equityNpv = 0;
  let minDscr = Number.POSITIVE_INFINITY;
  for (let t = 0; t < n; t++) {
    equityNpv += (equity[t] ?? 0) * (discount[t] ?? 0);
    const service = debtService(schedule, t);
    if (service > 0) minDscr = Math.min(minDscr, cashFlowAvailable(c.credit, benefit[t] ?? 0, tax[t] ?? 0) / service);
  }
  return { projectNpv, equityNpv, minDscr: minDscr === Number.POSITIVE_INFINITY ? Number.NaN : minDscr };
}

/** Project NPV by spec section 2, without building the year table. */
export function projectNpv(s: ResolvedScenario): number {
  return runCompiled(compileScenario(s)).projectNpv;
}

/** Equity NPV by spec section 3, without building the year table; null without a loan. */
export function equityNpv(s: ResolvedScenario): number | null {
  return s.financing ? runCompiled(compileScenario(s)).equityNpv : null;
}
