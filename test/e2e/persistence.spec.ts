import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, locateBrowser } from '../../scripts/find-browser.mjs';
import { expect, test } from './fixtures';
import { PageGuard } from './guard';
import { LibraryPage } from './pages/library-page';

const RATE = 'Tasa de descuento';
const NAME = 'Nombre';

/** The main process of the browser running on `profile` (its command line names the profile; helpers have --type=). */
function browserPid(profile: string): number {
  const lines = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n');
  const main = lines.find((l) => l.includes(`--user-data-dir=${profile}`) && !l.includes('--type='));
  if (!main) throw new Error(`no browser runs on ${profile}`);
  return Number.parseInt(main.trim(), 10);
}

test.describe('saves survive', () => {
  test('a browser killed during rapid edits: every save reported done is there after a relaunch', async ({
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const profile = await mkdtemp(join(tmpdir(), 'cp-profile-'));
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    const guard = new PageGuard(origin);
    const launch = async () => {
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: process.env.CHROMIUM_PATH ?? locateBrowser()?.path,
        args: CHROMIUM_FLAGS,
        headless: true,
        baseURL,
        locale: 'es-BO',
      });
      const page = context.pages()[0] ?? (await context.newPage());
      await guard.watch(context, page);
      return { context, library: new LibraryPage(page) };
    };
    try {
      const first = await launch();
      await first.library.goto();
      await first.library.saved();
      // Rates 11 % .. 40 %: most edits come faster than the autosave, every third one waits until
      // the header reports it saved (state, not a fixed sleep).
      let confirmed = 0;
      for (let i = 1; i <= 30; i++) {
        await first.library.setField(RATE, String(10 + i));
        if (i % 3 === 0) await first.library.saved();
        if ((await first.library.status.getAttribute('data-status')) === 'saved') confirmed = i;
      }
      expect(confirmed).toBeGreaterThan(0);
      await first.library.setField(RATE, '99'); // an edit under way at the moment of the kill
      process.kill(browserPid(profile), 'SIGKILL');
      await Promise.race([first.context.close().catch(() => undefined), new Promise((r) => setTimeout(r, 5_000))]);

      const second = await launch();
      await second.library.goto();
      const shown = await second.library.field(RATE).inputValue();
      const rate = Number.parseFloat(shown);
      // What was reported saved is there; a later edit may be too, never an earlier one.
      expect(rate === 99 || rate >= 10 + confirmed, `shown ${shown}, last reported saved ${10 + confirmed} %`).toBe(
        true,
      );
      await second.context.close();
      expect(guard.problems).toEqual([]);
    } finally {
      await rm(profile, { recursive: true, force: true });
    }
  });

  test('storage quota forced low: a clear message, the draft exportable, nothing lost', async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000); // a megabyte typed into one field takes the editor a while
    // Chromium applies a quota override to a database opened after it (an open one keeps the space
    // it was granted): lower the quota first, leaving room for the samples only. No service
    // worker, so that its cache of the app does not count against the quota.
    const context = await browser.newContext({ serviceWorkers: 'block', locale: 'es-BO', baseURL });
    const page = await context.newPage();
    const guard = new PageGuard(new URL(baseURL ?? 'http://127.0.0.1').origin);
    await guard.watch(context, page);
    await page.goto('about:blank');
    const cdp = await context.newCDPSession(page);
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1024 * 1024 });
    const library = new LibraryPage(page);
    await library.goto();
    await library.setField(RATE, '16');
    await library.saved();
    const savedName = (await library.openName.innerText()).trim();
    // An edit that needs more room than is left (a long text pasted into the name).
    const big = `Grande ${'x'.repeat(1200 * 1024)}`;
    await library.setField(NAME, big);
    await expect(library.status).toHaveAttribute('data-status', 'not-saved');
    await expect(library.status.getByRole('alert')).toContainText(
      'El almacenamiento del navegador para esta aplicación está lleno',
    );
    await page.screenshot({ path: test.info().outputPath('quota-es.png') });

    // The way out: the draft as it is, as a file.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      library.status.getByRole('button', { name: 'Exportar lo que tiene' }).click(),
    ]);
    expect(JSON.parse(await readFile(await download.path(), 'utf8'))).toMatchObject({ discountRate: 0.16, name: big });

    // What was saved before is intact (another tab reads it), and the edit is written once there is room.
    const other = new LibraryPage(await context.newPage());
    await other.goto();
    await expect(other.openName).toHaveText(savedName);
    await expect(other.field(RATE)).toHaveValue(/^16\s?%$/);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin }); // no size: the override is lifted
    await library.status.getByRole('button', { name: 'Reintentar' }).click();
    await library.saved();
    await expect(other.openName).toHaveText(/^Grande x/);
    await page.reload();
    await library.openName.waitFor();
    await expect(library.field(NAME)).toHaveValue(big);
    await context.close();
    expect(guard.problems).toEqual([]);
  });
});

/** An old tab that holds the database open and ignores requests to close: the upgrade waits for it. */
test('a database that does not open in time: the recovery screen, not a hang', async ({ page, context }) => {
  test.setTimeout(90_000);
  const old = await context.newPage();
  await old.goto('/examples/README.md');
  await old.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const request = indexedDB.open('cp-scenario-modeller', 1);
        request.onupgradeneeded = () => request.result.createObjectStore('settings');
        request.onsuccess = () => resolve(); // kept open, with no versionchange handler
      }),
  );
  await page.goto('/');
  const recovery = page.getByTestId('storage-recovery');
  // The preferences and the library share one connection (src/persistence/early-db.ts): 10 s, then both give up.
  await expect(recovery).toBeVisible({ timeout: 40_000 });
  // "Blocked" when this open request met the old tab itself; "timeout" when it queued behind another.
  await expect(recovery).toContainText(/sigue abierta con una versión anterior|no respondió en 10 segundos/);
  await page.screenshot({ path: test.info().outputPath('recovery-es.png') });
  await old.close(); // the stuck tab goes away: trying again opens the library
  await recovery.getByRole('button', { name: 'Reintentar' }).click();
  await expect(page.getByTestId('open-scenario')).toBeVisible({ timeout: 20_000 });
});
