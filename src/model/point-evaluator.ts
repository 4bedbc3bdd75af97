/**
 * Many evaluations of one scenario with a few inputs set to absolute values, on the compiled fast
 * path: the engine of data tables, goal seek and the energy price curve. Holds kernel.ts's
 * figures within 1e-9 (see point-evaluator.test.ts).
 */
import { at } from './checked';
import { cloneParams, compileScenario, resetParams, type CompiledParams, type CompiledScenario } from './compiled';
import { runCompiled, type CompiledRun } from './compiled-run';
import { paramSlot, type ParamSlot } from './input-paths';
import { irr } from './metrics';
import type { ResolvedScenario } from './resolved-scenario';

/** The figures of one point; null where the spec leaves a figure undefined. */
export interface PointFigures {
  npv: number;
  irr: number | null;
  /** Null without a loan. */
  equityNpv: number | null;
  equityIrr: number | null;
  /** Null without a loan or without debt service. */
  minDscr: number | null;
}

export interface PointEvaluator {
  readonly hasLoan: boolean;
  /** NPVs and minimum DSCR (NaN where undefined) with the inputs set to `values`, in the order of `paths`. */
  run(values: readonly number[]): CompiledRun;
  /** Every figure of PointFigures, IRRs included, with the inputs set to `values`. */
  figures(values: readonly number[]): PointFigures;
}

const orNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** Prepares repeated evaluations of `s` with the inputs at `paths` (spec section 4 paths) set. */
export function createPointEvaluator(s: ResolvedScenario, paths: readonly string[]): PointEvaluator {
  const compiled: CompiledScenario = compileScenario(s);
  // A null slot is an input that cannot move any figure (e.g. the loan rate without a loan).
  const slots: (ParamSlot | null)[] = paths.map((path) => paramSlot(compiled, s, path));
  const params: CompiledParams = cloneParams(compiled.base);
  const hasLoan = s.financing !== null;

  const run = (values: readonly number[]): CompiledRun => {
    resetParams(params, compiled.base);
    slots.forEach((slot, i) => {
      if (slot) params[slot.key][slot.index] = at(values, i);
    });
    return runCompiled(compiled, params);
  };

  const figures = (values: readonly number[]): PointFigures => {
    const r = run(values);
    // runCompiled leaves this point's project and equity flows in its work buffers.
    return {
      npv: r.projectNpv,
      irr: irr(compiled.work.cashFlow).irr,
      equityNpv: hasLoan ? r.equityNpv : null,
      equityIrr: hasLoan ? irr(compiled.work.equity).irr : null,
      minDscr: orNull(r.minDscr),
    };
  };

  return { hasLoan, run, figures };
}
