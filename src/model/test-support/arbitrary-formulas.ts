/**
 * Test support: generated scenarios whose number fields are written as formulas built from the
 * allowed functions (and variables that depend on each other), each with the value the plain
 * number had, so the scenario stays valid.
 */
import fc from 'fast-check';
import type { NumberField, Scenario } from '../schema';
import { arbitraryScenario } from './arbitrary';
import { at } from '../checked';
import { mapResourceAndMeasureNumbers } from './map-numbers';

/** Ways of writing the number `v` as a formula; index 0 keeps the plain number. */
const TEMPLATES: ((v: string) => NumberField)[] = [
  (v) => Number(v),
  (v) => `=${v}*unit_one`,
  (v) => `=SUM(${v}*half_,${v}*half_)`,
  (v) => `=IF(unit_one>0,${v},0)`,
  (v) => `=MAX(${v},${v}-1)`,
  (v) => `=ROUND(${v},9)`,
  (v) => `=NPV(0,${v})`,
  (v) => `=PMT(0,1,-(${v}))`,
  (v) => `=AVERAGE(${v},${v})`,
  (v) => `=CHOOSE(2,0,${v})`,
  (v) => `=${v}+0*PI()`,
  (v) => `=IFERROR(${v},0)`,
];

/** Rewrites every plain number field of `s` with the templates picked by `picks` (cycled). */
function rewrite(s: Scenario, picks: number[]): Scenario {
  let k = 0;
  const f = <T extends NumberField | undefined>(v: T): T => {
    if (typeof v !== 'number') return v;
    const t = at(TEMPLATES, (picks[k++ % picks.length] ?? 0) % TEMPLATES.length, 'template');
    return t(String(v)) as T;
  };
  const c = structuredClone(s);
  c.variables = [
    { name: 'unit_one', value: '=EXP(0)' },
    { name: 'half_', value: '=unit_one/2' },
  ];
  c.discountRate = f(c.discountRate);
  c.taxRate = f(c.taxRate);
  mapResourceAndMeasureNumbers(c, f);
  const loan = c.financing?.loan;
  if (loan)
    Object.assign(loan, {
      principal: f(loan.principal),
      annualRate: f(loan.annualRate),
      upfrontFeeRate: f(loan.upfrontFeeRate),
    });
  const g = c.financing?.guarantee;
  if (g) Object.assign(g, { coverage: f(g.coverage), annualFeeRate: f(g.annualFeeRate) });
  if (c.credit)
    for (const key of Object.keys(c.credit) as (keyof NonNullable<Scenario['credit']>)[])
      (c.credit as Record<string, unknown>)[key] = f(c.credit[key] as NumberField | undefined);
  return c;
}

/** Valid scenarios with formulas in most number fields. */
export const arbitraryFormulaScenario: fc.Arbitrary<Scenario> = fc
  .tuple(arbitraryScenario, fc.array(fc.nat({ max: TEMPLATES.length - 1 }), { minLength: 1, maxLength: 40 }))
  .map(([s, picks]) => rewrite(s, picks));
