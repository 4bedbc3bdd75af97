import { describe, expect, test } from 'vitest';
import { unitsFollowingKind, withUnit } from './list-columns';

const resources = [
  { id: 'power', kind: 'energy', unit: 'kWh' },
  { id: 'gas', kind: 'energy', unit: 'GJ' },
  { id: 'misc', kind: 'other', unit: '' },
];

describe('a resource unit follows its kind when it was the default', () => {
  test('the default unit changes with the kind', () => {
    expect(unitsFollowingKind(resources, [{ path: ['resources', 0, 'kind'], text: 'water' }])).toEqual([
      { path: ['resources', 0, 'unit'], text: 'm3' },
    ]);
  });

  test('a unit the user chose stays', () => {
    expect(unitsFollowingKind(resources, [{ path: ['resources', 1, 'kind'], text: 'material' }])).toEqual([]);
  });

  test('an empty unit takes the new default; "other" has none to give', () => {
    expect(unitsFollowingKind(resources, [{ path: ['resources', 2, 'kind'], text: 'waste' }])).toEqual([
      { path: ['resources', 2, 'unit'], text: 't' },
    ]);
    expect(unitsFollowingKind(resources, [{ path: ['resources', 0, 'kind'], text: 'other' }])).toEqual([]);
  });

  test('a unit typed in the same edit (a pasted row) wins; other fields are left alone', () => {
    const texts = [
      { path: ['resources', 0, 'kind'], text: 'water' },
      { path: ['resources', 0, 'unit'], text: 'L' },
      { path: ['resources', 1, 'price'], text: '3' },
    ];
    expect(unitsFollowingKind(resources, texts)).toEqual([]);
  });
});

describe('headers carry their unit', () => {
  test('with a unit, and without', () => {
    expect(withUnit('Saved per year: Grid electricity', 'kWh')).toBe('Saved per year: Grid electricity (kWh)');
    expect(withUnit('Saved per year: Other', ' ')).toBe('Saved per year: Other');
  });
});
