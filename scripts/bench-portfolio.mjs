#!/usr/bin/env node
// Portfolio benchmarks (issue 12), on a generated library of N scenarios (default 1,000: 10
// measures × 15 years, a third with a loan, one in eight verified, formulas in one in ten; see
// bench/portfolio-library.ts):
//   1. `npm run portfolio` on N files: wall and CPU time (target ≤ 5 s for 1,000).
//   2. In Chromium, the built app with the library imported from a backup: the Portfolio tab's
//      first computation (target ≤ 3 s, progress shown, no main-thread task over 50 ms), and the
//      tab opened again after a reload with nothing changed (target ≤ 200 ms).
// `node scripts/bench-portfolio.mjs [--n 1000] [--runs 3] [--no-browser] [--no-cli] [--dist DIR] [--profile DIR]
//  [--against REF] [--hover-ms N]`.
// Not a test: prints tables. `--dist DIR` reuses (or makes, once) a build there; `--profile DIR`
// writes the page's CPU profiles (Chromium's DevTools protocol) of every opening, for DevTools
// or a script to read. `--against REF` (a git ref, e.g. main) measures that version too, in the
// same time window (the machine's load changes by the minute): its files from `git archive`, its
// own build; the CLI runs and the browser's openings again alternate between the two (the first
// computations run one version after the other).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, ensureBrowser } from './find-browser.mjs';
import { freePort, waitForServer } from './local-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, fallback) =>
  process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback;
