/**
 * The credit memo's DSCR stress table: the minimum DSCR (spec section 3) with the savings
 * haircut at 0, 20 and 40 %, with energy prices 20 % lower, and with the loan's rate 300 basis
 * points higher, every other input as in the scenario. Computed by the kernel in the worker.
 */
import { STRESS_CASES, type DscrStressRow, type StressCase } from './dscr-stress-cases';
import { evaluate } from './kernel';
import type { ResolvedScenario } from './resolved-scenario';

export { STRESS_CASES, type DscrStressRow, type StressCase };

function stressed(s: ResolvedScenario, c: StressCase): ResolvedScenario {
  const haircut = (h: number): ResolvedScenario => ({ ...s, credit: { ...s.credit, savingsHaircut: h } });
  switch (c) {
    case 'base':
      return s;
    case 'haircut0':
      return haircut(0);
    case 'haircut20':
      return haircut(0.2);
    case 'haircut40':
      return haircut(0.4);
    case 'energyMinus20':
      return { ...s, energyPriceFactor: s.energyPriceFactor * 0.8 };
    case 'ratePlus300':
      return s.financing
        ? {
            ...s,
            financing: {
              ...s.financing,
              loan: { ...s.financing.loan, annualRate: s.financing.loan.annualRate + 0.03 },
            },
          }
        : s;
  }
}

/** The stress table; empty without a loan. */
export function dscrStress(s: ResolvedScenario): DscrStressRow[] {
  if (!s.financing) return [];
  return STRESS_CASES.map((c) => {
    const f = evaluate(stressed(s, c)).financing;
    const minDscr = f?.minDscr ?? null;
    return { case: c, minDscr, breach: f?.dscrBreach ?? false };
  });
}
