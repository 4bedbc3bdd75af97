/**
 * The tornado of equity NPV, beside spec section 4's tornado of project NPV: the same inputs, each
 * multiplied by 1 - δ and 1 + δ, plus the loan's interest rate, which moves the owner's money but
 * not the project's. An app figure; the results file keeps the spec's project tornado only.
 */
import { compileScenario } from './compiled';
import { runCompiled } from './compiled-run';
import type { ResolvedScenario } from './resolved-scenario';
import { scaleTornadoInput, tornadoInputs } from './sensitivity';

export interface EquityTornadoRow {
  input: string;
  equityNpvLow: number;
  equityNpvHigh: number;
}

/** The equity tornado's inputs in listing order: the spec's, then `financing.loan.annualRate`. */
export function equityTornadoInputs(s: ResolvedScenario): string[] {
  return [...tornadoInputs(s), 'financing.loan.annualRate'];
}

function scaled(s: ResolvedScenario, input: string, factor: number): ResolvedScenario {
  if (input !== 'financing.loan.annualRate') return scaleTornadoInput(s, input, factor);
  const fin = s.financing;
  return fin ? { ...s, financing: { ...fin, loan: { ...fin.loan, annualRate: fin.loan.annualRate * factor } } } : s;
}

/** Equity NPV of `s` (which has a loan: scaling keeps it) with `input` times `factor`. */
function equityNpvWith(s: ResolvedScenario, input: string, factor: number): number {
  return runCompiled(compileScenario(scaled(s, input, factor))).equityNpv;
}

/**
 * Equity NPV with each input at 1 - delta and 1 + delta, sorted by swing, largest first; equal
 * swings keep the listing order. Null without a loan.
 */
export function equityTornado(s: ResolvedScenario, delta = 0.2): EquityTornadoRow[] | null {
  if (!s.financing) return null;
  const rows = equityTornadoInputs(s).map((input) => ({
    input,
    equityNpvLow: equityNpvWith(s, input, 1 - delta),
    equityNpvHigh: equityNpvWith(s, input, 1 + delta),
  }));
  return rows.sort((a, b) => Math.abs(b.equityNpvHigh - b.equityNpvLow) - Math.abs(a.equityNpvHigh - a.equityNpvLow));
}
