import { describe, expect, it } from 'vitest';
import { nextOrder, rankRows, sortRows, type RankKey, type RankRow, type SortDirection } from './ranking';
import { scenarioFacts } from './scenario-facts';
import { sample } from '../test-support/samples';

const peru = sample('peru-textile-guaranteed-loan');
const colombia = sample('colombia-green-credit-rebate');
const ids = (rows: readonly RankRow[]) => rows.map((r) => r.id);

describe('rankRows', () => {
  it('names each measure from the scenario and keeps its figures', () => {
    const rows = rankRows(peru.expected.measures, scenarioFacts(peru.file).measures);
    expect(rows.map((r) => r.name)).toEqual([
      'High-efficiency boiler',
      'Dye-bath effluent heat recovery',
      'Automatic dosing and right-first-time dyeing',
    ]);
    expect(rows[0]).toMatchObject({ id: 'boiler', enabled: true, npv: 137247.41615285285, annualCo2eTonnes: 504.9 });
  });

  it('marks an excluded measure, and falls back to the id for a measure the draft no longer has', () => {
    const file = { ...peru.file, measures: [{ id: 'boiler', name: 'Boiler', enabled: false }] };
    const rows = rankRows(peru.expected.measures, scenarioFacts(file).measures);
    expect(rows.map((r) => [r.name, r.enabled])).toEqual([
      ['Boiler', false],
      ['effluent_heat', true],
      ['dye_control', true],
    ]);
  });
});

describe('sortRows', () => {
  const rows = rankRows(peru.expected.measures, scenarioFacts(peru.file).measures);

  // [the column and the order, key, direction, locale, ids in order]
  it.each<[string, RankKey, SortDirection, string, string[]]>([
    ['NPV, largest first by default', 'npv', 'descending', 'en-US', ['dye_control', 'effluent_heat', 'boiler']],
    ['payback, shortest first', 'simplePaybackYears', 'ascending', 'en-US', ['dye_control', 'effluent_heat', 'boiler']],
    ['payback, longest first', 'simplePaybackYears', 'descending', 'en-US', ['boiler', 'effluent_heat', 'dye_control']],
    ['cost per tonne, cheapest first', 'macPerTonne', 'ascending', 'en-US', ['dye_control', 'effluent_heat', 'boiler']],
    ['name with the locale’s collation', 'name', 'ascending', 'es-CO', ['dye_control', 'effluent_heat', 'boiler']],
  ])('sorts by %s', (_, key, direction, locale, expected) => {
    expect(ids(sortRows(rows, { key, direction }, locale))).toEqual(expected);
  });

  it('puts missing figures last in either direction', () => {
    // Colombia's fuel switch never pays back and has a negative IRR; the drives pay back in 1.89 years.
    const co = rankRows(colombia.expected.measures, scenarioFacts(colombia.file).measures);
    for (const direction of ['ascending', 'descending'] as const) {
      expect(ids(sortRows(co, { key: 'simplePaybackYears', direction }, 'es-CO'))).toEqual(['vsd', 'fuel_switch']);
    }
    expect(ids(sortRows(co, { key: 'irr', direction: 'ascending' }, 'es-CO'))).toEqual(['fuel_switch', 'vsd']);
  });

  it('does not change the rows it is given', () => {
    sortRows(rows, { key: 'npv', direction: 'ascending' }, 'en-US');
    expect(ids(rows)).toEqual(['boiler', 'effluent_heat', 'dye_control']);
  });
});

describe('nextOrder', () => {
  it('starts a new column best first and flips the same column', () => {
    expect(nextOrder({ key: 'npv', direction: 'descending' }, 'simplePaybackYears')).toEqual({
      key: 'simplePaybackYears',
      direction: 'ascending',
    });
    expect(nextOrder({ key: 'npv', direction: 'descending' }, 'irr')).toEqual({ key: 'irr', direction: 'descending' });
    expect(nextOrder({ key: 'npv', direction: 'descending' }, 'npv')).toEqual({ key: 'npv', direction: 'ascending' });
    expect(nextOrder({ key: 'npv', direction: 'ascending' }, 'npv')).toEqual({ key: 'npv', direction: 'descending' });
  });
});
