import type { Locator, Page } from '@playwright/test';

/** The service worker as a user meets it: the offline-ready note, and the new-version notice. */
export class OfflineApp {
  readonly readyNote: Locator;
  readonly updateNotice: Locator;
  readonly reloadNow: Locator;
  readonly later: Locator;
  readonly updateChip: Locator;

  constructor(readonly page: Page) {
    this.readyNote = page.getByTestId('offline-ready');
    this.updateNotice = page.getByTestId('update-notice');
    this.reloadNow = this.updateNotice.getByRole('button', { name: /^(Recargar ahora|Reload now|Recarregar agora)$/ });
    this.later = this.updateNotice.getByRole('button', { name: /^(Más tarde|Later|Mais tarde)$/ });
    this.updateChip = page.getByTestId('update-chip');
  }

  /** Resolves once a service worker is active: everything is precached and the next load needs no network. */
  async waitUntilCached(): Promise<void> {
    await this.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
  }

  /** Whether a service worker controls the page, i.e. answers its requests. */
  controlled(): Promise<boolean> {
    return this.page.evaluate(() => navigator.serviceWorker.controller !== null);
  }

  /** What a deploy's check finds: the browser fetches the worker script again and compares. */
  async checkForUpdate(): Promise<void> {
    await this.page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
  }

  /** 'next' once the page runs the next version served by PwaServer. */
  build(): Promise<string | null> {
    return this.page.locator('meta[name="app-build"]').getAttribute('content', { timeout: 1000 }).catch(() => null);
  }
}
