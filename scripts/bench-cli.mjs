#!/usr/bin/env node
// Wall time of the command-line evaluator on sample scenarios, start-up included, as a user runs
// it (`npm run --silent evaluate -- FILE`) and as a script would (`node scripts/evaluate.mjs FILE`).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = 7;
const cases = [
  [
    'npm run evaluate: Peru (plain numbers)',
    'npm',
    ['run', '--silent', 'evaluate', '--', 'public/examples/peru-textile-guaranteed-loan.json'],
  ],
  [
    'npm run evaluate: Colombia (formulas)',
    'npm',
    ['run', '--silent', 'evaluate', '--', 'public/examples/colombia-green-credit-rebate.json'],
  ],
  [
    'node evaluate.mjs: Colombia (formulas)',
    process.execPath,
    ['scripts/evaluate.mjs', 'public/examples/colombia-green-credit-rebate.json'],
  ],
  [
    'npm run evaluate: dairy, --samples 10000',
    'npm',
    [
      'run',
      '--silent',
      'evaluate',
      '--',
      'public/examples/central-america-dairy-energy-risk.json',
      '--samples',
      '10000',
    ],
  ],
];

const rows = [];
for (const [name, cmd, args] of cases) {
  spawnSync(cmd, args, { cwd: root }); // warm-up (and builds the bundle if stale)
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8' });
    times.push(performance.now() - t);
    if (r.status !== 0) throw new Error(`${name}: exit ${r.status}: ${r.stderr}`);
  }
  times.sort((a, b) => a - b);
  const median = times[RUNS >> 1];
  rows.push({
    benchmark: name,
    'median ms': median.toFixed(0),
    'best ms': times[0].toFixed(0),
    target: '≤ 1500 ms',
    'median / target': (median / 1500).toFixed(2),
  });
}
console.table(rows);
