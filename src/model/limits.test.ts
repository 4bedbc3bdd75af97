import { describe, expect, it } from 'vitest';
import { parseScenario } from './parse';
import { LIMITS } from './schema';

function withCounts(n: { measures?: number; resources?: number; variables?: number; name?: string }): unknown {
  return {
    format: 'cp-scenario',
    version: 1,
    name: n.name ?? 'x',
    currency: 'USD',
    horizonYears: 5,
    discountRate: 0.1,
    variables: Array.from({ length: n.variables ?? 0 }, (_, i) => ({ name: `v_${i}`, value: i })),
    resources: Array.from({ length: n.resources ?? 0 }, (_, i) => ({
      id: `r${i}`,
      name: 'R',
      kind: 'water',
      unit: 'm3',
      price: 1,
    })),
    measures: Array.from({ length: n.measures ?? 1 }, (_, i) => ({
      id: `m${i}`,
      name: 'M',
      category: 'good-housekeeping',
      capex: 1,
      lifetimeYears: 3,
    })),
  };
}

const problems = (raw: unknown) => {
  const r = parseScenario(raw);
  return r.ok ? [] : r.issues.map((i) => [i.path.join('.'), i.code, i.params.max]);
};

describe('count limits', () => {
  it('leave room for a large assessment: 50 measures, 30 resources, 60 variables', () => {
    expect(problems(withCounts({ measures: 50, resources: 30, variables: 60 }))).toEqual([]);
    expect(
      problems(withCounts({ measures: LIMITS.measures, resources: LIMITS.resources, variables: LIMITS.variables })),
    ).toEqual([]);
  });

  it('refuse more measures, resources or variables than any plant has, naming the list and the limit', () => {
    expect(problems(withCounts({ measures: LIMITS.measures + 1 }))).toEqual([
      ['measures', 'too-many', LIMITS.measures],
    ]);
    expect(problems(withCounts({ resources: LIMITS.resources + 1 }))).toEqual([
      ['resources', 'too-many', LIMITS.resources],
    ]);
    expect(problems(withCounts({ variables: LIMITS.variables + 1 }))).toEqual([
      ['variables', 'too-many', LIMITS.variables],
    ]);
  });

  it('refuse a name longer than 200 characters', () => {
    expect(problems(withCounts({ name: 'x'.repeat(201) }))).toEqual([['name', 'text-too-long', 200]]);
    expect(problems(withCounts({ name: 'ñ'.repeat(200) }))).toEqual([]);
  });
});
