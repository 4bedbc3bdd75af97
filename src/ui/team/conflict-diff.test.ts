import { describe, expect, it } from 'vitest';
import type { ScenarioDoc } from '../../persistence/docs';
import { sample } from '../../persistence/test-support/storage';
import { generalDifferences } from './conflict-diff';

const doc = (over: Partial<ScenarioDoc> = {}): ScenarioDoc => {
  const scenario = sample();
  return {
    _id: 'scn_x',
    _rev: `1-${'a'.repeat(32)}`,
    type: 'scenario',
    name: scenario.name,
    scenario,
    updatedAt: '2026-01-01T00:00:00.000Z',
    deviceId: 'dev_x',
    updatedBy: 'ana',
    ...over,
  };
};

describe('what differs between two versions in conflict, beyond the inputs', () => {
  it('names the name when only the name differs', () => {
    const mine = doc();
    const theirs = doc({ name: 'Beto', scenario: { ...mine.scenario, name: 'Beto' }, updatedBy: 'beto' });
    expect(generalDifferences(mine, theirs)).toEqual(['name']);
  });

  it('names notes, the names of resources and measures, the application and a draft', () => {
    const mine = doc();
    const s = structuredClone(mine.scenario);
    s.notes = 'Checked by the plant';
    const first = s.measures[0];
    if (first) first.name = 'Another boiler';
    s.application = { ...s.application, applicant: 'Someone else' } as typeof s.application;
    const draft = { file: { name: mine.name }, typed: [] };
    expect(generalDifferences(mine, doc({ scenario: s, draft }))).toEqual([
      'notes',
      'rowNames',
      'application',
      'draft',
    ]);
  });

  it('finds nothing when only who saved it and when differ', () => {
    expect(generalDifferences(doc(), doc({ updatedBy: 'beto', updatedAt: '2026-02-01T00:00:00.000Z' }))).toEqual([]);
  });
});
