import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures';
import { SHOWN } from './expected-text';
import { EditorPage } from './pages/editor-page';

// The engine worker's own script (assets/engine-<hash>.js; not the page's engine-worker chunk).
const ENGINE_SCRIPT = /\/assets\/engine-(?!worker-)[\w-]+\.js$/;

/**
 * Loads the app and waits for live key figures; `npv` is the NPV of the sample that opens first
 * (the latest), from its expected file, as written in es-CO.
 */
async function openWithLiveFigures(page: Page) {
  const editor = new EditorPage(page);
  await editor.goto();
  const strip = page.getByRole('definition').locator('xpath=ancestor::dl[1]').first();
  await expect(strip).toHaveAttribute('data-figures', 'live');
  const npv = SHOWN['bolivia-ep3-portfolio']?.['es-CO'].npv;
  if (npv === undefined) throw new Error('expected-text.ts has no figures for bolivia-ep3-portfolio');
  return { editor, strip, npv };
}

test.describe('figures from the last session at start (es-CO)', () => {
  // No service worker: it would serve the engine's script from its cache, past the route below.
  test.use({ locale: 'es-CO', serviceWorkers: 'block' });

  test('are shown, marked, before the engine answers, then replaced by the live ones', async ({ page }) => {
    const { editor, strip, npv } = await openWithLiveFigures(page);
    await expect(editor.figure('npv')).toHaveText(npv);
    // The live figures are kept once the user pauses: wait until the record is there.
    await expect
      .poll(() =>
        page.evaluate(async () => {
          const db = await new Promise<IDBDatabase>((resolve, reject) => {
            const r = indexedDB.open('cp-scenario-modeller');
            r.onsuccess = () => resolve(r.result);
            r.onerror = () => reject(new Error('the database did not open'));
          });
          const keys = await new Promise<IDBValidKey[]>((resolve) => {
            const q = db.transaction('local').objectStore('local').getAllKeys();
            q.onsuccess = () => resolve(q.result);
          });
          db.close();
          return keys.filter((k) => typeof k === 'string' && k.startsWith('figures:')).length;
        }),
      )
      .toBe(1);

    // The engine's script is held back: whatever shows now did not come from the engine.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let requested = false;
    await page.route(ENGINE_SCRIPT, async (route: Route) => {
      requested = true;
      await held;
      await route.continue();
    });
    await page.reload();
    const kept = page.getByTestId('kept-figures');
    await expect(kept).toHaveText('Cifras de su última sesión, actualizando…');
    await expect(strip).toHaveAttribute('data-figures', 'cached');
    await expect(editor.figure('npv')).toHaveText(npv);
    expect(requested).toBe(true);
    await page.screenshot({ path: test.info().outputPath('kept-figures-es-1366.png') });

    release();
    await expect(strip).toHaveAttribute('data-figures', 'live');
    await expect(kept).toHaveCount(0);
    await expect(editor.figure('npv')).toHaveText(npv);
    // The editor is drawn once the live figures are in.
    await expect(editor.measures).toBeVisible();
  });

  test('are computed while the page loads, and the first request takes them', async ({ page }) => {
    const { editor, strip, npv } = await openWithLiveFigures(page);
    await page.reload();
    await expect(strip).toHaveAttribute('data-figures', 'live');
    await expect(editor.figure('npv')).toHaveText(npv);
    // src/boot.ts read the last scenario and asked the worker before the app's code had loaded.
    const taken = await page.evaluate(() => performance.getEntriesByName('cp:early-answer-taken').length);
    expect(taken).toBe(1);
  });
});
