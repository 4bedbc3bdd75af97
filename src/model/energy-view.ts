/**
 * The energy-price what-if: the headline figures with the energy price factor set to a value,
 * without touching the scenario, and NPV against the factor around the break-even.
 */
import { evaluate } from './kernel';
import { createPointEvaluator } from './point-evaluator';
import type { ResolvedScenario } from './resolved-scenario';
import { breakEvenEnergyPriceFactor } from './sensitivity';

export interface EnergyFigures {
  /** The absolute energy price factor these figures are for. */
  factor: number;
  npv: number;
  irr: number | null;
  simplePaybackYears: number | null;
  discountedPaybackYears: number | null;
  /** Null without a loan. */
  equityNpv: number | null;
  minDscr: number | null;
  dscrBreach: boolean;
}

export interface EnergyCurvePoint {
  factor: number;
  npv: number;
  equityNpv: number | null;
  minDscr: number | null;
}

export interface EnergyCurve {
  /** The scenario's own factor. */
  current: number;
  breakEven: number | null;
  /** The factor range shown: 0 to `max`. */
  max: number;
  points: EnergyCurvePoint[];
}

/** Upper end of the factor range: beyond 2, the current factor and the break-even, in steps of 0.5, at most 20. */
export function energyRangeMax(current: number, breakEven: number | null): number {
  const reach = Math.max(2, 1.25 * current, breakEven === null ? 0 : 1.25 * breakEven);
  return Math.min(20, Math.ceil(reach * 2) / 2);
}

/** The figures an energy-price view shows, from the kernel's evaluation or a scenario's results. */
export function headlineFigures(r: {
  project: Pick<EnergyFigures, 'npv' | 'irr' | 'simplePaybackYears' | 'discountedPaybackYears'>;
  financing?: Pick<EnergyFigures, 'equityNpv' | 'minDscr' | 'dscrBreach'> | null;
}): Omit<EnergyFigures, 'factor'> {
  return {
    npv: r.project.npv,
    irr: r.project.irr,
    simplePaybackYears: r.project.simplePaybackYears,
    discountedPaybackYears: r.project.discountedPaybackYears,
    equityNpv: r.financing?.equityNpv ?? null,
    minDscr: r.financing?.minDscr ?? null,
    dscrBreach: r.financing?.dscrBreach ?? false,
  };
}

/** The headline figures with energyPriceFactor = `factor`, by the kernel (spec sections 2-3). */
export function energyWhatIf(s: ResolvedScenario, factor: number): EnergyFigures {
  const k = evaluate({ ...s, energyPriceFactor: factor });
  return { factor, ...headlineFigures(k) };
}

/** NPV, equity NPV and minimum DSCR at `steps` + 1 factors from 0 to the range's end. */
export function energyCurve(s: ResolvedScenario, steps = 80): EnergyCurve {
  const breakEven = breakEvenEnergyPriceFactor(s);
  const max = energyRangeMax(s.energyPriceFactor, breakEven);
  const evaluator = createPointEvaluator(s, ['energyPriceFactor']);
  const points = Array.from({ length: steps + 1 }, (_, i) => {
    const factor = (max * i) / steps;
    const r = evaluator.run([factor]);
    return {
      factor,
      npv: r.projectNpv,
      equityNpv: evaluator.hasLoan ? r.equityNpv : null,
      minDscr: Number.isFinite(r.minDscr) ? r.minDscr : null,
    };
  });
  return { current: s.energyPriceFactor, breakEven, max, points };
}
