// `node scripts/bench-team.mjs`: the team sync benchmarks (#13), bundled with esbuild and run in
// Node against pouchdb-server (test/couch/team-sync-bench.ts says what is measured).
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(mkdtempSync(join(tmpdir(), 'cp-bench-team-')), 'team-sync-bench.mjs');
console.log('\n## Team sync against pouchdb-server (Node, fake-indexeddb)');
await build({
  entryPoints: [join(root, 'test/couch/team-sync-bench.ts')],
  outfile: out,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
const r = spawnSync(process.execPath, [out], { stdio: 'inherit', cwd: root });
process.exit(r.status ?? 1);
