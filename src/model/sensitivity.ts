/**
 * Deterministic sensitivity of spec section 4: the break-even energy price factor and the
 * tornado of project NPV.
 */
import { projectNpv } from './compiled';
import type { ResolvedScenario } from './resolved';
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
  const atZero = projectNpv({ ...s, energyPriceFactor: 0 });
  const atOne = projectNpv({ ...s, energyPriceFactor: 1 });
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
  const rows = tornadoInputs(s).map((input) => ({
    input,
    npvLow: projectNpv(scaleTornadoInput(s, input, 1 - delta)),
    npvHigh: projectNpv(scaleTornadoInput(s, input, 1 + delta)),
  }));
  // Array.prototype.sort is stable (ES2019), which keeps listing order on ties.
  return rows.sort((a, b) => Math.abs(b.npvHigh - b.npvLow) - Math.abs(a.npvHigh - a.npvLow));
}

/** Both figures of the results file's `sensitivity` block. */
export function sensitivity(s: ResolvedScenario, delta = 0.2): SensitivityResults {
  return { breakEvenEnergyPriceFactor: breakEvenEnergyPriceFactor(s), tornado: tornado(s, delta) };
}
