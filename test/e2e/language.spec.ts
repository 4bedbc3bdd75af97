import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The language stored in the app's IndexedDB settings (src/persistence/ui-settings.ts), or null. */
function storedLanguage(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      new Promise<string | null>((resolve) => {
        const open = indexedDB.open('cp-scenario-modeller');
        open.onerror = () => resolve(null);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('settings').objectStore('settings').get('ui');
          get.onsuccess = () => {
            db.close();
            resolve((get.result as { language?: string } | undefined)?.language ?? null);
          };
          get.onerror = () => {
            db.close();
            resolve(null);
          };
        };
      }),
  );
}

test.describe('the chosen language', () => {
  test('is Spanish for a browser in Spanish', async ({ app, page }) => {
    await app.goto();
    await expect(app.heading).toHaveText('Modelador de escenarios de producción más limpia');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  });

  test('is remembered after a reload', async ({ app, page }) => {
    await app.goto();
    await app.waitForEngine();
    await app.chooseLanguage('English');
    await expect(app.heading).toHaveText('Cleaner-production scenario modeller');
    await expect(app.engineResult).toHaveText('2,224.44');
    // The choice is written to IndexedDB asynchronously: reload once it is stored (a reload that
    // beats the write would rightly come back in Spanish).
    await expect.poll(() => storedLanguage(page)).toBe('en');

    await page.reload();
    await expect(app.heading).toHaveText('Cleaner-production scenario modeller');
    await expect(app.languagePicker).toHaveValue('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await app.waitForEngine();
    await expect(app.engineStatus).toContainText('Engine ready');
  });
});
