#!/usr/bin/env node
// Start-up benchmark (not a test; issue 15 item 11): a returning user reloads the built app, the
// library opens the last scenario, and its key figures appear. Measured from navigation start:
// the first figures shown (the kept ones from the last session, or the live ones when none are
// kept) and the live figures (the engine's answer), unthrottled and with Chromium's CPU slowed
// 4× (CDP Emulation.setCPUThrottlingRate, as DevTools does). Target: live figures ≤ 1.5 s at 4×.
// Also where the time goes: the app's user-timing marks (`cp:*`) and the engine worker's first
// answer. Prints medians. `node scripts/bench-start.mjs [--runs N] [--against <git ref>]`.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, ensureBrowser } from './find-browser.mjs';
import { freePort, waitForServer } from './local-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 7;
const work = mkdtempSync(join(tmpdir(), 'cp-bench-start-'));

console.log('\n## Start-up: first key figures and live key figures after a reload (the last scenario opened)');
console.log(
  `Load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')} on ${cpus().length} cores; ${RUNS} reloads per row, medians in ms from navigation start.`,
);

// --against <git ref>: the same measurement of another commit's build, run alternately with this
// one (a shared machine's load drifts; alternating reloads lets both builds see the same load).
const againstArg = process.argv.indexOf('--against');
const builds = [{ name: 'working tree', dir: root }];
if (againstArg > 0) {
  const ref = process.argv[againstArg + 1];
  const dir = join(work, 'against');
  // An export of the commit's files (no git worktree: the repository's metadata is left alone).
  mkdirSync(dir);
  const tar = spawnSync('sh', ['-c', `git archive ${JSON.stringify(ref)} | tar -x -C ${JSON.stringify(dir)}`], {
    cwd: root,
    stdio: 'inherit',
  });
  if (tar.status !== 0) throw new Error(`could not export ${ref}`);
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  builds.push({ name: ref, dir });
}
const servers = [];
let browser;
try {
  for (const b of builds) {
    b.dist = join(work, `dist-${servers.length}`);
    run(
      join(root, 'node_modules/.bin/vite'),
      ['build', '--outDir', b.dist, '--emptyOutDir', '--logLevel', 'warn'],
      b.dir,
    );
    const port = await freePort();
    servers.push(
      spawn(
        join(root, 'node_modules/.bin/vite'),
        ['preview', '--outDir', b.dist, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
        { cwd: b.dir, stdio: 'ignore' },
      ),
    );
    b.base = `http://127.0.0.1:${port}/`;
    await waitForServer(b.base);
  }
  browser = await chromium.launch({ executablePath: ensureBrowser().path, args: CHROMIUM_FLAGS, headless: true });
  for (const b of builds) {
    // One context a build for every run: IndexedDB (the library, the kept figures) and the service
    // worker's cache persist between reloads, as for a returning user.
    b.context = await browser.newContext({ locale: 'es-CO', viewport: { width: 1366, height: 900 } });
    await b.context.addInitScript(instrument);
    const first = await b.context.newPage();
    await first.goto(b.base); // the first visit seeds the samples and opens one
    await first.waitForFunction(() => window.__start?.live > 0, null, { timeout: 60_000 });
    await first.waitForTimeout(2000); // autosave and the kept figures written
    await first.close();
  }

  const rows = [];
  const marks = [];
  for (const rate of [1, 4]) {
    const samples = builds.map(() => []);
    for (let i = 0; i < RUNS; i++) {
      for (const [k, b] of builds.entries()) {
        const page = await b.context.newPage();
        const cdp = await b.context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate });
        await page.goto(b.base);
        await page.waitForFunction(() => window.__start?.live > 0, null, { timeout: 60_000 });
        samples[k].push(await page.evaluate(() => window.__start));
        await page.waitForTimeout(1500); // the autosave and the figures' write done before the next reload
        await page.close();
      }
    }
    for (const [k, b] of builds.entries()) {
      const med = (key) => Math.round(median(samples[k].map((s) => s[key]).filter((v) => v > 0)));
      rows.push({
        build: b.name,
        'CPU throttling': `${rate}×`,
        'first figures shown': med('shown'),
        'kept figures shown in runs': `${samples[k].filter((s) => s.cached > 0).length}/${RUNS}`,
        'live figures': med('live'),
        'target ms (live, 4×)': rate === 4 ? 1500 : '',
      });
      const names = [...new Set(samples[k].flatMap((s) => Object.keys(s.marks)))];
      for (const name of names) {
        const values = samples[k].map((s) => s.marks[name]).filter((v) => typeof v === 'number');
        marks.push({
          build: b.name,
          'CPU throttling': `${rate}×`,
          mark: name,
          'median ms': Math.round(median(values)),
        });
      }
    }
  }
  console.table(rows);
  console.log('Where the time goes (medians from navigation start; `cp:*` are the app’s user-timing marks):');
  console.table(marks);
} finally {
  await browser?.close();
  for (const s of servers) s.kill();
  rmSync(work, { recursive: true, force: true });
}

/** Runs in the page before the app: when the key figures first appear, kept or live; the worker's first answer. */
function instrument() {
  const start = { shown: 0, cached: 0, live: 0, marks: {} };
  Object.assign(window, { __start: start });
  const look = () => {
    const strip = document.querySelector('dl.figures');
    if (!strip?.querySelector('[data-figure="npv"] dd')) return;
    const now = performance.now();
    if (!start.shown) start.shown = now;
    // Kept figures carry data-figures="cached"; a build without them shows live figures only.
    if (strip.getAttribute('data-figures') === 'cached') start.cached ||= now;
    else if (!start.live) {
      start.live = now;
      for (const m of performance.getEntriesByType('mark')) start.marks[m.name] = m.startTime;
      start.marks['engine worker: first answer'] = start.workerAnswered;
      start.marks['engine worker: created'] = start.workerCreated;
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(look);
  document.addEventListener('DOMContentLoaded', () =>
    observer.observe(document.body, { subtree: true, childList: true, attributes: true }),
  );
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(url, options) {
      super(url, options);
      if (options?.name !== 'engine') return;
      start.workerCreated = performance.now();
      this.addEventListener('message', () => (start.workerAnswered ||= performance.now()));
    }
  };
}

function median(values) {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function run(cmd, args, cwd = root) {
  const r = spawnSync(cmd, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status})`);
}
