#!/usr/bin/env node
// Verification benchmark (issue 11): bundles bench/verification-bench.ts with esbuild and runs it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(mkdtempSync(join(tmpdir(), 'cp-bench-')), 'verification-bench.mjs');
console.log('\n## Verification: 3 resources × 60 + 60 records in the worker path (target ≤ 1 ms added)');
await build({
  entryPoints: [join(root, 'bench/verification-bench.ts')],
  outfile: out,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
const r = spawnSync(process.execPath, [out], { stdio: 'inherit', cwd: root });
process.exitCode = r.status ?? 1;
