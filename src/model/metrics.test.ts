import { describe, expect, it } from 'vitest';
import { discountedPayback, irr, npv, profitabilityIndex, simplePayback } from './metrics';

const percent2 = (x: number | null): number | null => (x === null ? null : Math.round(x * 10000) / 100);

describe('npv discounts from year 1 and leaves year 0 as is', () => {
  it("matches Microsoft's NPV() example 1 when the spreadsheet's first value is moved to year 1", () => {
    // NPV(10%, -10000, 3000, 4200, 6800) = 1,188.44: a spreadsheet discounts its first value.
    expect(npv(0.1, [0, -10000, 3000, 4200, 6800])).toBeCloseTo(1188.44, 2);
  });
  it("matches Microsoft's NPV() example 2 (investment today, added outside NPV())", () => {
    expect(npv(0.08, [-40000, 8000, 9200, 10000, 12000, 14500])).toBeCloseTo(1922.06, 2);
    expect(npv(0.08, [-40000, 8000, 9200, 10000, 12000, 14500, -9000])).toBeCloseTo(-3749.47, 2);
  });
  it('is the plain sum at rate 0', () => {
    expect(npv(0, [-5, 2, 2, 2])).toBe(1);
  });
});

describe('irr finds the lowest root in (-0.99, 1000]', () => {
  it("matches Microsoft's IRR() examples", () => {
    expect(percent2(irr([-70000, 12000, 15000, 18000, 21000, 26000]).irr)).toBe(8.66);
    expect(percent2(irr([-70000, 12000, 15000, 18000, 21000]).irr)).toBe(-2.12);
    expect(percent2(irr([-70000, 12000, 15000]).irr)).toBe(-44.35);
  });
  it('solves to full precision where the root is exact', () => {
    // -100 + 110/(1+i) = 0 at i = 10 %.
    expect(irr([-100, 110]).irr).toBeCloseTo(0.1, 14);
    // A root at exactly 0 %.
    const atZero = irr([-100, 50, 50]).irr;
    expect(typeof atZero).toBe('number');
    expect(atZero).toBeCloseTo(0, 14);
    // Very high but inside the range: -1 + 500/(1+i) = 0 at i = 499.
    expect(irr([-1, 500]).irr).toBeCloseTo(499, 9);
  });
  it('reports the lowest of several roots and flags them', () => {
    // -100 + 230v - 132v^2 = 0 at i = 10 % and i = 20 %.
    const result = irr([-100, 230, -132]);
    expect(result.irr).toBeCloseTo(0.1, 12);
    expect(result.multipleRoots).toBe(true);
    // Same roots with the signs reversed.
    const reversed = irr([100, -230, 132]);
    expect(reversed.irr).toBeCloseTo(0.1, 12);
    expect(reversed.multipleRoots).toBe(true);
  });
  it('does not flag a single root among several sign changes', () => {
    // -100 + 50 - 10 + 200: three sign changes, one root.
    const result = irr([-100, 50, -10, 200]);
    expect(result.multipleRoots).toBe(false);
    expect(npv(result.irr ?? Number.NaN, [-100, 50, -10, 200])).toBeCloseTo(0, 9);
  });
  it('tells apart two roots 0.45 points apart (the fine scan where projects live)', () => {
    // (1+i)^2 - 2.2045 (1+i) + 1.21495 = 0 at 1+i = 1.1 and 1.1045: roots 10 % and 10.45 %.
    const close = irr([-1, 2.2045, -1.21495]);
    expect(typeof close.irr).toBe('number');
    expect(close.irr).toBeCloseTo(0.1, 9);
    expect(close.multipleRoots).toBe(true);
  });
  it('lands on a root of exactly 0 % among several sign changes', () => {
    // (1+i)^2 - 2.5 (1+i) + 1.5 = 0 at 1+i = 1 and 1.5; NPV at 0 is -1 + 2.5 - 1.5 = 0 exactly.
    const result = irr([-1, 2.5, -1.5]);
    expect(typeof result.irr).toBe('number');
    expect(result.irr === 0).toBe(true);
    expect(result.multipleRoots).toBe(true);
  });
  it('does not flag a single negative root among several sign changes', () => {
    // -100 + 10v - 10v^2 + 30v^3 rises in v (derivative 10 - 20v + 90v^2 > 0): one root, at
    // v between 1.5 and 1.6, so i between -0.375 and -0.33.
    const result = irr([-100, 10, -10, 30]);
    expect(typeof result.irr).toBe('number');
    expect(result.irr).toBeGreaterThan(-0.375);
    expect(result.irr).toBeLessThan(-0.33);
    expect(npv(result.irr ?? Number.NaN, [-100, 10, -10, 30])).toBeCloseTo(0, 9);
    expect(result.multipleRoots).toBe(false);
  });
  it('is null without a sign change or without a root in the range', () => {
    expect(irr([100, 20, 30])).toEqual({ irr: null, multipleRoots: false });
    expect(irr([-100, -20])).toEqual({ irr: null, multipleRoots: false });
    expect(irr([0, 0, 0])).toEqual({ irr: null, multipleRoots: false });
    // Root at i = 1999, above 1000.
    expect(irr([-1, 2000]).irr).toBeNull();
    // Root at i = -0.999, below -0.99.
    expect(irr([-1, 0.001]).irr).toBeNull();
    // -100 + 230v - 140v^2 has no real root.
    expect(irr([-100, 230, -140]).irr).toBeNull();
  });
});

