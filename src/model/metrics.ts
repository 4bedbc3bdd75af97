/**
 * Investment metrics of spec section 2 on a yearly flow series x(0..H), every flow at the end
 * of its year, year 0 today. Rates are fractions.
 */
import { at } from './checked';

/** A flow series indexed by year t = 0..H (an array or a Float64Array). */
export type Flows = ArrayLike<number> & Iterable<number>;

/** Σ x(t) / (1+rate)^t, year 0 undiscounted. Requires rate > -1. */
export function npv(rate: number, flows: Flows): number {
  // Horner in v = 1/(1+rate): one division, no powers, accurate for the 50-year horizons we allow.
  const v = 1 / (1 + rate);
  let acc = 0;
  for (let t = flows.length - 1; t >= 0; t--) acc = acc * v + at(flows, t);
  return acc;
}

/** The series x(t) / (1+rate)^t. */
export function discountFlows(rate: number, flows: Flows): number[] {
  return Array.from(flows, (x, t) => x / Math.pow(1 + rate, t));
}

/**
 * A cumulative flow counts as negative only below -NOISE × max|x(t)| of the undiscounted series:
 * a running sum that is zero in exact arithmetic (a loan repaid to the cent) can land a few ulps
 * below zero, and the spec's rule reads C(m) < 0 on the exact values. The workbook's "Rounding
 * tolerance" cell is the same 1e-9 × largest flow, so both read such a sum alike.
 */
export const PAYBACK_NOISE = 1e-9;

function largest(flows: Flows): number {
  let m = 0;
  for (const x of flows) m = Math.max(m, Math.abs(x));
  return m;
}

function payback(flows: Flows, tolerance: number): number | null {
  let cumulative = 0;
  let lastNegative = -1;
  let cumulativeAtLast = 0;
  let t = 0;
  for (const x of flows) {
    cumulative += x;
    if (cumulative < -tolerance) {
      lastNegative = t;
      cumulativeAtLast = cumulative;
    }
    t++;
  }
  if (lastNegative < 0) return 0;
  if (lastNegative === flows.length - 1) return null;
  // C(m+1) >= -tolerance > C(m), so x(m+1) > 0.
  return lastNegative + -cumulativeAtLast / at(flows, lastNegative + 1);
}

/**
 * Payback in years from today by the spec's rule: m = last year with cumulative C(m) < 0;
 * none -> 0; m = H (the last year) -> null; else m + (-C(m)) / x(m+1).
 */
export function simplePayback(flows: Flows): number | null {
  return payback(flows, PAYBACK_NOISE * largest(flows));
}

/** Simple payback (spec rule) on the discounted series x(t)/(1+rate)^t; null when not within H. */
export function discountedPayback(flows: Flows, rate: number): number | null {
  return payback(discountFlows(rate, flows), PAYBACK_NOISE * largest(flows));
}

/** 1 + NPV / PV(capex); null when PV(capex) = 0. */
export function profitabilityIndex(npvValue: number, pvCapex: number): number | null {
  return pvCapex === 0 ? null : 1 + npvValue / pvCapex;
}

/** -NPV(cf) / PV(co2e), currency per tonne; null when the discounted abatement is <= 0. */
export function marginalAbatementCost(npvValue: number, pvCo2e: number): number | null {
  return pvCo2e > 0 ? -npvValue / pvCo2e : null;
}

export interface IrrResult {
  /** Lowest root in (-0.99, 1000], or null when the flows never change sign or have no root there. */
  irr: number | null;
  /** True when more than one root was found in the range. */
  multipleRoots: boolean;
}

/** Spec's IRR range: (IRR_MIN, IRR_MAX]. */
export const IRR_MIN = -0.99;
export const IRR_MAX = 1000;

let scanGrid: Float64Array | null = null;

/** Rates probed, ascending, to bracket the single root of flows with one sign change. */
const PROBES = [-0.9, -0.5, -0.2, 0, 0.05, 0.1, 0.2, 0.35, 0.6, 1, 2, 5, 20, 100, IRR_MAX];

/**
 * Rates to scan for sign changes, ascending: uniform in ln(1+i), which is log-spaced near -0.99
 * and up to 1000; steps of 0.001 for i in [-0.78, 3.5] (where real projects live, so close pairs
 * of roots are still told apart), 0.01 outside. About 3,900 points.
 */
