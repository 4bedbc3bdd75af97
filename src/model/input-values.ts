/**
 * The input paths of spec section 4 as absolute values: which paths a scenario offers, the
 * value each holds, and the scenario with one of them set. Data tables and goal seek work on
 * these values (what the user typed), Monte Carlo on multipliers of them.
 */
import { own } from './own';
import type { ResolvedScenario } from './resolved-scenario';

/** Every spec section 4 input path that can move this scenario's figures, in a stable order. */
export function uncertaintyPaths(s: ResolvedScenario): string[] {
  const paths = ['energyPriceFactor', 'discountRate'];
  for (const k of s.resources) paths.push(`resources.${k.id}.price`, `resources.${k.id}.escalation`);
  for (const m of s.measures) {
    if (!m.enabled) continue;
    paths.push(`measures.${m.id}.capex`);
    for (const id of Object.keys(m.savings)) paths.push(`measures.${m.id}.savings.${id}`);
    paths.push(`measures.${m.id}.annualOpexChange`);
  }
  if (s.financing) paths.push('financing.loan.annualRate');
  return paths;
}

interface Located {
  get: () => number;
  set: (value: number) => ResolvedScenario;
}

function locate(s: ResolvedScenario, path: string): Located {
  const unknown = (): never => {
    throw new Error(`input "${path}": unknown input path`);
  };
  if (path === 'discountRate') return { get: () => s.discountRate, set: (v) => ({ ...s, discountRate: v }) };
  if (path === 'energyPriceFactor')
    return { get: () => s.energyPriceFactor, set: (v) => ({ ...s, energyPriceFactor: v }) };
  if (path === 'financing.loan.annualRate') {
    const fin = s.financing ?? unknown();
    return {
      get: () => fin.loan.annualRate,
      set: (v) => ({ ...s, financing: { ...fin, loan: { ...fin.loan, annualRate: v } } }),
    };
  }
  const [head, id, field, resourceId, ...rest] = path.split('.');
  if (rest.length > 0) return unknown();
  if (head === 'resources' && resourceId === undefined && (field === 'price' || field === 'escalation')) {
    const k = s.resources.find((r) => r.id === id) ?? unknown();
    return {
      get: () => k[field],
      set: (v) => ({ ...s, resources: s.resources.map((r) => (r === k ? { ...r, [field]: v } : r)) }),
    };
  }
  if (head === 'measures') {
    const m = s.measures.find((x) => x.id === id) ?? unknown();
    const replace = (next: typeof m): ResolvedScenario => ({
      ...s,
      measures: s.measures.map((x) => (x === m ? next : x)),
    });
    if (field === 'savings' && resourceId !== undefined) {
      if (!Object.hasOwn(m.savings, resourceId)) return unknown();
      return {
        get: () => own(m.savings, resourceId) ?? 0,
        set: (v) => replace({ ...m, savings: { ...m.savings, [resourceId]: v } }),
      };
    }
    if (resourceId === undefined && (field === 'capex' || field === 'annualOpexChange')) {
      return { get: () => m[field], set: (v) => replace({ ...m, [field]: v }) };
    }
  }
  return unknown();
}

/** The value a spec section 4 input path holds in the scenario. Throws on a path that names nothing. */
export function inputValue(s: ResolvedScenario, path: string): number {
  return locate(s, path).get();
}

/** The scenario with the input at `path` set to `value` (a new object; `s` is not changed). */
export function withInput(s: ResolvedScenario, path: string, value: number): ResolvedScenario {
  return locate(s, path).set(value);
}

/** The range an input's value may take without making the scenario meaningless. */
export function inputDomain(path: string): { min: number; max: number } {
  // Rates and escalations above -100 % (spec: r > -1, escalation > -1); the IRR floor as margin.
  if (path === 'discountRate' || path.endsWith('.escalation')) return { min: -0.99, max: Number.POSITIVE_INFINITY };
  if (
    path === 'energyPriceFactor' ||
    path.endsWith('.price') ||
    path.endsWith('.capex') ||
    path === 'financing.loan.annualRate'
  ) {
    return { min: 0, max: Number.POSITIVE_INFINITY };
  }
  // Savings quantities (negative = more use) and opex changes take any sign.
  return { min: Number.NEGATIVE_INFINITY, max: Number.POSITIVE_INFINITY };
}

/** True for inputs entered as a rate (a fraction): they step by points, not by a share of themselves. */
export function isRateInput(path: string): boolean {
  return path === 'discountRate' || path === 'financing.loan.annualRate' || path.endsWith('.escalation');
}
