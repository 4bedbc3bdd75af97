/**
 * Team sync benchmarks (#13), in Node against pouchdb-server (in memory, loopback) with
 * fake-indexeddb standing in for the browser's IndexedDB: the first sync of 10,000 scenarios
 * into an empty library (target ≤ 60 s), one change seen by a listening second client (≤ 2 s),
 * 100 pending edits pushed (≤ 5 s). Medians; run through scripts/bench.mjs or directly:
 * `node scripts/bench-team.mjs` (BENCH_TEAM_DOCS=1000 for a quick run). It lives beside the test
 * server, not in bench/, because it uses the browser's storage types (bench/ is checked without the DOM).
 */
import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { memberRole } from '../../scripts/team/design.mjs';
import { setupTeam } from '../../scripts/team/setup.mjs';
import { admin, ADMIN, cookieFetch, createUser, startCouch } from './pouchdb-server';
import { openAppDb } from '../../src/persistence/app-db';
import { loadDeviceId } from '../../src/persistence/local';
import { ScenarioRepository } from '../../src/persistence/repository';
import { CouchApi } from '../../src/persistence/sync/couch-api';
import { SyncEngine } from '../../src/persistence/sync/sync-engine';
import { readFileSync } from 'node:fs';
import { parseScenarioText } from '../../src/model/parse';
import { at } from '../../src/model/checked';

const TOTAL = Number(process.env.BENCH_TEAM_DOCS ?? 10_000);
const median = (xs: number[]) =>
  at(
    [...xs].sort((a, b) => a - b),
    Math.floor(xs.length / 2),
    'run',
  );
const uuid7ish = () => {
  const hex = randomUUID().replace(/-/g, '');
  return `scn_${hex.slice(0, 8)}-${hex.slice(8, 12)}-7${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

async function client(url: string, db: string, name: string) {
  const idb = await openAppDb(`bench-${name}-${randomUUID()}`);
  const repo = new ScenarioRepository(idb, await loadDeviceId(idb));
  repo.author = 'ana';
  const api = new CouchApi({ base: url, db, fetch: cookieFetch() });
  await api.login('ana', 'ana-pw');
  return { idb, repo, api };
}

const server = await startCouch();
try {
  const { dbName } = await setupTeam({ url: server.url, team: 'bench', user: ADMIN.user, password: ADMIN.password });
  await createUser(server.url, 'ana', 'ana-pw', [memberRole(dbName) as string]);
  const parsed = parseScenarioText(readFileSync('public/examples/bolivia-poultry-slaughterhouse.json', 'utf8'));
  if (!parsed.ok) throw new Error('the sample does not parse');
  const scenario = parsed.value;
  const now = new Date().toISOString();
  for (let i = 0; i < TOTAL; i += 1000) {
    const docs = Array.from({ length: Math.min(1000, TOTAL - i) }, (_, k) => ({
      _id: uuid7ish(),
      type: 'scenario',
      name: `Scenario ${i + k + 1}`,
      scenario: { ...scenario, name: `Scenario ${i + k + 1}` },
      updatedAt: now,
      deviceId: `dev_${randomUUID().replace(/^(.{14}).(.*)$/, '$17$2')}`.replace(/-(.)(...)-(.{12})$/, '-a$2-$3'),
      updatedBy: 'ana',
    }));
    const r = await admin(server.url, 'POST', `${dbName}/_bulk_docs`, { docs });
    if (r.status !== 201) throw new Error(`seeding failed: ${JSON.stringify(r.json).slice(0, 200)}`);
  }

  // 1. First sync into an empty library.
  const first = await client(server.url, dbName, 'first');
  let progress = 0;
  const engine = new SyncEngine({
    db: first.idb,
    api: first.api,
    user: 'ana',
    onSnapshot: (s) => s.phase.kind === 'syncing' && (progress = s.phase.pulled),
  });
  const t0 = performance.now();
  await engine.pull();
  const firstSync = (performance.now() - t0) / 1000;
  const stored = (await first.repo.all()).length;
  console.log(
    `First sync: ${stored} of ${TOTAL} scenarios in ${firstSync.toFixed(1)} s (target ≤ 60 s; progress reached ${progress})`,
  );

  // 2. 100 pending edits pushed. A running engine has looked at the library once when it started
  // (sync-tracker.ts); that first look is timed on its own.
  const t1 = performance.now();
  await engine.push();
  console.log(`The engine's first look at ${stored} team scenarios: ${((performance.now() - t1) / 1000).toFixed(2)} s`);
  const pushes: number[] = [];
  for (let run = 0; run < 3; run++) {
    const entries = (await first.repo.list()).slice(run * 100, run * 100 + 100);
    for (const e of entries) if (e.ok) await first.repo.rename(e.doc, `${e.doc.name} (edited ${run})`);
    const t = performance.now();
    await engine.push();
    pushes.push((performance.now() - t) / 1000);
  }
  console.log(
    `100 pending edits pushed: median ${median(pushes).toFixed(2)} s over ${pushes.length} runs (target ≤ 5 s)`,
  );

  // 3. A change seen by a listening second client.
  const second = await client(server.url, dbName, 'second');
  await new SyncEngine({ db: second.idb, api: second.api, user: 'ana' }).pull();
  const seen: number[] = [];
  let waiting: { id: string; resolve: () => void } | null = null;
  const listener = new SyncEngine({
    db: second.idb,
    api: second.api,
    user: 'ana',
    onDocs: (ids) => waiting && ids.includes(waiting.id) && waiting.resolve(),
  });
  const running = listener.start();
  await new Promise((r) => setTimeout(r, 500));
  for (let run = 0; run < 5; run++) {
    const list = await first.repo.list();
    const entry = list[(run * 37 + 11) % list.length];
    if (!entry?.ok) continue;
    const arrived = new Promise<void>((resolve) => (waiting = { id: entry.doc._id, resolve }));
    const t = performance.now();
    await first.repo.rename(entry.doc, `${entry.doc.name} (live ${run})`);
    await engine.push();
    await arrived;
    seen.push((performance.now() - t) / 1000);
  }
  await listener.stop();
  await running;
  console.log(
    `A change seen by another client: median ${median(seen).toFixed(2)} s over ${seen.length} runs (target ≤ 2 s)`,
  );

  // 4. The server alone: how soon pouchdb-server answers a long poll (the client's own request)
  // once a document is written, with this many documents in the database.
  const direct: number[] = [];
  for (let run = 0; run < 5; run++) {
    const info = (await admin(server.url, 'GET', dbName)).json as { update_seq: number | string };
    const query = `since=${String(info.update_seq)}&limit=200&include_docs=true&style=main_only&feed=longpoll`;
    const answered = second.api.options.fetch(`${server.url}/${dbName}/_changes?${query}`).then((r) => r.json());
    await new Promise((r) => setTimeout(r, 200));
    const list = await first.repo.list();
    const entry = list[(run * 53 + 7) % list.length];
    if (!entry?.ok) continue;
    await first.repo.rename(entry.doc, `${entry.doc.name} (direct ${run})`);
    const t = performance.now();
    await engine.push();
    const pushed = performance.now();
    await answered;
    direct.push((performance.now() - pushed) / 1000);
    if (run === 0) console.log(`  (one push of one edit: ${((pushed - t) / 1000).toFixed(3)} s)`);
  }
  console.log(
    `pouchdb-server answering a waiting long poll after a write: median ${median(direct).toFixed(3)} s over ${direct.length} runs`,
  );
} finally {
  await server.dispose();
}
