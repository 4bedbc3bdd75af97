/**
 * A large, deterministic scenario for benchmarks: `measures` measures over `years` years, eight
 * resources, a loan with grace, a guarantee and a CO2e rebate, and ten uncertain inputs. Every
 * number comes from a fixed arithmetic sequence, so every run measures the same work.
 */
import type { Scenario } from '../schema';
import { CATEGORIES } from '../schema';
import { at } from '../checked';
import { GREEN_LINE, PARTIAL_GUARANTEE } from '../credit-presets';

const KINDS = ['energy', 'energy', 'energy', 'water', 'material', 'material', 'waste', 'other'] as const;

export function largeScenario(opts: { measures?: number; years?: number; loan?: boolean } = {}): Scenario {
  const M = opts.measures ?? 50;
  const H = opts.years ?? 30;
  const resources = KINDS.map((kind, k) => ({
    id: `res_${k}`,
    name: `Resource ${k + 1}`,
    kind,
    unit: 'u',
    price: 0.1 + 0.37 * k,
    escalation: 0.005 * (k % 4),
    emissionFactor: kind === 'energy' ? 0.0003 * (k + 1) : 0,
    baselineQuantity: 100000 * (k + 1),
  }));
  const measures = Array.from({ length: M }, (_, i) => ({
    id: `m_${i}`,
    name: `Measure ${i + 1}`,
    category: at(CATEGORIES, i % CATEGORIES.length, 'category'),
    capex: 5000 + 1375 * ((i * 7) % 23),
    startYear: i % 3,
    lifetimeYears: 5 + (i % 17),
    savings: Object.fromEntries(
      resources
        .filter((_, k) => (i + k) % 3 === 0)
        .map((r, k) => [r.id, 400 + 90 * ((i + k) % 11) - (k === 2 ? 300 : 0)]),
    ),
    annualOpexChange: (i % 5) * 120 - 200,
    otherAnnualBenefit: (i % 4) * 250,
  }));
  const scenario: Scenario = {
    format: 'cp-scenario',
    version: 1,
    name: `Generated: ${M} measures over ${H} years`,
    currency: 'USD',
    horizonYears: H,
    discountRate: 0.11,
    taxRate: 0.25,
    resources,
    measures,
    credit: {
      baselineCashFlow: 150000,
      annualDefaultProbability: 0.03,
      lossGivenDefault: 0.45,
      minDscr: 1.25,
      maxLoan: 400000,
      maxGuaranteeCoverage: 0.5,
      savingsHaircut: 0.2,
    },
    uncertainty: [
      ...resources.slice(0, 3).map((r) => ({
        input: `resources.${r.id}.price`,
        distribution: { type: 'triangular' as const, min: 0.7, mode: 1, max: 1.4 },
      })),
      ...measures.slice(0, 5).map((m) => ({
        input: `measures.${m.id}.capex`,
        distribution: { type: 'pert' as const, min: 0.9, mode: 1, max: 1.3 },
      })),
      { input: 'discountRate', distribution: { type: 'normal' as const, mean: 1, sd: 0.1 } },
      { input: 'energyPriceFactor', distribution: { type: 'uniform' as const, min: 0.8, max: 1.2 } },
    ],
  };
  if (opts.loan !== false) {
    scenario.financing = {
      loan: {
        principal: 300000,
        annualRate: 0.12,
        tenorYears: Math.min(7, H),
        graceYears: 1,
        amortization: 'annuity',
        upfrontFeeRate: 0.01,
      },
      // The partial guarantee's terms, and the green line's rebate with tiers of its own.
      guarantee: { ...PARTIAL_GUARANTEE.guarantee },
      rebate: {
        ...GREEN_LINE.rebate,
        tiers: [
          { minReduction: 0.05, rate: 0.1 },
          { minReduction: 0.3, rate: 0.15 },
        ],
      },
    };
  }
  return scenario;
}
