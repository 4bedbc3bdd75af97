/**
 * A fast path to project NPV, equity NPV and minimum DSCR for Monte Carlo and sensitivity: the
 * scenario is compiled once into typed arrays (ids resolved to indices, enabled measures only),
 * then evaluated many times with varied parameters and no per-run allocation of year tables.
 * It follows the same spec formulas as kernel.ts; tests hold the two within 1e-9.
 * A run (runCompiled) is in compiled-run.ts.
 */
import { runCompiled } from './compiled-run';
import { assertEvaluable } from './invariants';
import { createLoanSchedule, type LoanSchedule } from './loan';
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

/** Project NPV by spec section 2, without building the year table. */
export function projectNpv(s: ResolvedScenario): number {
  return runCompiled(compileScenario(s)).projectNpv;
}

/** Equity NPV by spec section 3, without building the year table; null without a loan. */
export function equityNpv(s: ResolvedScenario): number | null {
  return s.financing ? runCompiled(compileScenario(s)).equityNpv : null;
}
