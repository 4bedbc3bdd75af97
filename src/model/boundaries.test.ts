/**
 * Every threshold of the model at its exact value (issue 19): round inputs land exactly on a
 * tier's minimum, a DSCR limit or an eligibility limit, so a `<=` turned into `<` (or back) must
 * change a figure here. Expected values are worked by hand from spec sections 2-4; each input
 * below is chosen so that the compared quantity is exact in binary floating point
 * (270 / 900 === 0.3, 125 / 100 === 1.25).
 */
import { describe, expect, it } from 'vitest';
import { compileScenario } from './compiled';
import { runCompiled } from './compiled-run';
import { eligibilityIssues, isDscrBreach, reachedTier, rebateRate } from './financing';
import { evaluate } from './kernel';
import { rebateStanding } from './lender-view';
import { discountedPayback, simplePayback } from './metrics';
import { monteCarloDetail } from './monte-carlo';
import type { RebateTier, ResolvedFinancing, ResolvedScenario } from './resolved-scenario';
import { breakEvenEnergyPriceFactor } from './sensitivity';
import { measure, resource, scenario } from './test-support/factories';

const tiers: RebateTier[] = [
  { minReduction: 0.1, rate: 0.05 },
  { minReduction: 0.3, rate: 0.2 },
];

/**
 * Water baseline 900 m3, one measure saving `saved` m3 (share saved / 900), capex 1000, H = 2,
 * no discounting or tax; a 1-year loan of `principal` at 0 % with a cash rebate in year 1 on
 * capex. Debt service in year 1 is the principal; CFADS is the benefit (saved × price 1).
 */
function tierScenario(
  saved: number,
  financing: Partial<ResolvedFinancing> = {},
  credit: Partial<ResolvedScenario['credit']> = {},
): ResolvedScenario {
  const base = scenario();
  return scenario({
    horizonYears: 2,
    discountRate: 0,
    resources: [resource({ id: 'water', kind: 'water', price: 1, baselineQuantity: 900 })],
    measures: [measure({ id: 'm', capex: 1000, lifetimeYears: 2, savings: { water: saved } })],
    financing: {
      loan: { principal: 100, annualRate: 0, tenorYears: 1, graceYears: 0, amortization: 'linear', upfrontFeeRate: 0 },
      guarantee: { coverage: 0.5, annualFeeRate: 0 },
      rebate: { year: 1, indicator: 'water', base: 'capex', applyAs: 'cash', tiers },
      ...financing,
    },
    credit: { ...base.credit, ...credit },
  });
}

describe('rebate tiers: a share exactly at a minimum reaches that tier', () => {
  it('270 of 900 is exactly 30 %: the 20 % tier, in the kernel and the compiled path', () => {
    expect(270 / 900).toBe(0.3);
    const e = evaluate(tierScenario(270));
    expect(e.project.reductionShares.water).toBe(0.3);
    // R = 0.2 × capex 1000, paid in year 1.
    expect(e.financing?.rebate).toBe(200);
    expect(e.years[1]?.rebate).toBe(200);
    // Equity NPV at r = 0: -1000 + 100 (loan) + 270 - 100 + 200 + 270 = -260.
    expect(e.financing?.equityNpv).toBe(-260);
    expect(runCompiled(compileScenario(tierScenario(270))).equityNpv).toBe(-260);
  });
  it('one unit less stays on the lower tier; 90 of 900 is exactly the lowest tier', () => {
    expect(evaluate(tierScenario(269)).financing?.rebate).toBe(50);
    expect(90 / 900).toBe(0.1);
    expect(evaluate(tierScenario(90)).financing?.rebate).toBe(50);
    expect(evaluate(tierScenario(89)).financing?.rebate).toBe(0);
    expect(runCompiled(compileScenario(tierScenario(89))).equityNpv).toBe(-1000 + 100 + 89 - 100 + 89);
  });
  it('reachedTier and rebateRate compare exactly, the first of equal minimums wins', () => {
    expect(reachedTier(tiers, 0.3)).toBe(tiers[1]);
    expect(rebateRate(tiers, 0.3)).toBe(0.2);
    expect(rebateRate(tiers, 0.1)).toBe(0.05);
    expect(rebateRate(tiers, 0.09999999999999999)).toBe(0);
    const twins: RebateTier[] = [
      { minReduction: 0.2, rate: 0.1 },
      { minReduction: 0.2, rate: 0.3 },
    ];
    expect(reachedTier(twins, 0.2)).toBe(twins[0]);
    expect(reachedTier(twins, 0.5)).toBe(twins[0]);
  });
  it("the lender's view at a tier's minimum: that tier reached, the next one above it", () => {
    const standing = rebateStanding(tiers, 0.1);
    expect(standing.reached).toBe(tiers[0]);
    expect(standing.next).toBe(tiers[1]);
    expect(standing.gap).toBeCloseTo(0.2, 15);
    const top = rebateStanding(tiers, 0.3);
    expect(top.reached).toBe(tiers[1]);
    expect(top.next).toBeNull();
    expect(top.gap).toBeNull();
    // A twin tier at the same minimum is not "above" the share, whatever it pays.
    const twins: RebateTier[] = [
      { minReduction: 0.2, rate: 0.1 },
      { minReduction: 0.2, rate: 0.3 },
    ];
    expect(rebateStanding(twins, 0.2).next).toBeNull();
  });
});

