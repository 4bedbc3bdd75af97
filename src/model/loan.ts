/**
 * The loan schedule of spec section 3: paid out at t = 0, interest-only grace years, then
 * annuity or linear amortisation, an optional green-credit rebate applied as a prepayment.
 * Money is in the scenario's currency, rates are fractions, years are integers.
 */
import { at } from './checked';
import type { Amortization } from './resolved-scenario';

export interface LoanTerms {
  principal: number;
  annualRate: number;
  tenorYears: number;
  graceYears: number;
  amortization: Amortization;
  /** annualFeeRate × coverage: the guarantee fee per unit of O(t-1). */
  guaranteeFeeRate: number;
  /** Rebate amount R paid at `rebateYear` (0 when no tier is reached or no rebate). */
  rebate: number;
  rebateYear: number;
  /** True when the rebate goes to the lender as a prepayment; false for cash. */
  rebateAsPrepayment: boolean;
}

/** Per-year arrays, index t = 0..H; zero outside 1..T (outstanding(0) = P, 0 after T). */
export interface LoanSchedule {
  interest: Float64Array;
  principal: Float64Array;
  prepayment: Float64Array;
  outstanding: Float64Array;
  guaranteeFee: Float64Array;
  rebate: Float64Array;
}

/** Allocates a zeroed schedule for a horizon of H years (arrays of length H + 1). */
export function createLoanSchedule(horizonYears: number): LoanSchedule {
  const n = horizonYears + 1;
  return {
    interest: new Float64Array(n),
    principal: new Float64Array(n),
    prepayment: new Float64Array(n),
    outstanding: new Float64Array(n),
    guaranteeFee: new Float64Array(n),
    rebate: new Float64Array(n),
  };
}

/**
 * The level annuity payment repaying `amount` over `years` at `rate` (amount/years at rate 0).
 * Equals spreadsheet -PMT(rate, years, amount).
 */
export function annuityPayment(amount: number, rate: number, years: number): number {
  if (rate === 0) return amount / years;
  // 1 - (1+i)^-n through expm1/log1p keeps its precision for small rates.
  return (amount * rate) / -Math.expm1(-years * Math.log1p(rate));
}

/**
 * Fills `out` (from createLoanSchedule(H), H >= tenorYears) with the spec's schedule. After a
 * prepayment at year y the remaining instalments are recomputed on O(y) over T - y years, or,
 * when y is inside the grace years, amortisation after the grace works on the reduced O(g).
 */
export function fillLoanSchedule(terms: LoanTerms, out: LoanSchedule): LoanSchedule {
  const { principal: P, annualRate: i, tenorYears: T, graceYears: g, amortization } = terms;
  for (const array of Object.values(out) as Float64Array[]) array.fill(0);
  if (T > out.interest.length - 1) throw new RangeError(`tenorYears ${T} exceeds the horizon`);
  const annuity = amortization === 'annuity';
  // The current plan: the level payment (annuity) or the level principal (linear).
  const plan = (amount: number, years: number): number => (annuity ? annuityPayment(amount, i, years) : amount / years);
  let outstanding = P;
  let instalment = g === 0 ? plan(P, T) : 0;
  out.outstanding[0] = P;
  for (let t = 1; t <= T; t++) {
    const interest = i * outstanding;
    const principal = t <= g ? 0 : annuity ? instalment - interest : instalment;
    let prepayment = 0;
    if (t === terms.rebateYear && terms.rebate > 0) {
      out.rebate[t] = terms.rebate;
      if (terms.rebateAsPrepayment) {
        // What the debt cannot absorb reaches the borrower as cash (rebate - prepayment).
        prepayment = Math.max(0, Math.min(terms.rebate, outstanding - principal));
      }
    }
    out.interest[t] = interest;
    out.principal[t] = principal;
    out.prepayment[t] = prepayment;
    out.guaranteeFee[t] = terms.guaranteeFeeRate * outstanding;
    outstanding = outstanding - principal - prepayment;
    out.outstanding[t] = outstanding;
    if (t === g) instalment = plan(outstanding, T - g);
    else if (prepayment > 0 && t > g && t < T) instalment = plan(outstanding, T - t);
  }
  return out;
}

/** The schedule of spec section 3 over a horizon of H years (arrays t = 0..H). */
export function loanSchedule(terms: LoanTerms, horizonYears: number): LoanSchedule {
  return fillLoanSchedule(terms, createLoanSchedule(horizonYears));
}

/**
 * Expected loss, undiscounted: Σ_{t=1..T} p (1-p)^(t-1) × LGD × O(t-1), with p the annual
 * default probability.
 */
export function expectedLoss(
  outstanding: ArrayLike<number>,
  tenorYears: number,
  defaultProbability: number,
  lossGivenDefault: number,
): number {
  let survival = 1;
  let loss = 0;
  for (let t = 1; t <= tenorYears; t++) {
    loss += defaultProbability * survival * lossGivenDefault * at(outstanding, t - 1);
    survival *= 1 - defaultProbability;
  }
  return loss;
}
