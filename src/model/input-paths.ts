/**
 * Uncertainty input paths of spec section 4, resolved to the compiled parameter each one
 * multiplies.
 */
import { at } from './checked';
import type { CompiledParams, CompiledScenario } from './compiled';
import type { ResolvedScenario } from './resolved-scenario';

/** A parameter slot an uncertainty path multiplies: `array[index]`. */
export interface ParamSlot {
  key: keyof CompiledParams;
  index: number;
}

/**
 * The slot of a spec section 4 input path, or null when the input exists but cannot move project
 * or equity figures (a disabled measure, a resource the measure does not save, the loan rate
 * without a loan). Throws on a path that names nothing.
 */
export function paramSlot(c: CompiledScenario, s: ResolvedScenario, path: string): ParamSlot | null {
  const parts = path.split('.');
  const [, id = '', field = '', resourceId = ''] = parts;
  const unknown = (): never => {
    throw new Error(`uncertainty input "${path}": unknown input path`);
  };
  if (path === 'discountRate') return { key: 'discountRate', index: 0 };
  if (path === 'energyPriceFactor') return { key: 'energyPriceFactor', index: 0 };
  if (path === 'financing.loan.annualRate') return s.financing ? { key: 'loanRate', index: 0 } : null;
  if (parts[0] === 'resources' && parts.length === 3) {
    const k = c.resourceIds.indexOf(id);
    if (k < 0 || (field !== 'price' && field !== 'escalation')) return unknown();
    return { key: field, index: k };
  }
  if (parts[0] === 'measures' && (parts.length === 3 || parts.length === 4)) {
    const measure = s.measures.find((m) => m.id === id) ?? unknown();
    const j = c.measureIds.indexOf(id);
    if (parts.length === 4) {
      if (field !== 'savings' || !c.resourceIds.includes(resourceId)) return unknown();
      const offset = Object.keys(measure.savings).indexOf(resourceId);
      return j < 0 || offset < 0 ? null : { key: 'savings', index: at(c.savingsStart, j) + offset };
    }
    if (field !== 'capex' && field !== 'annualOpexChange') return unknown();
    return j < 0 ? null : { key: field, index: j };
  }
  return unknown();
}
