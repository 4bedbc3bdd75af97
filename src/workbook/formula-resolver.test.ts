/**
 * The resolver keeps one formula engine for every scenario (src/workbook/resolver.ts): nothing of
 * one scenario (its variables, its cells) may show in the next one's figures.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../model/parse';
import type { Scenario } from '../model/schema';
import { resolveScenario } from './formula-resolver';

function file(extra: Record<string, unknown>): Scenario {
  const parsed = parseScenario({
    format: 'cp-scenario',
    version: 1,
    name: 'Resolver',
    currency: 'USD',
    horizonYears: 5,
    discountRate: 0.1,
    resources: [{ id: 'power', name: 'Power', kind: 'energy', unit: 'kWh', price: 0.2 }],
    measures: [
      { id: 'm1', name: 'M1', category: 'good-housekeeping', capex: 1000, lifetimeYears: 5, savings: { power: 500 } },
    ],
    ...extra,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

const withVariables = file({
  variables: [
    { name: 'base_rate', value: 0.08 },
    { name: 'spread', value: '=base_rate/4' },
    { name: 'unused', value: 7 },
  ],
  discountRate: '=base_rate+spread',
});

describe('one formula engine for every scenario', () => {
  it('gives a scenario its own variables only: a name defined by the one before is unknown in the next', () => {
    const first = resolveScenario(withVariables);
    if (!first.ok) throw new Error(JSON.stringify(first.issues));
    expect(first.resolved.discountRate).toBeCloseTo(0.1, 12);
    const next = resolveScenario(file({ discountRate: '=base_rate*2' }));
    expect(next.ok).toBe(false);
    if (next.ok) return;
    expect(next.issues.map((i) => i.message)).toEqual([
      'the formula =base_rate*2 gives #NAME? (name base_rate is not a variable)',
    ]);
  });

  it('gives the same numbers whatever was resolved before (fewer variables, other values, a failure)', () => {
    const alone = resolveScenario(withVariables);
    resolveScenario(file({ variables: [{ name: 'spread', value: 0.5 }], discountRate: '=spread' }));
    resolveScenario(file({ discountRate: '=1/0' }));
    const again = resolveScenario(withVariables);
    expect(again).toEqual(alone);
    const fewer = resolveScenario(file({ variables: [{ name: 'base_rate', value: 0.2 }], discountRate: '=base_rate' }));
    if (!fewer.ok) throw new Error(JSON.stringify(fewer.issues));
    expect(fewer.resolved.discountRate).toBe(0.2);
  });
});
