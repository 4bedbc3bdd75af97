import { test as base, expect } from '@playwright/test';
import { PageGuard } from './guard';
import { AppPage } from './pages/app-page';

interface Fixtures {
  app: AppPage;
  guard: PageGuard;
}

/** Every e2e test imports `test` from here: it gets page objects, and the guard checks its page. */
export const test = base.extend<Fixtures>({
  guard: [
    async ({ context, page, baseURL }, use) => {
      const guard = new PageGuard(new URL(baseURL ?? 'http://127.0.0.1').origin);
      await guard.watch(context, page);
      await use(guard);
      expect(guard.problems, 'CSP violations, console errors or foreign requests').toEqual([]);
    },
    { auto: true },
  ],
  app: async ({ page }, use) => {
    await use(new AppPage(page));
  },
});

export { expect };
