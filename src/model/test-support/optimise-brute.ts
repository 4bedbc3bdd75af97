/**
 * Test support for the optimiser: generated scenarios that stress spec section 8 (measures that
 * lose money but carry a rebate tier, exact ties, zero-capex measures, shares landing exactly on
 * a threshold) and a brute force that tries every package, written from the spec alone.
 */
import fc from 'fast-check';
import { evaluate } from '../kernel';
import { reductionShares } from '../flows';
import type { ResolvedScenario } from '../resolved-scenario';
import type { OptimiseSettings } from '../optimise';
import { loanTerms, measure, rebateTerms, resource, scenario } from './factories';

export interface Case {
  s: ResolvedScenario;
  settings: OptimiseSettings;
}

/** Section 3's tier rule, restated here so the oracle does not share code with the optimiser. */
function tierRate(tiers: { minReduction: number; rate: number }[], share: number): number {
  let best: { minReduction: number; rate: number } | null = null;
  for (const t of tiers) if (t.minReduction <= share && (!best || t.minReduction > best.minReduction)) best = t;
  return best ? best.rate : 0;
}

export interface BruteAnswer {
  positions: number[];
  value: number;
}

/**
 * Every package, valued as section 8 says: NPV from the kernel's per-measure results, shares from
 * the kernel with exactly the package enabled; the maximum, then ties (within 1e-9 × max(1, |max|))
 * by capex, count, positions.
 */
export function bruteForce({ s, settings }: Case): BruteAnswer | null {
  const n = s.measures.length;
  const measureNpv = evaluate(s).measures.map((m) => m.npv);
  const ids = s.measures.map((m) => m.id);
  const req = new Set((settings.require ?? []).map((id) => ids.indexOf(id)));
  const exc = new Set((settings.exclude ?? []).map((id) => ids.indexOf(id)));
  const rebate = settings.ignoreRebate ? null : (s.financing?.rebate ?? null);
  const all: { positions: number[]; value: number; capex: number }[] = [];
  for (let mask = 0; mask < 1 << n; mask++) {
    const positions: number[] = [];
    for (let i = 0; i < n; i++) if (mask & (1 << i)) positions.push(i);
    if ([...req].some((i) => !positions.includes(i)) || positions.some((i) => exc.has(i))) continue;
    let capex = 0;
    let npvSum = 0;
    for (const i of positions) {
      capex += s.measures[i]?.capex ?? 0;
      npvSum += measureNpv[i] ?? 0;
    }
    if (capex > settings.budget) continue;
    const shares = reductionShares({
      ...s,
      measures: s.measures.map((m, i) => ({ ...m, enabled: positions.includes(i) })),
    });
    const min = settings.minReduction;
    if (min && !((shares[min.indicator] ?? -Infinity) >= min.share)) continue;
    let rebatePv = 0;
    if (rebate && s.financing && rebate.indicator in shares) {
      const base = rebate.base === 'principal' ? s.financing.loan.principal : capex;
      rebatePv = (tierRate(rebate.tiers, shares[rebate.indicator] ?? 0) * base) / (1 + s.discountRate) ** rebate.year;
    }
    all.push({ positions, value: npvSum + rebatePv, capex });
  }
  if (all.length === 0) return null;
  const top = Math.max(...all.map((p) => p.value));
  const tied = all.filter((p) => p.value >= top - 1e-9 * Math.max(1, Math.abs(top)));
  tied.sort((a, b) => a.capex - b.capex || a.positions.length - b.positions.length || lex(a.positions, b.positions));
  const win = tied[0];
  return win ? { positions: win.positions, value: win.value } : null;
}

function lex(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  return a.length - b.length;
}

const measureArb = (nRes: number) =>
  fc.record({
    capex: fc.integer({ min: 0, max: 20 }).map((k) => k * 1000),
    startYear: fc.integer({ min: 0, max: 2 }),
    lifetimeYears: fc.integer({ min: 1, max: 8 }),
    savings: fc.array(fc.integer({ min: -10, max: 40 }), { minLength: nRes, maxLength: nRes }),
    annualOpexChange: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3000 })),
    dup: fc.boolean(),
  });

