import { expect, test } from './pwa-fixtures';

test.describe('offline', () => {
  test('after one visit the app opens and computes with the network off', async ({ app, sw, page, context, server }, testInfo) => {
    await app.goto();
    await app.waitForEngine();
    await sw.waitUntilCached();
    await expect(sw.readyNote).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('offline-ready-es.png') });

    // Both the browser's switch and the server: neither a page nor a worker request can reach anything.
    await context.setOffline(true);
    server.mode = 'down';
    await page.reload();
    await app.waitForEngine();
    expect(await sw.controlled()).toBe(true);
    await expect(app.heading).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('offline-reloaded-es.png'), fullPage: true });
  });
});

test.describe('a new version', () => {
  test('is offered, waits for the user, and is applied with a reload', async ({ app, sw, page, server }, testInfo) => {
    await app.goto();
    await app.waitForEngine();
    await sw.waitUntilCached();
    expect(await sw.build()).toBeNull();

    server.mode = 'next';
    await sw.checkForUpdate();
    await expect(sw.updateNotice).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('update-offered-es.png') });
    expect(await sw.build()).toBeNull(); // it waits: nothing reloaded by itself

    await Promise.all([page.waitForEvent('load'), sw.reloadNow.click()]);
    await app.waitForEngine();
    expect(await sw.build()).toBe('next');
    await expect(sw.updateNotice).toBeHidden();
  });
});
