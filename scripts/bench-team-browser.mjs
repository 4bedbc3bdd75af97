#!/usr/bin/env node
// Browser benchmark (not a test) of the team library (#13): the first sync of a team database of
// N scenarios (default 10,000) into an empty browser, in the built app in Chromium, through the
// Team panel, against pouchdb-server (in memory) proxied by `vite preview` under /couchdb/.
// Target (issue #13): ≤ 60 s with progress shown and the page responsive. Prints the median over
// the runs, the progress seen, and the main thread's long tasks (≥ 50 ms) during the sync.
// `node scripts/bench-team-browser.mjs [--runs 3] [--docs 10000]`
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { COUCH_ADMIN, startCouchServer } from './couch-server.mjs';
import { CHROMIUM_FLAGS, ensureBrowser } from './find-browser.mjs';
import { memberRole } from './team/design.mjs';
import { setupTeam } from './team/setup.mjs';
import { freePort, waitForServer } from './local-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RUNS = arg('--runs', 3);
const DOCS = arg('--docs', 10_000);
const TARGET_S = 60;
const work = mkdtempSync(join(tmpdir(), 'cp-bench-team-'));

console.log(`\n## Team library: first sync of ${DOCS.toLocaleString('en')} scenarios into an empty browser (Chromium)`);
console.log(
  `Load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')} on ${cpus().length} cores.`,
);

const dist = join(work, 'dist');
run('node_modules/.bin/vite', ['build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn']);
const couch = await startCouchServer(await freePort());
const port = await freePort();
let server;
let browser;
try {
  const { dbName } = await setupTeam({
    url: couch.url,
    team: 'bench',
    user: COUCH_ADMIN.user,
    password: COUCH_ADMIN.password,
  });
  await adminCall('PUT', `_users/org.couchdb.user:ana`, {
    name: 'ana',
    password: 'ana-pw',
    type: 'user',
    roles: [memberRole(dbName)],
  });
  await seed(dbName);
  server = spawn(
    'node_modules/.bin/vite',
    ['preview', '--outDir', dist, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: root, stdio: 'ignore', env: { ...process.env, COUCHDB_URL: couch.url } },
  );
  const base = `http://127.0.0.1:${port}/`;
  await waitForServer(base);
  browser = await chromium.launch({ executablePath: ensureBrowser().path, args: CHROMIUM_FLAGS, headless: true });
  const rows = [];
  for (let run = 1; run <= RUNS; run++) rows.push(await firstSync(base, dbName, run));
  console.table(rows.map(({ progress: _, ...r }) => r));
  const seconds = rows.map((r) => r.seconds).sort((a, b) => a - b);
  const median = seconds[Math.floor(seconds.length / 2)];
  const longest = Math.max(...rows.map((r) => r.longestTaskMs));
  console.log(
    `First sync, median ${median.toFixed(1)} s over ${rows.length} runs ` +
      `(target ≤ ${TARGET_S} s, ratio ${(median / TARGET_S).toFixed(2)}); ` +
      `longest main-thread task ${longest} ms.`,
  );
  console.log(`Progress shown during run 1: ${rows[0].progress.join(' | ')}`);
} finally {
  await browser?.close();
  server?.kill();
  await couch.stop();
  rmSync(work, { recursive: true, force: true });
}

function storedCount(page) {
  return page.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open('cp-scenario-modeller');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const count = await new Promise((resolve) => {
      const request = db.transaction('sync').objectStore('sync').count();
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return count;
  });
}

/** One first sync in a fresh browser context (an empty IndexedDB): connect, wait for "Synced". */
async function firstSync(base, dbName, run) {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const bench = { tasks: [] };
    Object.assign(window, { __bench: bench });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(base);
  await page.getByTestId('open-scenario').waitFor();
  await page.getByTestId('team-button').click();
  const panel = page.getByTestId('team-panel');
  await panel.locator('input[name="user"]').fill('ana');
  await panel.locator('input[name="password"]').fill('ana-pw');
  await panel.locator('input[name="database"]').fill(dbName);
  const status = panel.getByTestId('team-status');
  const start = await page.evaluate(() => performance.now());
  await panel.getByRole('button', { name: 'Connect' }).click();
  // The status as a person reads it, sampled every 250 ms; the sync is done at "Synced".
  const progress = [];
  const t0 = Date.now();
  for (;;) {
    const words = (await status.textContent())?.trim() ?? '';
    if (progress.at(-1) !== words) progress.push(words);
    // "Synced" with every scenario stored (the count is read only then, so as not to load the page).
    if (words === 'Synced' && (await storedCount(page)) >= DOCS) break;
    if (Date.now() - t0 > 600_000) throw new Error(`no "Synced" after 10 minutes (status: ${words})`);
    await new Promise((r) => setTimeout(r, 250));
  }
  const end = await page.evaluate(() => performance.now());
  const { count, tasks } = await page.evaluate(async (s) => {
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open('cp-scenario-modeller');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const counted = await new Promise((resolve) => {
      const request = db.transaction('sync').objectStore('sync').count();
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return { count: counted, tasks: window.__bench.tasks.filter((t) => t.start + t.duration >= s) };
  }, start);
  const long = tasks.map((t) => Math.round(t.duration)).sort((a, b) => b - a);
  await context.close();
  return {
    run,
    seconds: Number(((end - start) / 1000).toFixed(1)),
    stored: count,
    longestTaskMs: long[0] ?? 0,
    'tasks ≥ 50 ms': long.length,
    'tasks ≥ 200 ms': long.filter((d) => d >= 200).length,
    progress,
  };
}

async function seed(dbName) {
  const sample = JSON.parse(readFileSync(join(root, 'public/examples/bolivia-poultry-slaughterhouse.json'), 'utf8'));
  const now = new Date().toISOString();
  for (let i = 0; i < DOCS; i += 1000) {
    const docs = Array.from({ length: Math.min(1000, DOCS - i) }, (_, k) => {
      const name = `Scenario ${i + k + 1}`;
      return {
        _id: scenarioId(),
        type: 'scenario',
        name,
        scenario: { ...sample, name },
        updatedAt: now,
        deviceId: deviceId(),
        updatedBy: 'ana',
      };
    });
    const r = await adminCall('POST', `${dbName}/_bulk_docs`, { docs });
    if (r.status !== 201) throw new Error(`seeding failed: ${JSON.stringify(r.json).slice(0, 200)}`);
  }
}

/** A UUIDv7-shaped id as the app makes them (version 7, variant a). */
function scenarioId() {
  const hex = randomUUID().replace(/-/g, '');
  return `scn_${hex.slice(0, 8)}-${hex.slice(8, 12)}-7${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
function deviceId() {
  return scenarioId().replace(/^scn_/, 'dev_');
}

async function adminCall(method, path, body) {
  const auth = `Basic ${Buffer.from(`${COUCH_ADMIN.user}:${COUCH_ADMIN.password}`).toString('base64')}`;
  const r = await fetch(`${couch.url}/${path}`, {
    method,
    headers: { authorization: auth, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: r.status, json: await r.json() };
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status})`);
}