describe('DSCR exactly at the minimum is not a breach', () => {
  // DS(1) = 100 (principal, 0 % interest, no fee); CFADS(1) = 125 → DSCR exactly 1.25.
  it('1.25 against a minimum of 1.25 passes; 124 of 100 breaches', () => {
    const at = evaluate(tierScenario(125, {}, { minDscr: 1.25 }));
    expect(at.financing?.minDscr).toBe(1.25);
    expect(at.financing?.dscrBreach).toBe(false);
    expect(at.financing?.eligibilityIssues).toEqual([]);
    const below = evaluate(tierScenario(124, {}, { minDscr: 1.25 }));
    expect(below.financing?.dscrBreach).toBe(true);
    expect(below.financing?.eligibilityIssues).toEqual(['dscr-below-min']);
  });
  it('Monte Carlo counts a sample exactly at the minimum as no breach', () => {
    const s = {
      ...tierScenario(125, {}, { minDscr: 1.25 }),
      uncertainty: [{ input: 'discountRate', distribution: { type: 'uniform' as const, min: 1, max: 1 } }],
    };
    const d = monteCarloDetail(s, 5, 7);
    expect(Array.from(d.minDscr ?? [])).toEqual([1.25, 1.25, 1.25, 1.25, 1.25]);
    expect(d.probDscrBelowMin).toBe(0);
  });
  it('without a minimum DSCR nothing is a breach, not even a negative DSCR', () => {
    // Water costs 50 more a year (savings -50): CFADS(1) = -50 against DS(1) = 100, DSCR -0.5.
    const e = evaluate(tierScenario(-50));
    expect(e.financing?.minDscr).toBe(-0.5);
    expect(e.financing?.dscrBreach).toBe(false);
    expect(e.financing?.eligibilityIssues).toEqual([]);
    expect(isDscrBreach(-0.5, { ...scenario().credit, minDscr: null })).toBe(false);
    // With a minimum (even 0) the same DSCR is a breach.
    expect(evaluate(tierScenario(-50, {}, { minDscr: 0 })).financing?.dscrBreach).toBe(true);
  });
});

describe('the rebate rate as verified (spec section 6) replaces the tier reached', () => {
  // 270 of 900 reaches the 20 % tier (rebate 200 on capex 1000); a verified rate overrides it.
  it('pays the given rate on the same base, whatever the projected share reaches', () => {
    expect(evaluate(tierScenario(270)).financing?.rebate).toBe(200);
    expect(evaluate(tierScenario(270), { rebateRate: 0.05 }).financing?.rebate).toBe(50);
    expect(evaluate(tierScenario(89), { rebateRate: 0.2 }).financing?.rebate).toBe(200);
    // A verified share below every tier: no rebate, and equity without it (-1000 + 100 + 270 - 100 + 270).
    const none = evaluate(tierScenario(270), { rebateRate: 0 });
    expect(none.financing?.rebate).toBe(0);
    expect(none.financing?.equityNpv).toBe(-460);
  });
  it('is ignored without a rebate in the scenario', () => {
    expect(evaluate(tierScenario(270, { rebate: null }), { rebateRate: 0.2 }).financing?.rebate).toBe(0);
  });
});

