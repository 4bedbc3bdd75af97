/**
 * Deterministic sensitivity of spec section 4: the break-even energy price factor and the
 * tornado of project NPV.
 */
import { at } from './checked';
import { cloneParams, compileScenario, resetParams, type CompiledParams, type CompiledScenario } from './compiled';
import { runCompiled } from './compiled-run';
import type { ResolvedScenario } from './resolved-scenario';
import type { SensitivityResults, TornadoRow } from './results';

/**
 * Below this relative size the slope of NPV in the energy price factor is rounding noise
 * (energy savings that cancel out), and NPV is taken as not depending on energy prices.
 */
const NO_DEPENDENCE = 1e-12;

/**
 * The absolute energyPriceFactor at which project NPV is 0, all else fixed. NPV is affine in the
 * factor, so two evaluations solve it exactly. Null when NPV does not depend on energy prices or
 * the factor would be negative.
 */
export function breakEvenEnergyPriceFactor(s: ResolvedScenario): number | null {
  return breakEven(compileScenario(s));
}

function breakEven(c: CompiledScenario): number | null {
  const p = cloneParams(c.base);
  p.energyPriceFactor[0] = 0;
  const atZero = runCompiled(c, p).projectNpv;
  p.energyPriceFactor[0] = 1;
  const atOne = runCompiled(c, p).projectNpv;
  const slope = atOne - atZero;
  if (slope === 0 || Math.abs(slope) <= NO_DEPENDENCE * Math.max(Math.abs(atZero), Math.abs(atOne))) return null;
  const factor = -atZero / slope;
  return factor >= 0 ? factor : null;
}

/** The tornado inputs in listing order: each resource's price (file order), discountRate, capex, savings. */
export function tornadoInputs(s: ResolvedScenario): string[] {
  return [...s.resources.map((k) => `resources.${k.id}.price`), 'discountRate', 'capex', 'savings'];
}

/** The scenario with one tornado input multiplied by `factor`. */
export function scaleTornadoInput(s: ResolvedScenario, input: string, factor: number): ResolvedScenario {
  if (input === 'discountRate') return { ...s, discountRate: s.discountRate * factor };
  if (input === 'capex') return { ...s, measures: s.measures.map((m) => ({ ...m, capex: m.capex * factor })) };
  if (input === 'savings') {
    const scale = (savings: Record<string, number>): Record<string, number> =>
      Object.fromEntries(Object.entries(savings).map(([id, quantity]) => [id, quantity * factor]));
    return { ...s, measures: s.measures.map((m) => ({ ...m, savings: scale(m.savings) })) };
  }
  const match = /^resources\.([a-z][a-z0-9_]*)\.price$/.exec(input);
  const id = match?.[1];
  if (id === undefined || !s.resources.some((k) => k.id === id)) throw new Error(`unknown tornado input "${input}"`);
  return { ...s, resources: s.resources.map((k) => (k.id === id ? { ...k, price: k.price * factor } : k)) };
}

/**
 * Project NPV with each input multiplied by 1 - delta (npvLow) and 1 + delta (npvHigh), rows
 * sorted by swing |npvHigh - npvLow|, largest first; equal swings keep the listing order.
 */
export function tornado(s: ResolvedScenario, delta = 0.2): TornadoRow[] {
  return tornadoOf(s, compileScenario(s), delta);
}

/** Multiplies the compiled parameters of one tornado input by `factor`, in place. */
function scaleParams(c: CompiledScenario, p: CompiledParams, input: string, factor: number): void {
  const scale = (a: Float64Array) => {
    for (let i = 0; i < a.length; i++) a[i] = at(a, i) * factor;
  };
  if (input === 'discountRate') scale(p.discountRate);
  else if (input === 'capex') scale(p.capex);
  else if (input === 'savings') scale(p.savings);
  else {
    const k = c.resourceIds.indexOf(/^resources\.([a-z][a-z0-9_]*)\.price$/.exec(input)?.[1] ?? '');
    if (k < 0) throw new Error(`unknown tornado input "${input}"`);
    p.price[k] = at(p.price, k) * factor;
  }
}

// The scenario is compiled once and each run varies its parameters: the same arithmetic as
// projectNpv(scaleTornadoInput(...)), without recompiling for each of the 2 × inputs runs.
function tornadoOf(s: ResolvedScenario, c: CompiledScenario, delta: number): TornadoRow[] {
  const p = cloneParams(c.base);
  const npvAt = (input: string, factor: number) => {
    resetParams(p, c.base);
    scaleParams(c, p, input, factor);
    return runCompiled(c, p).projectNpv;
  };
  const rows = tornadoInputs(s).map((input) => ({
    input,
    npvLow: npvAt(input, 1 - delta),
    npvHigh: npvAt(input, 1 + delta),
  }));
  // Array.prototype.sort is stable (ES2019), which keeps listing order on ties.
  return rows.sort((a, b) => Math.abs(b.npvHigh - b.npvLow) - Math.abs(a.npvHigh - a.npvLow));
}

/** Both figures of the results file's `sensitivity` block. */
export function sensitivity(s: ResolvedScenario, delta = 0.2): SensitivityResults {
  const c = compileScenario(s);
  return { breakEvenEnergyPriceFactor: breakEven(c), tornado: tornadoOf(s, c, delta) };
}
