#!/usr/bin/env node
// `npm run bench`: the project's benchmarks, each printing medians (and ratios to targets) as a
// table. Timings on a shared 2-core machine are noisy: read medians and ratios, not single runs.
// Benchmarks are never assertions in tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(mkdtempSync(join(tmpdir(), 'cp-bench-')), 'node-bench.mjs');

console.log('\n## Model in Node (50 measures × 30 years, with a loan)');
await build({
  entryPoints: [join(root, 'bench/node-bench.ts')],
  outfile: out,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
run(process.execPath, [out]);

console.log('\n## LibreOffice recalculating the Excel export (the xlsx test checks the values, this the time)');
const loOut = join(mkdtempSync(join(tmpdir(), 'cp-bench-')), 'libreoffice-bench.mjs');
await build({
  entryPoints: [join(root, 'bench/libreoffice-bench.ts')],
  outfile: loOut,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
run(process.execPath, [loOut]);

console.log('\n## Best package for a budget and its frontier (10 to 50 measures × 30 years)');
const optimiseOut = join(mkdtempSync(join(tmpdir(), 'cp-bench-')), 'optimise-bench.mjs');
await build({
  entryPoints: [join(root, 'bench/optimise-bench.ts')],
  outfile: optimiseOut,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
});
run(process.execPath, [optimiseOut]);

console.log('\n## Command-line evaluator, wall time including start-up (target ≤ 1.5 s)');
run(process.execPath, [join(root, 'scripts/bench-cli.mjs')]);

// Browser benchmarks added by other parts of the app (each prints its own table).
for (const script of [
  'bench-browser.mjs',
  'bench-start.mjs',
  'bench-monte-carlo.mjs',
  'bench-verification.mjs',
  'bench-portfolio.mjs',
  'bench-team.mjs',
  'bench-team-browser.mjs',
]) {
  const path = join(root, 'scripts', script);
  if (existsSync(path)) run(process.execPath, [path]);
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root });
  if (r.status !== 0) {
    console.error(`${args.join(' ')} failed with status ${r.status}`);
    process.exitCode = 1;
  }
}
