#!/usr/bin/env node
// Browser benchmark (not a test) of the team library (#13): the first sync of a team database of
// N scenarios (default 10,000) into an empty browser, in the built app in Chromium, through the
// Team panel, against pouchdb-server (in memory) proxied by `vite preview` under /couchdb/.
// Target (issue #13): ≤ 60 s with progress shown and the page responsive. Prints the median over
// the runs, the progress seen, and the main thread's long tasks (≥ 50 ms) during the sync.
// Long animation frames (≥ 50 ms) are attributed to the scripts that ran in them (the LoAF API);
// `--readable` builds without minifying, so that the functions are named.
// `--profile FILE` writes run 1's main-thread CPU profile (open it in DevTools' Performance panel).
// `--against DIR` measures another source tree too (with node_modules; e.g. main's, extracted with
// `git archive main`), runs interleaved, and prints the ratio.
// `node scripts/bench-team-browser.mjs [--runs 3] [--docs 10000] [--readable] [--profile FILE] [--against DIR]`
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
const READABLE = process.argv.includes('--readable');
const option = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : null);
const PROFILE = option('--profile');
const AGAINST = option('--against');
const TARGET_S = 60;
const work = mkdtempSync(join(tmpdir(), 'cp-bench-team-'));

console.log(`\n## Team library: first sync of ${DOCS.toLocaleString('en')} scenarios into an empty browser (Chromium)`);
console.log(
  `Load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')} on ${cpus().length} cores.`,
);

/** The app measured, and with `--against DIR` another source tree (e.g. main's, from `git archive`), built alike. */
const variants = [{ name: 'this tree', root }, ...(AGAINST ? [{ name: AGAINST, root: AGAINST }] : [])];
for (const [i, v] of variants.entries()) {
  v.dist = join(work, `dist-${i}`);
  run(
    'node_modules/.bin/vite',
    ['build', '--outDir', v.dist, '--emptyOutDir', '--logLevel', 'warn', ...(READABLE ? ['--minify', 'false'] : [])],
    v.root,
  );
}
const couch = await startCouchServer(await freePort());
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
  for (const v of variants) {
    const port = await freePort();
    v.server = spawn(
      'node_modules/.bin/vite',
      ['preview', '--outDir', v.dist, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
      { cwd: v.root, stdio: 'ignore', env: { ...process.env, COUCHDB_URL: couch.url } },
    );
    v.base = `http://127.0.0.1:${port}/`;
    await waitForServer(v.base);
    v.rows = [];
  }
  browser = await chromium.launch({ executablePath: ensureBrowser().path, args: CHROMIUM_FLAGS, headless: true });
  // Interleaved, so that the others' load on the machine falls on both alike.
  for (let run = 1; run <= RUNS; run++)
    for (const [i, v] of variants.entries()) {
      const profile = PROFILE && run === 1 ? `${PROFILE.replace(/\.cpuprofile$/, '')}-${i}.cpuprofile` : null;
      v.rows.push(await firstSync(v.base, dbName, run, profile));
    }
  for (const v of variants) report(v);
  if (variants.length === 2) {
    const [a, b] = variants;
    console.log(
      `Against ${b.name}: first sync ${(a.median / b.median).toFixed(2)}× the time; ` +
        `main-thread time in long tasks ${a.longMs} ms vs ${b.longMs} ms.`,
    );
  }
  console.log(
    `Load average after: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(', ')}.`,
  );
} finally {
  await browser?.close();
  for (const v of variants) v.server?.kill();
  await couch.stop();
  rmSync(work, { recursive: true, force: true });
}

