/**
 * A generated library for the portfolio benchmarks (issue 12): `n` scenarios of 10 measures ×
 * 15 years, a third with a loan (half of those guaranteed, some with a rebate), one in eight
 * with verification records, and formulas in one in ten (plain numbers in the rest). Seeded, so
 * every run measures the same library.
 */
import type { Scenario } from '../src/model/schema';
import { STAGES } from '../src/model/schema';
import { at } from '../src/model/checked';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const CURRENCIES = ['COP', 'USD', 'PEN'];
const OFFICERS = ['M. Rojas', 'A. Quispe', 'L. Gómez', 'R. Silva'];

export function generatedScenario(i: number): Scenario {
  const r = rng(i + 1);
  const formulas = i % 10 === 9;
  const scale = at([1000, 1, 3.5], i % 3, 'scale');
  const resources: Scenario['resources'] = [
    {
      id: 'electricity',
      name: 'Electricity',
      kind: 'energy',
      unit: 'kWh',
      price: 0.15 * scale,
      escalation: 0.03,
      emissionFactor: 0.00016,
      baselineQuantity: 900000,
    },
    {
      id: 'gas',
      name: 'Natural gas',
      kind: 'energy',
      unit: 'm3',
      price: 0.4 * scale,
      emissionFactor: 0.0019,
      baselineQuantity: 200000,
    },
    { id: 'water', name: 'Water', kind: 'water', unit: 'm3', price: 1.2 * scale, baselineQuantity: 60000 },
    { id: 'waste', name: 'Solid waste', kind: 'waste', unit: 't', price: 40 * scale, baselineQuantity: 300 },
  ];
  const measures: Scenario['measures'] = Array.from({ length: 10 }, (_, k) => ({
    id: `m${k}`,
    name: `Measure ${k + 1}`,
    category: 'equipment-modification' as const,
    capex: formulas && k === 0 ? '=base_capex*1.1' : Math.round((5000 + r() * 40000) * scale),
    startYear: k % 3,
    lifetimeYears: 8 + (k % 8),
    savings: {
      electricity: formulas && k === 1 ? '=kwh_saved' : Math.round(r() * 20000),
      gas: Math.round(r() * 5000),
      water: Math.round(r() * 1500),
      waste: Math.round(r() * 10),
    },
    annualOpexChange: Math.round(r() * 500 * scale),
    enabled: k !== 9 || i % 2 === 0,
  }));
  const capex = measures.reduce((s, m) => s + (typeof m.capex === 'number' ? m.capex : 0), 0);
  const s: Scenario = {
    format: 'cp-scenario',
    version: 1,
    name: `Plant ${String(i + 1).padStart(5, '0')}`,
    currency: at(CURRENCIES, i % CURRENCIES.length, 'currency'),
    horizonYears: 15,
    discountRate: 0.1 + r() * 0.05,
    taxRate: 0.3,
    resources,
    measures,
    application: {
      applicant: `Firm ${i + 1}`,
      reference: `GC-${i + 1}`,
      officer: OFFICERS[i % 4],
      ...(i % 5 === 0 ? {} : { stage: STAGES[i % STAGES.length] }),
    },
  };
  if (formulas)
    s.variables = [
      { name: 'base_capex', value: Math.round(20000 * scale) },
      { name: 'kwh_saved', value: '=12000+base_capex/1000' },
    ];
  if (i % 3 === 0) {
    s.financing = {
      loan: { principal: Math.round(capex * 0.7), annualRate: 0.12, tenorYears: 5, graceYears: 1 },
      ...(i % 2 === 0 ? { guarantee: { coverage: 0.5, annualFeeRate: 0.015 } } : {}),
      ...(i % 4 === 0
        ? {
            rebate: {
              year: 2,
              indicator: 'co2e',
              tiers: [
                { minReduction: 0.1, rate: 0.1 },
                { minReduction: 0.2, rate: 0.15 },
              ],
            },
          }
        : {}),
    };
    s.credit = {
      baselineCashFlow: Math.round(capex * 0.2),
      annualDefaultProbability: 0.02,
      lossGivenDefault: 0.45,
      minDscr: 1.2,
    };
  }
  if (i % 8 === 0) {
    const month = (k: number) => `2025-${String(k + 1).padStart(2, '0')}`;
    s.verification = {
      periodsPerYear: 12,
      baseline: Array.from({ length: 12 }, (_, k) => ({
        period: month(k),
        production: 400 + k,
        use: { electricity: 75000 + k * 100, gas: 16000 },
      })),
      reporting: Array.from({ length: 3 }, (_, k) => ({
        period: `2026-0${k + 1}`,
        production: 410 + k,
        use: { electricity: 68000, gas: 15000 },
      })),
    };
  }
  return s;
}

export function generatedLibrary(n: number): Scenario[] {
  return Array.from({ length: n }, (_, i) => generatedScenario(i));
}
