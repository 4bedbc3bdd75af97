/** Invariants of a resolved scenario that the arithmetic relies on. */
import type { ResolvedScenario } from './resolved-scenario';

/**
 * Throws a RangeError when the scenario breaks an invariant the arithmetic relies on (validation
 * normally catches these first, with better messages).
 */
export function assertEvaluable(s: ResolvedScenario): void {
  const H = s.horizonYears;
  const fail = (path: string, why: string): never => {
    throw new RangeError(`${path}: ${why}`);
  };
  if (!Number.isInteger(H) || H < 1) fail('horizonYears', 'must be an integer >= 1');
  if (!(s.discountRate > -1)) fail('discountRate', 'must be > -1');
  for (const m of s.measures) {
    if (!Number.isInteger(m.startYear) || m.startYear < 0 || m.startYear >= H)
      fail(`measures.${m.id}.startYear`, 'must be in 0..H-1');
    if (!Number.isInteger(m.lifetimeYears) || m.lifetimeYears < 1)
      fail(`measures.${m.id}.lifetimeYears`, 'must be an integer >= 1');
  }
  const loan = s.financing?.loan;
  if (loan) {
    if (!Number.isInteger(loan.tenorYears) || loan.tenorYears < 1 || loan.tenorYears > H) {
      fail('financing.loan.tenorYears', 'must be an integer in 1..horizonYears');
    }
    if (!Number.isInteger(loan.graceYears) || loan.graceYears < 0 || loan.graceYears >= loan.tenorYears) {
      fail('financing.loan.graceYears', 'must be an integer in 0..tenorYears-1');
    }
  }
}
