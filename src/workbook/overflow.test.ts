import { describe, expect, it } from 'vitest';
import { evaluateInput } from './evaluate';
import { ModelSession } from './session';

function file(patch: {
  discountRate?: number | string;
  price?: number | string;
  horizonYears?: number;
  tiers?: unknown;
}): Record<string, unknown> {
  return {
    format: 'cp-scenario',
    version: 1,
    name: 'x',
    currency: 'USD',
    horizonYears: patch.horizonYears ?? 10,
    discountRate: patch.discountRate ?? 0.1,
    resources: [
      {
        id: 'power',
        name: 'Power',
        kind: 'energy',
        unit: 'kWh',
        price: patch.price ?? 0.1,
        baselineQuantity: 1000,
        emissionFactor: 0.001,
      },
    ],
    measures: [
      { id: 'm1', name: 'M', category: 'good-housekeeping', capex: 100, lifetimeYears: 10, savings: { power: 500 } },
    ],
    ...(patch.tiers
      ? {
          financing: {
            loan: { principal: 50, annualRate: 0.1, tenorYears: 3 },
            rebate: { year: 1, indicator: 'power', tiers: patch.tiers },
          },
        }
      : {}),
  };
}

async function problems(input: Record<string, unknown>): Promise<[string, string][]> {
  const session = new ModelSession();
  try {
    const reply = await session.evaluate(input);
    if (reply.ok) throw new Error(`figures came back: npv ${reply.results.project.npv}`);
    return reply.issues.map((i) => [i.path.join('.'), i.code]);
  } finally {
    session.close();
  }
}

describe('figures that would not fit in a number', () => {
  it('a price of 1e308 is refused on the field, not turned into NaN', async () => {
    expect(await problems(file({ price: 1e308 }))).toEqual([['resources.0.price', 'out-of-range']]);
    expect(await problems(file({ price: '=1e307*10' }))).toEqual([['resources.0.price', 'out-of-range']]);
  });

  it('a rebate rate of 1e308 is refused on the tier', async () => {
    expect(await problems(file({ tiers: [{ minReduction: 0, rate: 1e308 }] }))).toEqual([
      ['financing.rebate.tiers.0.rate', 'out-of-range'],
    ]);
  });

  it('a discount rate a hair above -1 over 50 years overflows: the field is named', async () => {
    const hostile = file({ discountRate: -1 + 1e-12, horizonYears: 50 });
    expect(await problems(hostile)).toEqual([['discountRate', 'not-finite']]);
    const cli = evaluateInput(hostile);
    expect(cli.ok).toBe(false);
    if (!cli.ok) expect(cli.issues.map((i) => i.path.join('.'))).toEqual(['discountRate']);
  });

  it('large but sensible numbers still give finite figures', async () => {
    const session = new ModelSession();
    const reply = await session.evaluate(file({ price: 1e9 }));
    session.close();
    expect(reply.ok).toBe(true);
    if (reply.ok) expect(Number.isFinite(reply.results.project.npv)).toBe(true);
  });
});