const N = arg('--n', 1000);
const text = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const DIST = text('--dist');
const PROFILE = text('--profile');
let traces = 0;
const RUNS = arg('--runs', 3);
const AGAINST = text('--against');
const HOVER_MS = arg('--hover-ms', 0);
const work = mkdtempSync(join(tmpdir(), 'cp-bench-portfolio-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

console.log(`\n## Portfolio of ${N} generated scenarios`);
console.log(
  `Load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')} on ${cpus().length} cores (wall times stretch with it; CPU times much less).`,
);
try {
  const scenarios = await generated(N);
  const dir = join(work, 'library');
  mkdirSync(dir);
  scenarios.forEach((s, i) => writeFileSync(join(dir, `s${String(i).padStart(5, '0')}.json`), JSON.stringify(s)));
  const other = AGAINST ? checkout(AGAINST) : undefined;
  if (!process.argv.includes('--no-cli')) cliBench(dir, other);
  if (!process.argv.includes('--no-browser')) {
    const rows = await browserBench(scenarios, [
      ...(other ? [{ root: other, label: AGAINST }] : []),
      { root, label: 'this tree' },
    ]);
    console.table(rows.map(({ tasks: _, ...r }) => r));
    if (other) {
      const ratio = (i) => (Number(rows[i + 2].fromClick) / Number(rows[i].fromClick)).toFixed(2);
      console.log(`Ratio this tree / ${AGAINST} (ms from the click): first ${ratio(0)}, opened again ${ratio(1)}`);
    }
    for (const r of rows) if (r.tasks.length > 0) console.log(r.version, r.measure, r.tasks);
  }
  console.log(
    `Load average at the end ${loadavg()
      .map((l) => l.toFixed(1))
      .join(', ')}.`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** The files of `ref` in a folder of their own (node_modules shared with this tree), for --against. */
function checkout(ref) {
  const out = join(work, 'against');
  mkdirSync(out);
  const r = spawnSync('bash', ['-c', `git archive ${JSON.stringify(ref)} | tar -x -C ${JSON.stringify(out)}`], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error(`git archive ${ref} failed`);
  symlinkSync(join(root, 'node_modules'), join(out, 'node_modules'));
  return out;
}

async function generated(n) {
  const out = join(work, 'gen.mjs');
  await build({
    stdin: {
      contents: `import { generatedLibrary } from './bench/portfolio-library'; export default generatedLibrary(${n});`,
      resolveDir: root,
      loader: 'ts',
    },
    outfile: out,
    bundle: true,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning',
  });
  return (await import(out)).default;
}

/** `npm run portfolio` on the folder, RUNS times (alternating with the --against version's when given). */
function cliBench(dir, other) {
  const cmd = `TIMEFORMAT='%R %U %S'; time node scripts/portfolio.mjs ${JSON.stringify(dir)} > /dev/null`;
  const versions = [...(other ? [{ cwd: other, label: AGAINST }] : []), { cwd: root, label: 'this tree' }];
  for (const v of versions) spawnSync('bash', ['-c', cmd], { cwd: v.cwd }); // warm-up, and builds the bundle if stale
  const times = versions.map(() => ({ wall: [], cpu: [] }));
  for (let i = 0; i < RUNS; i++)
    versions.forEach((v, k) => {
      const r = spawnSync('bash', ['-c', cmd], { cwd: v.cwd, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`npm run portfolio failed (${v.label}): ${r.stderr}`);
      const [real, user, sys] = r.stderr.trim().split('\n').at(-1).split(' ').map(Number);
      times[k].wall.push(real * 1000);
      times[k].cpu.push((user + sys) * 1000);
    });
  console.table(
    versions.map((v, k) => ({
      version: v.label,
      benchmark: `npm run portfolio, ${N} files`,
      'median wall ms': median(times[k].wall).toFixed(0),
      'median CPU ms': median(times[k].cpu).toFixed(0),
      target: '≤ 5000 ms (1,000 files)',
    })),
  );
}

/**
 * The browser measures: each version's first computation (one version after the other), then the
 * openings again, alternating between the versions run by run so that both meet the same load.
 */
async function browserBench(scenarios, versions) {
  const opened = [];
  const rows = [];
  try {
    for (const v of versions) opened.push(await openVersion(scenarios, v));
    const total = N + 6; // the six samples seeded on the first run
    const agains = opened.map(() => []);
    for (let run = 0; run < RUNS; run++)
      for (const [k, o] of opened.entries()) {
        await o.page.reload();
        await o.page.getByTestId('open-scenario').waitFor();
        await o.page.waitForTimeout(2000); // the library's own start out of the way
        const name = `${versions[k].label.replace(/\W+/g, '-')}-again-${run + 1}`;
        agains[k].push(await traced(o.browser, o.page, () => profiled(o.page, name, () => openTab(o.page, total))));
      }
    for (const [k, o] of opened.entries()) {
      const { first } = o;
      const again = [...agains[k]].sort((a, b) => a.fromClick - b.fromClick)[RUNS >> 1];
      const runs = agains[k].map((a) => a.fromClick.toFixed(0)).join(', ');
      rows.push(
        {
          version: versions[k].label,
          measure: `first computation, ${total} scenarios (click to every row computed)`,
          ms: first.ms.toFixed(0),
          fromClick: first.fromClick.toFixed(0),
          target: '≤ 3000',
          'progress shown': first.progressSeen,
          'longest main-thread task ms': first.longest.toFixed(0),
          'tasks > 50 ms': first.over,
          ...first.cpu,
          tasks: first.tasks.slice(0, 10),
        },
        {
          version: versions[k].label,
          measure: `opened again after a reload, nothing changed (median of ${RUNS}: ${runs} ms from the click)`,
          ms: again.ms.toFixed(0),
          fromClick: again.fromClick.toFixed(0),
          target: '≤ 200',
          'progress shown': again.progressSeen,
          'longest main-thread task ms': again.longest.toFixed(0),
          'tasks > 50 ms': again.over,
          ...again.cpu,
          tasks: again.tasks.slice(0, 10),
        },
      );
    }
  } finally {
    for (const o of opened) await o.close();
  }
  return rows;
}

/** One version's build served and opened in Chromium, the library imported, its first computation measured. */
async function openVersion(scenarios, { root: at, label }) {
  const dist = at === root ? (DIST ?? join(work, 'dist')) : join(work, 'dist-against');
  if (at !== root || !DIST || !existsSync(join(dist, 'index.html'))) {
    const vite = spawnSync(
      'node_modules/.bin/vite',
      ['build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'],
      {
        cwd: at,
        stdio: 'inherit',
      },
    );
    if (vite.status !== 0) throw new Error('vite build failed');
  }
  const port = await freePort();
  const server = spawn(
    'node_modules/.bin/vite',
    ['preview', '--outDir', dist, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: at, stdio: 'ignore' },
  );
  let browser;
  const close = async () => {
    await browser?.close();
    server.kill();
  };
  try {
    const base = `http://127.0.0.1:${port}/`;
    await waitForServer(base);
    browser = await chromium.launch({ executablePath: ensureBrowser().path, args: CHROMIUM_FLAGS, headless: true });
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(instrument);
    await page.goto(base);
    await page.getByTestId('open-scenario').waitFor();
    const now = new Date().toISOString();
    const backup = {
      format: 'cp-backup',
      version: 1,
      exportedAt: now,
      scenarios: scenarios.map((s, i) => ({ id: `g${i}`, name: s.name, updatedAt: now, scenario: s })),
    };
    await page.getByRole('button', { name: /^☰ / }).click();
    await page.getByTestId('import-input').setInputFiles(
      {
        name: 'library.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(backup)),
      },
      { timeout: 600_000 },
    ); // 10,000 scenarios are a backup of tens of MB
    await page.getByTestId('import-results').getByText(/\d/).first().waitFor({ timeout: 600_000 });
    // The library panel's own close button (Escape only works with the focus inside the panel).
    const panel = page.getByTestId('library');
    await panel.getByRole('button', { name: /^✕ / }).click({ timeout: 300_000 });
    await panel.waitFor({ state: 'hidden', timeout: 300_000 });
    await page.waitForTimeout(2000); // the library's re-rendering out of the way
    const name = `${label.replace(/\W+/g, '-')}-first`;
    const first = await traced(browser, page, () => profiled(page, name, () => openTab(page, N + 6)));
    return { browser, page, first, close };
  } catch (e) {
    await close();
    throw e;
  }
}

/**
 * Runs `measure` under a Chromium trace and adds CPU figures from it: on a loaded machine a task's
 * wall time stretches with the load while its thread time (`tdur`) does not, so the longest
 * main-thread task is also given in CPU time, with the page's and the workers' total CPU.
 */
async function traced(browser, page, measure) {
  await browser.startTracing(page, { categories: ['toplevel', '__metadata'] });
  const result = await measure();
  const trace = await browser.stopTracing();
  if (PROFILE) mkdirSync(PROFILE, { recursive: true });
  if (PROFILE) writeFileSync(join(PROFILE, `portfolio-${++traces}.trace.json`), trace);
  const { traceEvents } = JSON.parse(trace.toString('utf8'));
  const names = new Map();
  for (const e of traceEvents)
    if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
  const main = [...names].find(([, n]) => n === 'CrRendererMain')?.[0];
  const cpu = { main: 0, workers: 0, longest: 0, over: 0 };
  const ends = new Map();
  for (const e of traceEvents.filter((x) => x.ph === 'X' && x.name.endsWith('RunTask')).sort((a, b) => a.ts - b.ts)) {
    const thread = `${e.pid}:${e.tid}`;
    if ((ends.get(thread) ?? 0) > e.ts) continue; // a task nested in another is counted in it
    ends.set(thread, e.ts + e.dur);
    const ms = (e.tdur ?? e.dur) / 1000;
    if (thread === main) {
      cpu.main += ms;
      cpu.longest = Math.max(cpu.longest, ms);
      if (ms > 50) cpu.over++;
    } else if (/Worker/.test(names.get(thread) ?? '') && e.pid === Number(main?.split(':')[0])) cpu.workers += ms;
  }
  return {
    ...result,
    cpu: {
      'longest task CPU ms': cpu.longest.toFixed(0),
      'tasks > 50 ms CPU': cpu.over,
      'page CPU ms': cpu.main.toFixed(0),
      'workers CPU ms': cpu.workers.toFixed(0),
    },
  };
}

/** Runs `measure`, with the page's CPU profile written to the --profile folder when one is given. */
async function profiled(page, name, measure) {
  if (!PROFILE) return measure();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const result = await measure();
  const { profile } = await cdp.send('Profiler.stop');
  mkdirSync(PROFILE, { recursive: true });
  writeFileSync(join(PROFILE, `portfolio-${name}.cpuprofile`), JSON.stringify(profile));
  await cdp.detach();
  return result;
}

/** Clicks the Portfolio tab and waits until every row has its figures and no progress shows. */
async function openTab(page, total) {
  await page.evaluate(() => window.__bench.reset());
  const t0 = await page.evaluate(() => performance.now());
  const tab = page.getByRole('tab', { name: 'Portfolio' });
  // --hover-ms N: the pointer rests on the tab N ms before the click, as a hand's does (the time
  // is still counted from the click); without it Playwright moves and clicks at once.
  if (HOVER_MS > 0) {
    await tab.hover();
    await page.waitForTimeout(HOVER_MS);
  }
  await tab.click();
  await page.waitForFunction(
    (n) => {
      const count = document.querySelector('.portfolio .count')?.textContent ?? '';
      const done = count.startsWith(`${n.toLocaleString('en-US')} of`) || count.startsWith(`${n} of`);
      return (
        done &&
        !document.querySelector('.portfolio progress') &&
        !document.querySelector('.portfolio td.pending') &&
        document.querySelector('section.totals tbody tr')
      );
    },
    total,
    { timeout: 600_000, polling: 'raf' },
  );
  return page.evaluate((start) => {
    const b = window.__bench;
    const tasks = b.longTasks.filter((t) => t.start >= start);
    const end = performance.now();
    return {
      ms: end - start,
      // From the click event the page received: without Playwright's locating and checking the
      // tab before it clicks (several round trips to the page, slow on a loaded machine).
      fromClick: end - (b.clickAt ?? start),
      progressSeen: b.progressSeen,
      longest: Math.max(0, ...tasks.map((t) => t.duration)),
      over: tasks.filter((t) => t.duration > 50).length,
      tasks: tasks
        .filter((t) => t.duration > 50)
        .map((t) => ({ 'at ms': Math.round(t.start - start), 'duration ms': Math.round(t.duration) })),
    };
  }, t0);
}

/** Runs in the page before the app: long tasks, and whether the progress bar ever showed. */
function instrument() {
  const bench = {
    longTasks: [],
    progressSeen: false,
    clickAt: null,
    reset() {
      this.longTasks = [];
      this.progressSeen = false;
      this.clickAt = null;
    },
  };
  document.addEventListener(
    'pointerdown',
    (e) => {
      if (e.target instanceof Element && e.target.closest('[role=tab]')) bench.clickAt = e.timeStamp;
    },
    true,
  );
  Object.assign(window, { __bench: bench });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => {
    if (!bench.progressSeen && document.querySelector('.portfolio progress')) bench.progressSeen = true;
  }).observe(document, { subtree: true, childList: true });
}
