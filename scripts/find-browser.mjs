// Finds a Chromium for the end-to-end tests, installing one when there is none.
// Playwright's own download does not work on machines that reach only npm and Debian's apt,
// so the system browser comes first.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** The only flags the browser is launched with. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Looks for a browser without installing anything: $CHROMIUM_PATH, then Debian's chromium,
 * then the one `npx playwright install` would have put in Playwright's cache.
 * @returns {{ path: string, source: string } | undefined}
 */
export function locateBrowser() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
    return { path: fromEnv, source: 'CHROMIUM_PATH' };
  }
  if (existsSync(DEBIAN_CHROMIUM)) return { path: DEBIAN_CHROMIUM, source: "Debian's chromium package" };
  const own = playwrightChromium();
  if (own && existsSync(own)) return { path: own, source: "Playwright's own Chromium" };
  return undefined;
}

/**
 * Like locateBrowser, but installs a browser when none is found: Debian's package when running
 * as root on Debian, otherwise Playwright's. Prints what it does; never reads standard input.
 * @returns {{ path: string, source: string }}
 */
export function ensureBrowser() {
  const found = locateBrowser();
  if (found) return found;
  console.log('No Chromium found (CHROMIUM_PATH, /usr/bin/chromium, Playwright cache): installing one.');
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/etc/debian_version')) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    run('apt-get', ['-o', 'DPkg::Lock::Timeout=600', 'update'], env);
    run('apt-get', ['-o', 'DPkg::Lock::Timeout=600', 'install', '-y', 'chromium'], env);
  } else {
    run('npx', ['playwright', 'install', 'chromium'], process.env);
  }
  const installed = locateBrowser();
  if (!installed) throw new Error('Installed a browser but still cannot find it; set CHROMIUM_PATH.');
  return installed;
}

function playwrightChromium() {
  try {
    const { chromium } = createRequire(import.meta.url)('playwright-core');
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

function run(command, args, env) {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { env, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`);
}
