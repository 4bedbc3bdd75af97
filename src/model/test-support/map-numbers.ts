/** Test support: one pass over the number fields that generated-scenario tests rewrite. */
import type { NumberField, Scenario } from '../schema';

/** Rewrites a number field; must keep `undefined` (an omitted field) as it is. */
export type FieldMap = <T extends NumberField | undefined>(v: T) => T;

/** Applies `f`, in place, to every number field of each resource and each measure (savings included), in file order. */
export function mapResourceAndMeasureNumbers(s: Scenario, f: FieldMap): void {
  for (const r of s.resources)
    Object.assign(r, {
      price: f(r.price),
      escalation: f(r.escalation),
      emissionFactor: f(r.emissionFactor),
      baselineQuantity: f(r.baselineQuantity),
    });
  for (const m of s.measures) {
    Object.assign(m, {
      capex: f(m.capex),
      annualOpexChange: f(m.annualOpexChange),
      otherAnnualBenefit: f(m.otherAnnualBenefit),
    });
    if (m.savings) for (const [key, value] of Object.entries(m.savings)) m.savings[key] = f(value);
  }
}
