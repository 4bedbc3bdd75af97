import { expect, test } from './pwa-fixtures';
import { sampleTitle } from './expected-text';

const POULTRY = sampleTitle('bolivia-poultry-slaughterhouse');
const RATE = 'Tasa de descuento';

test.describe('offline', () => {
  test('after one visit the app opens, edits and saves with the network off; the edit is there back online', async ({
    app,
    sw,
    page,
    context,
    server,
  }, testInfo) => {
    await sw.goto();
    await sw.waitUntilCached();
    await expect(sw.readyNote).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('offline-ready-es.png') });

    // Both the browser's switch and the server: neither a page nor a worker request can reach anything.
    await context.setOffline(true);
    server.mode = 'down';
    await sw.reload();
    await expect.poll(() => sw.controlled()).toBe(true);
    await app.waitForEngine();
    await sw.openScenario(POULTRY);
    await sw.setField(RATE, '17');
    await sw.saved();
    await expect(page.locator('[data-figure="npv"]')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('offline-edited-es.png'), fullPage: true });

    await context.setOffline(false);
    server.mode = 'current';
    await sw.reload();
    await sw.openScenario(POULTRY);
    await expect(sw.field(RATE)).toHaveValue(/^17\s?%$/);
  });
});

test.describe('a new version', () => {
  test('is offered, waits for the user, and reloads only once the edit in progress is saved', async ({
    sw,
    page,
    server,
  }, testInfo) => {
    await sw.goto();
    await sw.waitUntilCached();
    await expect.poll(() => sw.build()).toBeNull();
    const name = await sw.openName.innerText();

    server.mode = 'next';
    await sw.checkForUpdate();
    await expect(sw.updateNotice).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('update-offered-es.png') });
    await expect.poll(() => sw.build()).toBeNull(); // it waits: nothing reloaded by itself

    // An edit whose autosave has not run yet, then at once "reload now".
    await sw.setField(RATE, '19');
    await expect(sw.saveStatus).not.toHaveAttribute('data-status', 'saved');
    await Promise.all([page.waitForEvent('load'), sw.reloadNow.click()]);
    await sw.openName.waitFor();
    await expect.poll(() => sw.build()).toBe('next');
    await expect(sw.updateNotice).toBeHidden();
    await expect(sw.openName).toHaveText(name);
    await expect(sw.field(RATE)).toHaveValue(/^19\s?%$/);
  });

  test('"later" keeps it waiting behind a small button', async ({ sw, page, server }, testInfo) => {
    await sw.goto();
    await sw.waitUntilCached();
    server.mode = 'next';
    await sw.checkForUpdate();
    await sw.later.click();
    await expect(sw.updateChip).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('update-later-es.png') });
    await Promise.all([page.waitForEvent('load'), sw.updateChip.click()]);
    await expect.poll(() => sw.build()).toBe('next');
  });
});
