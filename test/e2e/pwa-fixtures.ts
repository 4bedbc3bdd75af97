import { test as base } from './fixtures';
import { OfflineApp } from './pages/offline-app';
import { PwaServer } from './pwa-server';

/**
 * The offline and update tests run through a PwaServer in front of `vite preview`: the page's
 * origin (and so the guard's) is the stand-in's, which each test can take down or redeploy.
 */
export const test = base.extend<{ server: PwaServer; sw: OfflineApp }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  server: async ({}, use, testInfo) => {
    const upstream = testInfo.project.use.baseURL;
    if (!upstream) throw new Error('playwright.config.ts sets no baseURL');
    const server = await PwaServer.start(upstream);
    await use(server);
    await server.close();
  },
  baseURL: async ({ server }, use) => {
    await use(server.url);
  },
  sw: async ({ page }, use) => {
    await use(new OfflineApp(page));
  },
});

export { expect } from './fixtures';
