import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { FileJson } from '../../state/draft';
import type { FinishedOptimum } from '../../state/optimise.svelte';
import { runOptimiseJob } from '../../workbook/optimise-job';
import { answerKey } from './optimise-view';
import { translator } from '../../i18n/translate';
import { viewFormat } from '../results/view-format';
import { packageFigures, packageReport, tierText } from './package-report';

const file = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../../../public/examples/colombia-dairy-verified-rebate.json', import.meta.url)),
    'utf8',
  ),
) as FileJson & { measures: { id: string; name: string }[] };
const expected = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../../../public/examples/colombia-dairy-verified-rebate.optimum.json', import.meta.url)),
    'utf8',
  ),
) as { budget: number; best: { measures: string[]; value: number; totalCapex: number } };
const nameOf = (id: string) => file.measures.find((m) => m.id === id)?.name;

async function finished(change: Partial<FinishedOptimum> = {}): Promise<FinishedOptimum> {
  const settings = { budget: expected.budget, require: [], exclude: [], minReduction: null };
  const reply = await runOptimiseJob(file, settings);
  if (!reply.ok) throw new Error('the sample must optimise');
  return { answer: reply.answer, settings, elapsedMs: 1, key: answerKey(file), step: null, inReports: true, ...change };
}

describe("the best package in the memo and the slides (the dairy sample's optimum file)", () => {
  it('names the measures, marks heat recovery as there only for the rebate, and gives the CO2e share', async () => {
    const report = packageReport(await finished(), file, new Map());
    expect(report?.shown.budget).toBe(expected.budget);
    expect(report?.shown.figures.value).toBeCloseTo(expected.best.value, 3);
    expect(report?.shown.figures.totalCapex).toBe(expected.best.totalCapex);
    expect(report?.measures).toEqual(
      expected.best.measures.map((id) => ({ id, name: nameOf(id), rebateOnly: id === 'heat_recovery' })),
    );
    expect(report?.rebate?.label).toBe('CO2e');
    const share = report?.rebate?.share;
    expect(typeof share).toBe('number');
    // Over the 30 % tier: the reason heat recovery is in.
    expect(share).toBeGreaterThanOrEqual(0.3);
    expect(report?.points.length).toBeGreaterThan(0);
    expect(report?.stale).toBe(false);
  });

  it('shows the frontier step chosen, without rebate-only marks (not computed for steps)', async () => {
    const report = packageReport(await finished({ step: 1 }), file, new Map());
    expect(report?.shown.step).toBe(1);
    expect(report?.measures.map((m) => m.id)).toEqual(['cip_reuse']);
    expect(report?.measures.some((m) => m.rebateOnly)).toBe(false);
  });

  it('is absent when left out of the reports, and stale once the scenario changed', async () => {
    expect(packageReport(await finished({ inReports: false }), file, new Map())).toBeNull();
    expect(packageReport(null, file, new Map())).toBeNull();
    const changed = { ...file, discountRate: 0.2 };
    expect(packageReport(await finished(), changed, new Map())?.stale).toBe(true);
    // Switching measures on and off (as "apply" does) keeps it current.
    const switched = { ...file, measures: file.measures.map((m) => ({ ...m, enabled: false })) };
    expect(packageReport(await finished(), switched, new Map())?.stale).toBe(false);
  });
});

describe('the words about the package', () => {
  const fmt = viewFormat('COP', 'en-US', 'en', translator('en'));

  it('say the tier reached and its worth, or that there is no rebate', async () => {
    const report = packageReport(await finished(), file, new Map());
    if (!report) throw new Error('expected a report');
    const f = report.shown.figures;
    expect(tierText(report.rebate, f, fmt)).toMatch(
      /^Reduction of CO2e: 3\d\.\d%\. Rebate of 15%, worth COP\s[\d,]+ today\.$/,
    );
    expect(tierText(null, f, fmt)).toBe('This scenario has no rebate: the value is the NPV.');
    expect(tierText(report.rebate, { ...f, rebateRate: 0 }, fmt)).toMatch(/No rebate tier reached\.$/);
    expect(packageFigures(f, fmt).map((x) => x.value)).toEqual([
      fmt.money(expected.best.totalCapex),
      fmt.money(f.npv),
      fmt.money(expected.best.value),
    ]);
  });
});
