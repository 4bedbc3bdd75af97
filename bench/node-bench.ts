/**
 * Node benchmarks of the model (issue 3): medians over repeated runs on the generated 50-measure
 * × 30-year scenario with a loan, printed as a table with the targets and the ratio to them.
 * Run through scripts/bench.mjs (`npm run bench`), which bundles this file with esbuild.
 */
import { evaluate } from '../src/model/kernel';
import { projectNpv } from '../src/model/compiled';
import { monteCarlo } from '../src/model/monte-carlo';
import { parseScenario } from '../src/model/parse';
import { resolvePlain } from '../src/model/resolve-numbers';
import { largeScenario } from '../src/model/test-support/large-scenario';
import { ScenarioWorkbook } from '../src/workbook/scenario-workbook';
import { irrStarts } from '../src/workbook/evaluate';
import { ModelSession } from '../src/workbook/session';
import { at } from '../src/model/checked';

interface Row {
  name: string;
  median: number;
  unit: string;
  runs: number;
  target?: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? at(s, m) : (at(s, m - 1) + at(s, m)) / 2;
}

function time(runs: number, fn: (i: number) => void, warmup = 2): number[] {
  for (let i = 0; i < warmup; i++) fn(-1 - i);
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn(i);
    out.push(performance.now() - t);
  }
  return out;
}

const file = largeScenario();
const parsed = parseScenario(file);
if (!parsed.ok) throw new Error('the generated scenario is invalid');
const resolvedOutcome = resolvePlain(parsed.value);
if (!resolvedOutcome.ok) throw new Error('the generated scenario does not resolve');
const resolved = resolvedOutcome.resolved;
const rows: Row[] = [];

// Workbook build: the full formula workbook in HyperFormula.
const builds = time(
  5,
  () => {
    const c = ScenarioWorkbook.create(parsed.value);
    if (c.ok) c.workbook.destroy();
  },
  1,
);
rows.push({ name: 'Workbook build (50 × 30, all sheets)', median: median(builds), unit: 'ms', runs: builds.length });

// One input change to updated results, as the app's worker does it on every edit:
// validate the file, resolve it, run the kernel and the sensitivity figures.
const session = new ModelSession();
// The session is async (it loads the formula engine on first need): timed as time() does, awaited.
const change: number[] = [];
for (let i = -2; i < 30; i++) {
  const edited = structuredClone(file);
  at(edited.measures, 7, 'measure').capex = 10000 + i;
  const t = performance.now();
  const reply = await session.evaluate(edited);
  if (i >= 0) change.push(performance.now() - t);
  if (!reply.ok) throw new Error('edit failed');
}
rows.push({
  name: 'One input change -> all results (worker path)',
  median: median(change),
  unit: 'ms',
  runs: change.length,
  target: 5,
});

// The same change in the full workbook: the changed cell is written, HyperFormula recalculates.
const created = ScenarioWorkbook.create(parsed.value);
if (!created.ok) throw new Error('workbook failed');
const wb = created.workbook;
wb.setIrrStarts(irrStarts(evaluate(resolved)));
const recalc = time(20, (i) => {
  const edited = structuredClone(parsed.value);
  at(edited.measures, 7, 'measure').capex = 10000 + i;
  const r = wb.update(edited);
  if (!r.ok || r.rebuilt) throw new Error('expected an in-place update');
  wb.figures(
    edited.measures.map((m) => m.id),
    edited.horizonYears,
  );
});
rows.push({
  name: 'One input change -> workbook recalculated and read',
  median: median(recalc),
  unit: 'ms',
  runs: recalc.length,
});
wb.destroy();

// Kernel throughput.
const n = 200;
const full = time(5, () => {
  for (let i = 0; i < n; i++) evaluate(resolved);
});
rows.push({
  name: 'Kernel: full evaluations per second',
  median: n / (median(full) / 1000),
  unit: '/s',
  runs: full.length,
});
const fast = time(5, () => {
  for (let i = 0; i < n * 10; i++) projectNpv(resolved);
});
rows.push({
  name: 'Kernel: project NPV (fast path) per second',
  median: (n * 10) / (median(fast) / 1000),
  unit: '/s',
  runs: fast.length,
});

// Monte Carlo: 10,000 samples with the loan (project and equity NPV, min DSCR).
const monteCarloTimes = time(5, (i) => void monteCarlo(resolved, 10_000, i + 1), 1);
rows.push({
  name: 'Monte Carlo: 10,000 samples',
  median: median(monteCarloTimes),
  unit: 'ms',
  runs: monteCarloTimes.length,
  target: 1000,
});

const fmt = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(2));
const table = rows.map((r) => ({
  benchmark: r.name,
  median: `${fmt(r.median)} ${r.unit}`,
  runs: r.runs,
  target: r.target === undefined ? '' : `≤ ${r.target} ${r.unit}`,
  'median / target': r.target === undefined ? '' : (r.median / r.target).toFixed(2),
}));
console.table(table);