function report(v) {
  const { rows } = v;
  console.log(`\n### ${v.name}`);
  console.table(rows.map(({ progress: _, frames: __, ...r }) => r));
  const seconds = rows.map((r) => r.seconds).sort((a, b) => a - b);
  v.median = seconds[Math.floor(seconds.length / 2)];
  v.longMs = rows.reduce((n, r) => n + r.longTotalMs, 0);
  const longest = Math.max(...rows.map((r) => r.longestTaskMs));
  console.log(
    `First sync, median ${v.median.toFixed(1)} s over ${rows.length} runs ` +
      `(target ≤ ${TARGET_S} s, ratio ${(v.median / TARGET_S).toFixed(2)}); ` +
      `longest main-thread task ${longest} ms.`,
  );
  console.log(`Progress shown during run 1: ${rows[0].progress.join(' | ')}`);
  console.log('Where the long animation frames (≥ 50 ms) spent their script time, all runs:');
  console.table(attribute(rows.flatMap((r) => r.frames)));
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
async function firstSync(base, dbName, run, profile) {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const bench = { tasks: [] };
    Object.assign(window, { __bench: bench });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    bench.frames = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        bench.frames.push({
          start: e.startTime,
          duration: e.duration,
          scripts: e.scripts.map((s) => {
            const where = `${s.sourceURL.split('/').pop()}:${s.sourceCharPosition}`;
            return {
              what: `${s.invokerType} ${s.invoker} → ${s.sourceFunctionName || '(anonymous)'} @${where}`,
              duration: s.duration,
            };
          }),
        });
    }).observe({ type: 'long-animation-frame', buffered: true });
  });
  await page.goto(base);
  await page.getByTestId('open-scenario').waitFor();
  await page.getByTestId('team-button').click();
  const panel = page.getByTestId('team-panel');
  await panel.locator('input[name="user"]').fill('ana');
  await panel.locator('input[name="password"]').fill('ana-pw');
  await panel.locator('input[name="database"]').fill(dbName);
  const status = panel.getByTestId('team-status');
  const cdp = profile ? await context.newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
    await cdp.send('Profiler.start');
  }
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
  let cpu = {};
  if (cdp) {
    const { profile: taken } = await cdp.send('Profiler.stop');
    writeFileSync(profile, JSON.stringify(taken));
    cpu = busyTime(taken);
  }
  const { count, tasks, frames } = await page.evaluate(async (s) => {
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
    const after = (t) => t.start + t.duration >= s;
    return { count: counted, tasks: window.__bench.tasks.filter(after), frames: window.__bench.frames.filter(after) };
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
    longTotalMs: long.reduce((n, d) => n + d, 0),
    ...cpu,
    progress,
    frames,
  };
}

/** Script time in long frames, summed by what ran (invoker, function, place), the largest first. */
function attribute(frames) {
  const by = new Map();
  for (const f of frames)
    for (const s of f.scripts) {
      const row = by.get(s.what) ?? { what: s.what, totalMs: 0, longestMs: 0, count: 0 };
      row.totalMs += s.duration;
      row.longestMs = Math.max(row.longestMs, s.duration);
      row.count++;
      by.set(s.what, row);
    }
  return [...by.values()]
    .sort((a, b) => b.totalMs - a.totalMs)
    .slice(0, 12)
    .map((r) => ({ ...r, totalMs: Math.round(r.totalMs), longestMs: Math.round(r.longestMs) }));
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

/**
 * The main thread's busy time in a CPU profile (samples that are not idle). CPU time, unlike the
 * long tasks' wall time, is not stretched when other processes hold the cores. (Runs of busy
 * samples are not reported as tasks: under load one sample can span a stretch the thread was
 * descheduled, and back-to-back short tasks leave no idle sample between them.)
 */
function busyTime(profile) {
  const idle = new Set(
    profile.nodes.filter((n) => ['(idle)', '(program)', '(root)'].includes(n.callFrame.functionName)).map((n) => n.id),
  );
  const busy = profile.samples.reduce(
    (ms, id, i) => (idle.has(id) ? ms : ms + (profile.timeDeltas[i + 1] ?? 0) / 1000),
    0,
  );
  return { 'CPU busy s': Number((busy / 1000).toFixed(1)) };
}

function run(cmd, args, cwd = root) {
  const r = spawnSync(cmd, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status})`);
}