describe('eligibility limits exactly at the limit pass', () => {
  const credit = (maxLoan: number | null, maxGuaranteeCoverage: number | null): ResolvedScenario['credit'] => ({
    ...scenario().credit,
    maxLoan,
    maxGuaranteeCoverage,
  });
  const fin = (principal: number, coverage: number): ResolvedFinancing => ({
    loan: { principal, annualRate: 0, tenorYears: 1, graceYears: 0, amortization: 'linear', upfrontFeeRate: 0 },
    guarantee: { coverage, annualFeeRate: 0 },
    rebate: null,
  });
  it('principal = max loan, coverage = max coverage, principal = capex: eligible', () => {
    expect(eligibilityIssues(fin(500, 0.5), credit(500, 0.5), false, 500)).toEqual([]);
  });
  it('one step over each limit fails that limit only', () => {
    expect(eligibilityIssues(fin(500.5, 0.5), credit(500.5 - 0.5, 0.5), false, 1000)).toEqual(['loan-above-max']);
    expect(eligibilityIssues(fin(500, 0.51), credit(500, 0.5), false, 500)).toEqual(['coverage-above-max']);
    expect(eligibilityIssues(fin(501, 0.5), credit(null, null), false, 500)).toEqual(['loan-above-capex']);
  });
  it('through the kernel: a loan equal to capex and to the maximum is eligible', () => {
    const s = tierScenario(
      125,
      {
        loan: {
          principal: 1000,
          annualRate: 0,
          tenorYears: 1,
          graceYears: 0,
          amortization: 'linear',
          upfrontFeeRate: 0,
        },
      },
      { maxLoan: 1000, maxGuaranteeCoverage: 0.5 },
    );
    expect(evaluate(s).financing?.eligibilityIssues).toEqual([]);
  });
});

describe('payback where the cumulative flow reaches exactly zero', () => {
  it('zero at the last year is paid back then, not "never"', () => {
    expect(simplePayback([-100, 100])).toBe(1);
    expect(simplePayback([-100, 40, 60])).toBe(2);
  });
  it('zero before the last year: payback is that year', () => {
    expect(simplePayback([-100, 100, 0])).toBe(1);
    expect(simplePayback([-100, 100, 50])).toBe(1);
    // Cumulative -100, -50, 0, 0: the last negative year is 1.
    expect(simplePayback([-100, 50, 50, 0])).toBe(2);
  });
  it('never negative is 0; still negative at H is null', () => {
    expect(simplePayback([0, 0, 0])).toBe(0);
    expect(simplePayback([0, 10])).toBe(0);
    expect(simplePayback([-100, 99])).toBeNull();
  });
  it('discounted: zero at the last year on the discounted series', () => {
    // -100 + 125 / 1.25 = 0 at r = 25 % (exact in binary).
    expect(discountedPayback([-100, 125], 0.25)).toBe(1);
    expect(discountedPayback([-100, 124], 0.25)).toBeNull();
  });
  it('through the kernel: measure and project payback at an exact crossing', () => {
    // capex 100, benefit 50 a year for 2 years, r = 0, no tax: cumulative -100, -50, 0.
    const s = scenario({
      horizonYears: 2,
      discountRate: 0,
      measures: [measure({ id: 'm', capex: 100, lifetimeYears: 2, otherAnnualBenefit: 50 })],
    });
    const e = evaluate(s);
    expect(e.project.simplePaybackYears).toBe(2);
    expect(e.project.discountedPaybackYears).toBe(2);
    expect(e.measures[0]?.simplePaybackYears).toBe(2);
    expect(e.project.npv).toBe(0);
    expect(e.project.profitabilityIndex).toBe(1);
  });
});

