/**
 * A maximum loan set in another currency (spec sections 1 and 3): worked numbers through the
 * whole path (validation, resolution, kernel, workbook formulas). A COP scenario borrows
 * 1 700 000 000; the line's limit is US$ 400 000.
 *  - at 4 000 COP/USD the limit is 1 600 000 000 < 1 700 000 000: loan-above-max;
 *  - at 4 300 COP/USD it is 1 720 000 000 ≥ 1 700 000 000: eligible;
 *  - with the limit read as COP (no maxLoanCurrency) 400 000 < 1 700 000 000: loan-above-max.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../model/parse';
import { evaluate } from '../model/kernel';
import { resolvePlain } from '../model/resolve-numbers';
import { evaluateInput, evaluateValid } from './evaluate';
import { resolveScenario } from './formula-resolver';

function file(credit: Record<string, unknown>, principal: number | string = 1_700_000_000): Record<string, unknown> {
  return {
    format: 'cp-scenario',
    version: 1,
    name: 'FX limit',
    currency: 'COP',
    horizonYears: 5,
    discountRate: 0.12,
    variables: [{ name: 'trm', value: 4300 }],
    resources: [{ id: 'el', name: 'Electricity', kind: 'energy', unit: 'kWh', price: 800, emissionFactor: 0.000126 }],
    measures: [
      {
        id: 'm1',
        name: 'Motors',
        category: 'technology-change',
        capex: 2_000_000_000,
        lifetimeYears: 10,
        savings: { el: 1_500_000 },
      },
    ],
    financing: { loan: { principal, annualRate: 0.14, tenorYears: 5 } },
    credit,
  };
}

function issuesOf(json: Record<string, unknown>): string[] {
  const out = evaluateInput(json);
  if (!out.ok) throw new Error(out.issues.map((i) => i.message).join('; '));
  expect(out.results.financing).not.toBeNull();
  return out.results.financing!.eligibilityIssues;
}

function kernelIssues(json: Record<string, unknown>): string[] {
  const parsed = parseScenario(json);
  if (!parsed.ok) throw new Error('invalid');
  const r = resolvePlain(parsed.value);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
  return evaluate(r.resolved).financing!.eligibilityIssues;
}

describe('maximum loan in another currency', () => {
  it('compares the principal with maxLoan × exchangeRate (workbook and kernel agree)', () => {
    const at4000 = file({
      maxLoan: 400_000,
      maxLoanCurrency: 'USD',
      exchangeRate: 4000,
      exchangeRateDate: '2026-03-31',
    });
    const at4300 = file({ maxLoan: 400_000, maxLoanCurrency: 'USD', exchangeRate: 4300 });
    const inCop = file({ maxLoan: 400_000 });
    expect(issuesOf(at4000)).toEqual(['loan-above-max']);
    expect(kernelIssues(at4000)).toEqual(['loan-above-max']);
    expect(issuesOf(at4300)).toEqual([]);
    expect(kernelIssues(at4300)).toEqual([]);
    expect(issuesOf(inCop)).toEqual(['loan-above-max']);
    expect(kernelIssues(inCop)).toEqual(['loan-above-max']);
  });

  it('takes the limit at its face value when its currency is the scenario’s', () => {
    // 1 700 000 000 COP limit, rate ignored: a same-currency limit needs none.
    expect(issuesOf(file({ maxLoan: 1_700_000_000, maxLoanCurrency: 'COP' }))).toEqual([]);
    expect(issuesOf(file({ maxLoan: 1_699_999_999, maxLoanCurrency: 'COP', exchangeRate: 4000 }))).toEqual([
      'loan-above-max',
    ]);
  });

  it('is exactly at the limit: 425 000 × 4 000 = 1 700 000 000 is not above it', () => {
    expect(issuesOf(file({ maxLoan: 425_000, maxLoanCurrency: 'USD', exchangeRate: 4000 }))).toEqual([]);
    expect(issuesOf(file({ maxLoan: 425_000, maxLoanCurrency: 'USD', exchangeRate: 4000 }, 1_700_000_001))).toEqual([
      'loan-above-max',
    ]);
  });

  it('reads the rate from a formula', () => {
    const json = file({ maxLoan: 400_000, maxLoanCurrency: 'USD', exchangeRate: '=trm' });
    expect(issuesOf(json)).toEqual([]);
    const parsed = parseScenario(json);
    if (!parsed.ok) throw new Error('invalid');
    const r = resolveScenario(parsed.value);
    if (!r.ok) throw new Error('unresolved');
    expect(r.resolved.credit.exchangeRate).toBe(4300);
  });

  it('writes the rate into the workbook beside the limit', () => {
    const parsed = parseScenario(
      file({ maxLoan: 400_000, maxLoanCurrency: 'USD', exchangeRate: 4000, exchangeRateDate: '2026-03-31' }),
    );
    if (!parsed.ok) throw new Error('invalid');
    const out = evaluateValid(parsed.value);
    if (!out.ok) throw new Error('failed');
    try {
      const hf = out.workbook.hf;
      const cells = hf.getSheetValues(hf.getSheetId('Inputs')!);
      const row = cells.findIndex((r) => r[0] === 'Exchange rate of the maximum loan');
      expect(row).toBeGreaterThan(0);
      expect(cells[row]?.[1]).toBe(4000);
      expect(cells[row]?.[2]).toBe('COP per USD, 2026-03-31');
      expect(out.workbook.layout.financing?.eligibility['loan-above-max']).toBeDefined();
    } finally {
      out.workbook.destroy();
    }
  });

  it('requires the rate when the limit is in another currency, and a rate above 0', () => {
    const noRate = evaluateInput(file({ maxLoan: 400_000, maxLoanCurrency: 'USD' }));
    expect(noRate.ok).toBe(false);
    if (!noRate.ok)
      expect(noRate.issues.map((i) => [i.path.join('.'), i.code])).toEqual([['credit.exchangeRate', 'required']]);
    for (const rate of [0, -4000, '=trm-4300']) {
      const bad = evaluateInput(file({ maxLoan: 400_000, maxLoanCurrency: 'USD', exchangeRate: rate }));
      expect(bad.ok).toBe(false);
      if (!bad.ok)
        expect(bad.issues.map((i) => [i.path.join('.'), i.code, i.message])).toEqual([
          ['credit.exchangeRate', 'out-of-range', `must be above 0, got ${rate === -4000 ? -4000 : 0}`],
        ]);
    }
  });
});
