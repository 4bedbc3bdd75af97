import { describe, expect, it } from 'vitest';
import { assumptionRows } from './memo-assumptions';

describe('the memo’s assumptions', () => {
  const file = {
    name: 'x',
    notes: 'Rates from the bank’s 2026 price list',
    horizonYears: 10,
    discountRate: '=base+0.02',
    resources: [
      {
        id: 'el',
        name: 'Grid electricity',
        unit: 'kWh',
        price: 0.12,
        escalation: 0.03,
        notes: 'Tariff of EPM, March 2026',
      },
      { id: 'w', name: 'Water', unit: 'm3', price: 1.1 },
    ],
    financing: {
      loan: {
        principal: 1,
        annualRate: 0.268241794562545,
        tenorYears: 5,
        notes: 'Quoted 24 % N.A.M.V. = 26.8242 % E.A.',
      },
    },
    credit: { savingsHaircut: 0.2 },
  };
  it('lists each figure with its source from the notes, formulas by their value, defaults where absent', () => {
    expect(assumptionRows(file, { discountRate: 0.14 })).toEqual([
      { key: 'horizon', value: 10, kind: 'years', source: 'Rates from the bank’s 2026 price list' },
      { key: 'discountRate', value: 0.14, kind: 'percent', source: 'Rates from the bank’s 2026 price list' },
      { key: 'energyPriceFactor', value: 1, kind: 'factor', source: 'Rates from the bank’s 2026 price list' },
      {
        key: 'price',
        resource: { name: 'Grid electricity', unit: 'kWh' },
        value: 0.12,
        kind: 'money',
        source: 'Tariff of EPM, March 2026',
      },
      {
        key: 'escalation',
        resource: { name: 'Grid electricity', unit: 'kWh' },
        value: 0.03,
        kind: 'percent',
        source: 'Tariff of EPM, March 2026',
      },
      { key: 'price', resource: { name: 'Water', unit: 'm3' }, value: 1.1, kind: 'money', source: null },
      { key: 'escalation', resource: { name: 'Water', unit: 'm3' }, value: 0, kind: 'percent', source: null },
      { key: 'loanRate', value: 0.268241794562545, kind: 'percent', source: 'Quoted 24 % N.A.M.V. = 26.8242 % E.A.' },
      { key: 'haircut', value: 0.2, kind: 'percent', source: 'Rates from the bank’s 2026 price list' },
    ]);
  });
  it('has no loan row without a loan, and no source where the notes are blank', () => {
    const rows = assumptionRows({ horizonYears: 5, discountRate: 0.1, notes: '  ', resources: [] }, {});
    expect(rows.map((r) => r.key)).toEqual(['horizon', 'discountRate', 'energyPriceFactor', 'haircut']);
    expect(rows.every((r) => r.source === null)).toBe(true);
  });
});
