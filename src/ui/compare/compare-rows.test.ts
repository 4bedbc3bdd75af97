import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Results } from '../../model/results';
import { inputRows } from './input-rows';
import { resultRows } from './result-rows';
import { at } from '../../model/checked';

const sample = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../public/examples/${name}.json`, import.meta.url), 'utf8')) as Record<
    string,
    unknown
  >;

describe('inputs side by side', () => {
  it('matches measures by id, not position, and marks what differs', () => {
    const a = sample('bolivia-poultry-slaughterhouse');
    const measures = a.measures as Record<string, unknown>[];
    const b = { ...a, discountRate: 0.15, measures: [{ ...measures[0], id: 'new_one' }, ...measures] };
    const rows = inputRows([a, b], 'en', 'en-US');
    const differing = rows.filter((r) => r.differs).map((r) => [r.label, ...r.values]);
    expect(differing).toContainEqual(['Discount rate', '12%', '15%']);
    expect(
      differing.some(([label]) => label?.includes('Investment') && label.includes(String(at(measures, 0).name))),
    ).toBe(true);
    expect(rows.find((r) => r.key === `measures.${String(at(measures, 1).id)}.capex`)?.differs).toBe(false);
  });

  it("names a CP technique in the user's language", () => {
    const rows = inputRows([sample('bolivia-poultry-slaughterhouse')], 'es', 'es-BO');
    expect(rows.find((r) => r.key.endsWith('.category'))?.values[0]).toBe('Buenas prácticas operativas');
  });
});

describe('results side by side', () => {
  const results = (npv: number, capex: number) =>
    ({
      project: {
        npv,
        irr: 0.2,
        simplePaybackYears: 3,
        discountedPaybackYears: 4,
        profitabilityIndex: 1.5,
        totalCapex: capex,
        firstYearBenefit: 10,
        lifetimeCo2eTonnes: 5,
      },
      financing: null,
    }) as unknown as Results;

  it('gives each figure its difference from the first, absolute and relative', () => {
    const rows = resultRows([results(1000, 500), results(1500, 500)], 'USD', 'en-US', 'en');
    const npv = rows.find((r) => r.key === 'npv');
    expect(npv?.cells[0]).toEqual({ value: '$1,000.00' });
    expect(npv?.cells[1]).toEqual({ value: '$1,500.00', diff: { abs: '+$500.00', pct: '+50%', sign: 1 } });
    expect(rows.find((r) => r.key === 'capex')?.cells[1]?.diff).toEqual({ abs: '$0.00', pct: '0%', sign: 0 });
    expect(rows.some((r) => r.key === 'equityNpv')).toBe(false); // no loan in either
  });

  it('gives the difference of two IRRs in percentage points', () => {
    const a = results(1000, 500);
    const b = { ...results(1000, 500), project: { ...results(1000, 500).project, irr: 0.2 - 0.34 } } as Results;
    expect(resultRows([a, b], 'USD', 'en-US', 'en').find((r) => r.key === 'irr')?.cells[1]?.diff?.abs).toBe(
      '-34\u00a0pp',
    );
    expect(resultRows([a, b], 'COP', 'es-CO', 'es').find((r) => r.key === 'irr')?.cells[1]?.diff?.abs).toBe(
      '-34\u00a0p. p.',
    );
    expect(resultRows([b, a], 'BRL', 'pt-BR', 'pt').find((r) => r.key === 'irr')?.cells[1]?.diff?.abs).toBe(
      '+34\u00a0p.p.',
    );
  });
});

describe('inputs in the user language (the history diff, issue 16)', () => {
  it('names resources, measures and uncertain inputs by their names, and choices in words', () => {
    const file = sample('central-america-dairy-energy-risk');
    const rows = inputRows([file], 'es', 'es-CO');
    const labels = rows.map((r) => r.label);
    // Savings by the resource's name, never its id.
    expect(labels).toContain('Medidas › Leak repair and CIP schedule › Ahorro anual: Grid electricity');
    expect(labels.some((l) => / › [a-z_]+$/.test(l) || l.includes('.price'))).toBe(false);
    const mc = rows.filter((r) => r.key.startsWith('uncertainty.'));
    expect(mc.length).toBe(4);
    for (const r of mc) {
      expect(r.label).not.toMatch(/resources\.|measures\./);
      expect(r.values[0]).not.toMatch(/[{"]|triangular|type/);
    }
    const green = inputRows([sample('colombia-green-credit-rebate')], 'pt', 'pt-BR');
    expect(green.find((r) => r.key === 'financing.loan.amortization')?.values[0]).not.toBe('annuity');
    expect(green.find((r) => r.key === 'financing.rebate.applyAs')?.values[0]).not.toBe('prepayment');
  });
});