/** Scenarios of up to `maxMeasures` measures with the run settings of section 8. */
export function arbitraryCase(maxMeasures: number, minMeasures = 0): fc.Arbitrary<Case> {
  return fc
    .record({
      nRes: fc.integer({ min: 1, max: 3 }),
      n: fc.integer({ min: minMeasures, max: maxMeasures }),
    })
    .chain(({ nRes, n }) =>
      fc.record({
        baselines: fc.array(fc.constantFrom(100, 200, 1000, null), { minLength: nRes, maxLength: nRes }),
        factors: fc.array(fc.constantFrom(0, 0.5, 1, 2), { minLength: nRes, maxLength: nRes }),
        prices: fc.array(fc.integer({ min: 1, max: 60 }), { minLength: nRes, maxLength: nRes }),
        measures: fc.array(measureArb(nRes), { minLength: n, maxLength: n }),
        rebate: fc.option(
          fc.record({
            indicatorPick: fc.nat(),
            base: fc.constantFrom('principal' as const, 'capex' as const),
            tiers: fc
              .uniqueArray(fc.constantFrom(0.05, 0.1, 0.2, 0.3, 0.5), { minLength: 1, maxLength: 3 })
              .chain((mins) =>
                fc
                  .tuple(...mins.map(() => fc.constantFrom(0.1, 0.2, 0.4, 0.8)))
                  .map((rates) => mins.map((m, i) => ({ minReduction: m, rate: rates[i] ?? 0 }))),
              ),
            principal: fc.integer({ min: 0, max: 50 }).map((k) => k * 1000),
          }),
          { nil: null },
        ),
        budgetFraction: fc.integer({ min: 0, max: 12 }),
        roles: fc.array(fc.constantFrom('free', 'free', 'free', 'require', 'exclude'), { minLength: n, maxLength: n }),
        minReduction: fc.option(fc.record({ pick: fc.nat(), share: fc.constantFrom(0.05, 0.1, 0.2, 0.3) }), {
          nil: null,
        }),
        ignoreRebate: fc.boolean(),
      }),
    )
    .map((g) => {
      const resources = g.baselines.map((b, k) =>
        resource({ id: `r${k}`, price: g.prices[k] ?? 1, emissionFactor: g.factors[k] ?? 0, baselineQuantity: b }),
      );
      const measures = g.measures.map((m, i) => {
        // A duplicate of the previous measure under another id: an exact tie the rules must break.
        const src = m.dup && i > 0 ? (g.measures[i - 1] ?? m) : m;
        return measure({
          id: `m${i}`,
          capex: src.capex,
          startYear: src.startYear,
          lifetimeYears: src.lifetimeYears,
          savings: Object.fromEntries(src.savings.map((q, k) => [`r${k}`, q])),
          annualOpexChange: src.annualOpexChange,
          enabled: i % 2 === 0,
        });
      });
      const base = scenario({ horizonYears: 8, discountRate: 0.1, taxRate: 0.25, resources, measures });
      const indicators = Object.keys(reductionShares(base));
      let financing: ResolvedScenario['financing'] = null;
      if (g.rebate && indicators.length > 0) {
        financing = {
          loan: loanTerms({ principal: g.rebate.principal, tenorYears: 3 }),
          guarantee: { coverage: 0, annualFeeRate: 0 },
          rebate: rebateTerms({
            indicator: indicators[g.rebate.indicatorPick % indicators.length] ?? 'co2e',
            base: g.rebate.base,
            applyAs: 'cash',
            tiers: g.rebate.tiers,
          }),
        };
      }
      const s: ResolvedScenario = { ...base, financing };
      const total = measures.reduce((a, m) => a + m.capex, 0);
      const settings: OptimiseSettings = {
        budget: Math.round((total * g.budgetFraction) / 10),
        require: measures.filter((_, i) => g.roles[i] === 'require').map((m) => m.id),
        exclude: measures.filter((_, i) => g.roles[i] === 'exclude').map((m) => m.id),
        minReduction:
          g.minReduction && indicators.length > 0
            ? { indicator: indicators[g.minReduction.pick % indicators.length] ?? 'co2e', share: g.minReduction.share }
            : null,
        ignoreRebate: g.ignoreRebate,
      };
      return { s, settings };
    });
}