function grid(): Float64Array {
  if (scanGrid) return scanGrid;
  const uMin = Math.log(1 + IRR_MIN);
  const uMax = Math.log(1 + IRR_MAX);
  const points: number[] = [];
  let u = uMin;
  let last = IRR_MIN;
  while (u < uMax) {
    const rate = Math.expm1(u);
    if (rate > IRR_MIN) points.push((last = rate));
    u += Math.abs(u) <= 1.5 ? 0.001 : 0.01;
    // Land exactly on 0 so that flows with a root at 0 % are seen at a grid point.
    if (u > 0 && last < 0) points.push((last = 0));
  }
  points.push(IRR_MAX);
  scanGrid = Float64Array.from(points);
  return scanGrid;
}

function signChanges(flows: Flows): number {
  let changes = 0;
  let previous = 0;
  for (const x of flows) {
    const sign = Math.sign(x);
    if (sign === 0) continue;
    if (previous !== 0 && sign !== previous) changes++;
    previous = sign;
  }
  return changes;
}

/**
 * Brent's zero-in on [a, b] with f(a), f(b) of opposite signs, to full double precision
 * (Brent 1973, "Algorithms for minimization without derivatives", ch. 4).
 */
export function brentRoot(f: (x: number) => number, a: number, b: number, fa = f(a), fb = f(b)): number {
  let c = a;
  let fc = fa;
  let d = b - a;
  let e = d;
  for (let iteration = 0; iteration < 300; iteration++) {
    if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tol = 2 * Number.EPSILON * Math.abs(b);
    const m = 0.5 * (c - b);
    if (Math.abs(m) <= tol || fb === 0) return b;
    if (Math.abs(e) < tol || Math.abs(fa) <= Math.abs(fb)) {
      d = m;
      e = m;
    } else {
      let s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * m * s;
        q = 1 - s;
      } else {
        const qa = fa / fc;
        const r = fb / fc;
        p = s * (2 * m * qa * (qa - r) - (b - a) * (r - 1));
        q = (qa - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      s = e;
      e = d;
      if (2 * p < 3 * m * q - Math.abs(tol * q) && p < Math.abs(0.5 * s * q)) {
        d = p / q;
      } else {
        d = m;
        e = m;
      }
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol ? d : m > 0 ? tol : -tol;
    fb = f(b);
  }
  return b;
}

/**
 * IRR by the spec: the lowest rate i in (-0.99, 1000] with NPV_i(x) = 0; null when x never
 * changes sign or has no root there; multipleRoots when more than one root is found.
 */
export function irr(flows: Flows): IrrResult {
  const changes = signChanges(flows);
  if (changes === 0) return { irr: null, multipleRoots: false };
  const f = (rate: number): number => npv(rate, flows);
  if (changes === 1) {
    // Descartes' rule of signs in v = 1/(1+i): exactly one root with i > -1, so one bracket
    // over the whole range decides.
    // Probing a few rates first gives Brent a narrow bracket: a dozen NPVs rather than sixty
    // from the whole range, where NPV near -0.99 is astronomically large.
    let lo = IRR_MIN;
    let flo = f(lo);
    for (const hi of PROBES) {
      const fhi = f(hi);
      if (fhi === 0) return { irr: hi, multipleRoots: false };
      if (flo * fhi < 0) return { irr: brentRoot(f, lo, hi, flo, fhi), multipleRoots: false };
      lo = hi;
      flo = fhi;
    }
    return { irr: null, multipleRoots: false };
  }
  // Several sign changes: scan the grid; stop at the second root, only the lowest is reported.
  const rates = grid();
  let lowest: number | null = null;
  let prevRate = at(rates, 0);
  let prevValue = f(prevRate);
  let found = 0;
  if (prevValue === 0) {
    lowest = prevRate;
    found = 1;
  }
  for (let k = 1; k < rates.length && found < 2; k++) {
    const rate = at(rates, k);
    const value = f(rate);
    let root: number | null = null;
    if (value === 0) root = rate;
    else if (prevValue * value < 0) root = found === 0 ? brentRoot(f, prevRate, rate, prevValue, value) : rate;
    if (root !== null) {
      if (found === 0) lowest = root;
      found++;
    }
    prevRate = rate;
    prevValue = value;
  }
  return { irr: lowest, multipleRoots: found > 1 };
}
