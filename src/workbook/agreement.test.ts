import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../model/kernel';
import { parseScenario } from '../model/parse';
import type { Scenario } from '../model/schema';
import { arbitraryScenario } from '../model/test-support/arbitrary';
import { differences } from '../model/test-support/compare';
import type { WorkbookFigures } from './scenario-workbook';
import { irrStarts, openWorkbook } from './evaluate';
import { resolveScenario } from './formula-resolver';
import { at } from '../model/checked';
import { mapResourceAndMeasureNumbers } from '../model/test-support/map-numbers';

/** Number of sign changes of a flow series, zeros skipped. */
function signChanges(xs: number[]): number {
  let last = 0;
  let n = 0;
  for (const x of xs) {
    if (x === 0) continue;
    if (last !== 0 && Math.sign(x) !== last) n++;
    last = Math.sign(x);
  }
  return n;
}

/** The same scenario with its numbers scaled by `factors` (percent), so the workbook keeps its shape. */
function perturb(s: Scenario, factors: number[]): Scenario {
  let k = 0;
  const f = () => at(factors, k++ % factors.length) / 100;
  const scale = <T extends number | string | undefined>(v: T): T => (typeof v === 'number' ? ((v * f()) as T) : v);
  const frac = <T extends number | string | undefined>(v: T): T =>
    typeof v === 'number' ? (Math.min(1, v * f()) as T) : v;
  const copy = structuredClone(s);
  copy.discountRate = scale(copy.discountRate);
  copy.taxRate = frac(copy.taxRate);
  mapResourceAndMeasureNumbers(copy, scale);
  for (const m of copy.measures) if (f() > 1.4) m.enabled = m.enabled === false;
  const loan = copy.financing?.loan;
  if (loan) Object.assign(loan, { principal: scale(loan.principal), annualRate: scale(loan.annualRate) });
  const g = copy.financing?.guarantee;
  if (g) g.coverage = frac(g.coverage);
  for (const t of copy.financing?.rebate?.tiers ?? []) t.minReduction = Math.min(1, t.minReduction * f());
  if (copy.credit)
    Object.assign(copy.credit, {
      baselineCashFlow: scale(copy.credit.baselineCashFlow),
      minDscr: scale(copy.credit.minDscr),
    });
  return copy;
}

/** Drops IRRs whose flows do not change sign exactly once (the spec's comparable case). */
function comparable(fig: WorkbookFigures): unknown {
  const project =
    signChanges(fig.years.map((y) => y.projectCashFlow)) === 1 ? fig.project : { ...fig.project, irr: null };
  const financing =
    fig.financing &&
    (signChanges(fig.years.map((y) => y.equityCashFlow)) === 1 ? fig.financing : { ...fig.financing, equityIrr: null });
  return { ...fig, project, financing };
}

describe('workbook and kernel on generated scenarios', () => {
  it('agree on every figure of 1,000 scenarios, the workbook updated cell by cell between variants', () => {
    let compared = 0;
    fc.assert(
      fc.property(
        arbitraryScenario,
        fc.array(fc.integer({ min: 50, max: 150 }), { minLength: 97, maxLength: 97 }),
        (file, factors) => {
          const base = parseScenario(file);
          if (!base.ok) throw new Error(`generator made an invalid file: ${JSON.stringify(base.issues)}`);
          const opened = openWorkbook(base.value);
          if (!opened.ok) throw new Error(JSON.stringify(opened.issues));
          const wb = opened.workbook;
          try {
            for (let v = 0; v < 10; v++) {
              const variant = v === 0 ? base.value : perturb(base.value, factors.slice(v));
              const resolved = resolveScenario(variant);
              if (!resolved.ok) continue; // a perturbation may leave a range (e.g. rebate needs a baseline): skip it
              const kernel = evaluate(resolved.resolved);
              const updated = wb.update(variant);
              if (!updated.ok) throw new Error(JSON.stringify(updated.issues));
              expect(updated.rebuilt).toBe(false);
              wb.setIrrStarts(irrStarts(kernel));
              const figures = wb.figures(
                variant.measures.map((m) => m.id),
                variant.horizonYears,
              );
              // Measure IRRs: compared where the kernel found one (the workbook starts from it).
              expect(differences(comparable(figures), comparable(kernel))).toEqual([]);
              compared++;
            }
          } finally {
            wb.destroy();
          }
        },
      ),
      { numRuns: 100, seed: 20261122 },
    );
    expect(compared).toBeGreaterThanOrEqual(1000 * 0.95);
  }, 600_000);
});
