/**
 * Benchmark of the best package for a budget (spec section 8, issue 18): best package plus the
 * ten-budget frontier on the generated scenarios of 10 to 50 measures × 30 years with a loan and
 * a rebate, medians of repeated runs. Two rebates: the generated one (one tier, on the
 * principal) and three tiers on capex. Run by scripts/bench.mjs (`npm run bench`).
 */
import { optimum } from '../src/model/optimise';
import type { ResolvedScenario } from '../src/model/resolved-scenario';
import { largeScenario } from '../src/model/test-support/factories';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

function tiered(s: ResolvedScenario): ResolvedScenario {
  if (!s.financing?.rebate) return s;
  const tiers = [
    { minReduction: 0.005, rate: 0.05 },
    { minReduction: 0.01, rate: 0.1 },
    { minReduction: 0.02, rate: 0.15 },
  ];
  return { ...s, financing: { ...s.financing, rebate: { ...s.financing.rebate, base: 'capex', tiers } } };
}

const rows: Record<string, string | number>[] = [];
for (const n of [10, 20, 30, 40, 50]) {
  for (const [label, make] of [
    ['1 tier on principal', (s: ResolvedScenario) => s],
    ['3 tiers on capex', tiered],
  ] as const) {
    const s = make(largeScenario(n, 30));
    const total = s.measures.reduce((a, m) => a + m.capex, 0);
    const runs: number[] = [];
    // CPU time too: on a shared, loaded machine wall time mostly measures the wait for a core.
    const cpu: number[] = [];
    for (let i = 0; i < 9; i++) {
      // Budgets vary a little between runs so no run repeats another's search exactly.
      const budget = total * (0.45 + 0.01 * i);
      const t = performance.now();
      const c0 = process.cpuUsage();
      const answer = optimum(s, { budget });
      const used = process.cpuUsage(c0);
      runs.push(performance.now() - t);
      cpu.push((used.user + used.system) / 1000);
      if (!answer.best) throw new Error('no best package');
    }
    const target = n === 50 ? 1000 : n === 20 ? 50 : undefined;
    const m = median(runs.slice(2));
    rows.push({
      measures: n,
      rebate: label,
      'median (best + frontier)': `${m.toFixed(1)} ms`,
      'median CPU time': `${median(cpu.slice(2)).toFixed(1)} ms`,
      runs: runs.length - 2,
      target: target === undefined ? '' : `≤ ${target} ms`,
      'median / target': target === undefined ? '' : (m / target).toFixed(2),
    });
  }
}
console.table(rows);
