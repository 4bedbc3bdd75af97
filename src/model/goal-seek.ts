/**
 * Goal seek: the value of one input at which project NPV, equity NPV or the minimum DSCR reaches
 * a target, every other input as in the scenario. NPV is affine in most inputs (prices, the energy
 * factor, capex, quantities, opex), where one secant step is exact; the discount rate, escalations,
 * the loan rate and the minimum DSCR (a minimum over years) are not, and there the search brackets
 * a sign change outward from the scenario's value and closes it with Brent's method.
 */
import { inputDomain, inputValue, isRateInput } from './input-values';
import { brentRoot } from './metrics';
import { createPointEvaluator } from './point-evaluator';
import type { ResolvedScenario } from './resolved-scenario';

export type GoalMetric = 'npv' | 'equityNpv' | 'minDscr';

export interface GoalSeekSpec {
  /** The input to vary: a spec section 4 path. */
  input: string;
  metric: GoalMetric;
  /** The target; default 0 for the NPVs and the lender's minimum DSCR for minDscr. */
  target?: number;
}

export type GoalSeekFailure =
  /** The metric does not exist here: no loan, no debt service, or no minimum DSCR to aim at. */
  | 'no-metric'
  /** Moving the input does not move the metric. */
  | 'no-dependence'
  /** The metric never reaches the target within the input's range. */
  | 'not-reached'
  /** The metric jumps over the target (a rebate tier) rather than passing through it. */
  | 'jump';

export type GoalSeekResult =
  | { ok: true; input: string; metric: GoalMetric; target: number; value: number; base: number; achieved: number }
  | { ok: false; input: string; metric: GoalMetric; target: number | null; base: number; reason: GoalSeekFailure };

/** Doublings of the search step on each side: from 1 % of the value to 2^60 times that. */
const MAX_DOUBLINGS = 60;

/** Seeks the input value at which the metric equals the target (nearest to the scenario's value). */
export function goalSeek(s: ResolvedScenario, spec: GoalSeekSpec): GoalSeekResult {
  const { input, metric } = spec;
  const base = inputValue(s, input);
  const target = spec.target ?? (metric === 'minDscr' ? s.credit.minDscr : 0);
  const fail = (reason: GoalSeekFailure): GoalSeekResult => ({ ok: false, input, metric, target, base, reason });
  if (target === null || (metric !== 'npv' && !s.financing)) return fail('no-metric');

  const evaluator = createPointEvaluator(s, [input]);
  const g = (x: number): number => {
    const r = evaluator.run([x]);
    const value = metric === 'npv' ? r.projectNpv : metric === 'equityNpv' ? r.equityNpv : r.minDscr;
    return value - target; // NaN where the metric is undefined (no debt service)
  };
  const found = (value: number): GoalSeekResult => ({
    ok: true,
    input,
    metric,
    target,
    value,
    base,
    achieved: g(value) + target,
  });

  const g0 = g(base);
  if (Number.isNaN(g0)) return fail('no-metric');
  if (g0 === 0) return found(base);
  const domain = inputDomain(input);
  const h = isRateInput(input) ? 0.01 : Math.abs(base) > 0 ? 0.01 * Math.abs(base) : 1;
  const g1 = g(base + h);
  // What rounding leaves of a root: relative to the metric's size and to how far the input moves it.
  const tolerance =
    1e-9 * Math.max(1, Math.abs(target), Math.abs(g0 + target), Number.isFinite(g1) ? Math.abs(g1 - g0) * 100 : 0);
  const close = (x: number): boolean => Math.abs(g(x)) <= tolerance;

  // A secant step: exact where the metric is affine in the input, then verified.
  if (Number.isFinite(g1) && g1 !== g0) {
    const x = base - (g0 * h) / (g1 - g0);
    if (x >= domain.min && x <= domain.max && Number.isFinite(x) && close(x)) return found(x);
  }

  // Bracket: step outward on both sides, doubling, until the sign changes or the domain ends.
  type Side = { x: number; gx: number; done: boolean };
  const sides: Side[] = [
    { x: base, gx: g0, done: false },
    { x: base, gx: g0, done: false },
  ];
  let moved = false;
  for (let k = 0; k < MAX_DOUBLINGS && !(sides[0]!.done && sides[1]!.done); k++) {
    for (const [i, side] of sides.entries()) {
      if (side.done) continue;
      const direction = i === 0 ? 1 : -1;
      let next = base + direction * h * 2 ** k;
      if (next >= domain.max) [next, side.done] = [domain.max, true];
      if (next <= domain.min) [next, side.done] = [domain.min, true];
      if (!Number.isFinite(next)) {
        side.done = true;
        continue;
      }
      const gn = g(next);
      if (Number.isNaN(gn)) {
        side.done = true;
        continue;
      }
      if (gn !== g0) moved = true;
      if (Math.sign(gn) !== Math.sign(side.gx)) {
        const [a, b] = direction > 0 ? [side.x, next] : [next, side.x];
        const root = gn === 0 ? next : brentRoot(g, a, b);
        // Brent closes on a sign change; across a jump the residual stays large.
        return close(root) ? found(root) : fail('jump');
      }
      side.x = next;
      side.gx = gn;
    }
  }
  return fail(moved ? 'not-reached' : 'no-dependence');
}