describe('break-even energy price factor', () => {
  // H = 1, r = 0, no tax: NPV(f) = -100 + 100 f, zero at exactly f = 1.
  const energy = (capex: number): ResolvedScenario =>
    scenario({
      horizonYears: 1,
      discountRate: 0,
      resources: [resource({ id: 'power', kind: 'energy', price: 1 })],
      measures: [measure({ id: 'm', capex, lifetimeYears: 1, savings: { power: 100 } })],
    });
  it("is exactly 1 when NPV is zero at today's prices", () => {
    expect(breakEvenEnergyPriceFactor(energy(100))).toBe(1);
    expect(breakEvenEnergyPriceFactor(energy(150))).toBe(1.5);
  });
  it('is 0 (not "none") when NPV is zero without energy savings value', () => {
    const f = breakEvenEnergyPriceFactor(energy(0));
    expect(typeof f).toBe('number');
    expect(f === 0).toBe(true);
  });
  it('is null when only a negative factor would break even', () => {
    // NPV(f) = 50 + 100 f: zero at f = -0.5.
    const s = {
      ...energy(0),
      measures: [measure({ id: 'm', capex: 0, lifetimeYears: 1, savings: { power: 100 }, otherAnnualBenefit: 50 })],
    };
    expect(breakEvenEnergyPriceFactor(s)).toBeNull();
  });
  // The tolerance (docs/model.md, "Our choice"): a slope of NPV in the factor at most 1e-12 × the
  // larger |NPV| of the two evaluations counts as no dependence. Here NPV(f) = -C + q f, so the
  // slope is q and the larger |NPV| is C (exact: C and C - q are doubles, q a multiple of C's ulp).
  // C = 1,099,609,375,000 makes 1e-12 × C exactly 1.099609375 = 4504 / 4096 in binary.
  const C = 1_099_609_375_000;
  const atTolerance = 4504 / 4096;
  const tiny = (q: number): ResolvedScenario => ({
    ...energy(C),
    measures: [measure({ id: 'm', capex: C, lifetimeYears: 1, savings: { power: q } })],
  });
  it('the inputs sit exactly on the tolerance (checked with plain arithmetic)', () => {
    expect(1e-12 * C).toBe(atTolerance);
    expect(-C + atTolerance - -C).toBe(atTolerance);
    // Measured against the smaller |NPV| (C - q) the same slope would be above the tolerance.
    expect(atTolerance > 1e-12 * (C - atTolerance)).toBe(true);
  });
  it('is null for a slope of exactly the tolerance (at most, not below)', () => {
    expect(breakEvenEnergyPriceFactor(tiny(atTolerance))).toBeNull();
    // Far below the tolerance: a real but negligible dependence, still none.
    expect(breakEvenEnergyPriceFactor(tiny(atTolerance / 1024))).toBeNull();
  });
  it('solves for a slope one step above the tolerance: factor C / q', () => {
    const q = atTolerance + 1 / 4096;
    const f = breakEvenEnergyPriceFactor(tiny(q));
    expect(typeof f).toBe('number');
    expect(f).toBe(C / q);
    // Ten times the tolerance, with capex 1e9: 1e-2 > 1e-12 × 1e9, factor 1e11.
    const small = {
      ...energy(1e9),
      measures: [measure({ id: 'm', capex: 1e9, lifetimeYears: 1, savings: { power: 1 / 64 } })],
    };
    const g = breakEvenEnergyPriceFactor(small);
    expect(typeof g).toBe('number');
    expect(g).toBe(1e9 * 64);
  });
  it('Monte Carlo counts an NPV of exactly 0 as not negative', () => {
    const s = {
      ...energy(100),
      uncertainty: [{ input: 'discountRate', distribution: { type: 'uniform' as const, min: 1, max: 1 } }],
    };
    const d = monteCarloDetail(s, 3, 1);
    expect(Array.from(d.projectNpv)).toEqual([0, 0, 0]);
    expect(d.results.probNegativeNpv).toBe(0);
  });
});
