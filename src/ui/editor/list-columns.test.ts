import { describe, expect, test } from 'vitest';
import type { Translate } from '../../i18n/translate';
import {
  measureColumns,
  resourceColumns,
  unitsFollowingKind,
  variableColumns,
  withUnit,
  type ListColumn,
} from './list-columns';

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

describe('each grid column is bound to its field and headed by its name', () => {
  // The catalogue key stands for the header's text; the savings header keeps its unit.
  const t = ((key: string) => key) as unknown as Translate;
  const power = [{ id: 'power', name: 'Grid', unit: 'kWh' }];
  const row = (c: ListColumn) => [c.key, c.label, c.kind, c.field.join('.'), c.width, c.frozen === true];

  test.each([
    [
      'variables',
      variableColumns(t),
      [
        ['name', 'field.name', 'text', 'name', '12rem', true],
        ['value', 'field.value', 'number', 'value', '14rem', false],
      ],
    ],
    [
      'resources',
      resourceColumns(t),
      [
        ['id', 'field.id', 'text', 'id', '8rem', false],
        ['name', 'field.name', 'text', 'name', '14rem', true],
        ['kind', 'field.kind', 'select', 'kind', '8rem', false],
        ['unit', 'field.unit', 'text', 'unit', '5rem', false],
        ['price', 'field.price', 'number', 'price', '8rem', false],
        ['escalation', 'field.escalation', 'percent', 'escalation', '7rem', false],
        ['emissionFactor', 'field.emissionFactor', 'number', 'emissionFactor', '7rem', false],
        ['baselineQuantity', 'field.baselineQuantity', 'number', 'baselineQuantity', '9rem', false],
        ['notes', 'field.notes', 'text', 'notes', '16rem', false],
      ],
    ],
    [
      'measures',
      measureColumns(t, power),
      [
        ['enabled', 'field.enabled', 'checkbox', 'enabled', '5rem', false],
        ['id', 'field.id', 'text', 'id', '8rem', false],
        ['name', 'field.name', 'text', 'name', '14rem', true],
        ['category', 'field.category', 'select', 'category', '12rem', false],
        ['capex', 'field.capex', 'number', 'capex', '8rem', false],
        ['startYear', 'field.startYear', 'number', 'startYear', '5rem', false],
        ['lifetimeYears', 'field.lifetimeYears', 'number', 'lifetimeYears', '5rem', false],
        ['savings.power', 'field.savings (kWh)', 'number', 'savings.power', '10rem', false],
        ['annualOpexChange', 'field.annualOpexChange', 'number', 'annualOpexChange', '8rem', false],
        ['otherAnnualBenefit', 'field.otherAnnualBenefit', 'number', 'otherAnnualBenefit', '8rem', false],
        ['notes', 'field.notes', 'text', 'notes', '16rem', false],
      ],
    ],
  ])('%s', (_, columns, expected) => {
    expect(columns.map(row)).toEqual(expected);
  });

  test('the select columns offer the kinds and the categories', () => {
    expect(resourceColumns(t)[2]?.options?.map((o) => o.value)).toEqual([
      'energy',
      'water',
      'material',
      'waste',
      'other',
    ]);
    expect(measureColumns(t, power)[3]?.options?.[0]).toEqual({
      value: 'good-housekeeping',
      label: 'cp.category.good-housekeeping',
    });
  });
});