describe('simple payback follows the last year the cumulative flow is negative', () => {
  it('interpolates inside the recovery year', () => {
    // Cumulative -1000, -700, -300, 200: recovered 300/500 into year 3.
    expect(simplePayback([-1000, 300, 400, 500])).toBe(2.6);
  });
  it('counts the waiting years of a late start from today', () => {
    expect(simplePayback([0, -100, 50, 100])).toBe(2.5);
  });
  it('counts from the final recovery when the cumulative dips again', () => {
    // Cumulative -100, 50, -50, 50.
    expect(simplePayback([-100, 150, -100, 100])).toBe(2.5);
  });
  it('reads a cumulative that is zero but for rounding as zero', () => {
    // 87.6 - 4 × 21.9 is -7.1e-15 in floating point: the loan is repaid exactly, never negative.
    expect(simplePayback([87.6, -21.9, -21.9, -21.9, -21.9, 0])).toBe(0);
    expect(simplePayback([-87.6, 21.9, 21.9, 21.9, 21.9, 0])).toBeCloseTo(4, 12);
  });
  it('reads a shortfall within 1e-9 × the largest flow as paid back, and one beyond it as not', () => {
    // Largest flow 100: tolerance 1e-7. A shortfall of 1e-8 is rounding, 1e-6 is not.
    const within = simplePayback([-100, 100 - 1e-8]);
    expect(typeof within).toBe('number');
    expect(within).toBeCloseTo(1, 9);
    expect(simplePayback([-100, 100 - 1e-6])).toBeNull();
    // The tolerance scales with the flows: largest 1e6, tolerance 1e-3.
    expect(simplePayback([-1e6, 1e6 - 1e-4])).toBeCloseTo(1, 9);
    expect(simplePayback([-1e6, 1e6 - 1e-2])).toBeNull();
    // Discounted: 110 - 1.1e-8 discounts to 100 - 1e-8; the tolerance is 1e-9 × 110 (undiscounted).
    const discounted = discountedPayback([-100, 110 - 1.1e-8], 0.1);
    expect(typeof discounted).toBe('number');
    expect(discounted).toBeCloseTo(1, 9);
    expect(discountedPayback([-100, 110 - 1.1e-6], 0.1)).toBeNull();
  });
  it('is 0 when never negative and null when not recovered within the horizon', () => {
    expect(simplePayback([0, 10, 10])).toBe(0);
    expect(simplePayback([-100, 10, 10])).toBeNull();
  });
  it('discounts first for the discounted payback', () => {
    // Discounted at 10 %: -1000, 545.45, 495.87; 1 + (5000/11) / (60000/121) = 1 + 11/12.
    expect(discountedPayback([-1000, 600, 600], 0.1)).toBeCloseTo(1 + 11 / 12, 12);
    expect(discountedPayback([-1000, 600, 500], 0.1)).toBeNull();
  });
});

describe('profitability index', () => {
  it('is 1 + NPV / PV(capex), null without capex', () => {
    expect(profitabilityIndex(50, 200)).toBe(1.25);
    expect(profitabilityIndex(50, 0)).toBeNull();
  });
});
