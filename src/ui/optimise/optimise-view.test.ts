import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runOptimiseJob, type OptimiseAnswer } from '../../workbook/optimise-job';
import {
  answerKey,
  applyParts,
  difference,
  enabledFigures,
  frontierPoints,
  lineEnd,
  rebateOnly,
  shownPackage,
  stepRegions,
} from './optimise-view';

const file: unknown = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../../../public/examples/colombia-dairy-verified-rebate.json', import.meta.url)),
    'utf8',
  ),
);

async function answer(): Promise<OptimiseAnswer> {
  const reply = await runOptimiseJob(file, { budget: 750_000_000, require: [], exclude: [], minReduction: null });
  if (!reply.ok) throw new Error('the sample must optimise');
  return reply.answer;
}

describe('the best-package view of the dairy sample at 750,000,000', () => {
  it('marks heat recovery as chosen only because of the rebate, in the best package only', async () => {
    const a = await answer();
    const best = shownPackage(a, null);
    expect(best?.figures.measures).toEqual(['heat_recovery', 'vsd']);
    if (!best) return;
    expect(rebateOnly(a, best)).toEqual(['heat_recovery']);
    const step = shownPackage(a, 8);
    expect(step?.budget).toBe(751_500_000);
    if (step) expect(rebateOnly(a, step)).toEqual([]);
  });

  it('compares with all measures: cheaper by the CIP reuse, worth its value less', async () => {
    const a = await answer();
    const d = difference(a.optimum.best ?? a.all, a.all);
    expect(d.added).toEqual([]);
    expect(d.removed).toEqual(['cip_reuse']);
    expect(d.capex).toBe(-95_000_000);
    expect(d.value).toBeCloseTo(1598652669.2036204 - 2021930082.9423804, 3);
  });

  it('marks the frontier step where the rebate tier is first reached', async () => {
    const points = frontierPoints(await answer());
    expect(points.map((p) => p.crossesTier)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      true,
      false,
    ]);
    expect(points[8]?.rebateRate).toBe(0.15);
  });

  it('applies a package by switching every measure on or off', () => {
    expect(applyParts(['heat_recovery', 'vsd', 'cip_reuse'], ['heat_recovery', 'vsd'])).toEqual([
      { path: ['measures', 0, 'enabled'], value: true },
      { path: ['measures', 1, 'enabled'], value: true },
      { path: ['measures', 2, 'enabled'], value: false },
    ]);
  });

  it('knows the figures of the package enabled now when the answer holds it, and ignores switches in its key', async () => {
    const a = await answer();
    expect(enabledFigures(a, ['heat_recovery', 'vsd'])?.value).toBeCloseTo(1598652669.2036204, 3);
    expect(enabledFigures(a, ['heat_recovery'])).toBeNull();
    const f = { measures: [{ id: 'a', enabled: true, capex: 1 }] };
    expect(answerKey(f)).toBe(answerKey({ measures: [{ id: 'a', enabled: false, capex: 1 }] }));
    expect(answerKey(f)).not.toBe(answerKey({ measures: [{ id: 'a', enabled: true, capex: 2 }] }));
  });
});

describe('where a click on the frontier chart lands', () => {
  const point = (step: number, budget: number) => ({
    step,
    budget,
    value: budget / 2,
    rebateRate: 0,
    crossesTier: false,
  });

  it('gives each step the run from its budget to the next step, the last half a step more', () => {
    // Steps 0 and 1 infeasible (left out of the points): the first region starts at step 2's budget.
    const points = [point(2, 300), point(3, 400), point(4, 500)];
    expect(stepRegions(points)).toEqual([
      { step: 2, x1: 300, x2: 400 },
      { step: 3, x1: 400, x2: 500 },
      { step: 4, x1: 500, x2: 550 },
    ]);
    expect(lineEnd(points)).toBe(550);
  });

  it('a frontier of one step still has a run to click', () => {
    expect(stepRegions([point(9, 1000)])).toEqual([{ step: 9, x1: 1000, x2: 1500 }]);
    expect(stepRegions([])).toEqual([]);
  });
});
