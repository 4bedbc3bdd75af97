import { expect, type Locator, type Page } from '@playwright/test';

/** The service worker as a user meets it: the offline-ready note, the new-version notice; and the edits it must keep. */
export class OfflineApp {
  readonly saveStatus: Locator;
  readonly openName: Locator;
  readonly readyNote: Locator;
  readonly updateNotice: Locator;
  readonly reloadNow: Locator;
  readonly later: Locator;
  readonly updateChip: Locator;

  constructor(readonly page: Page) {
    this.saveStatus = page.getByTestId('save-status');
    this.openName = page.getByTestId('open-scenario');
    this.readyNote = page.getByTestId('offline-ready');
    this.updateNotice = page.getByTestId('update-notice');
    this.reloadNow = this.updateNotice.getByRole('button', { name: /^(Recargar ahora|Reload now|Recarregar agora)$/ });
    this.later = this.updateNotice.getByRole('button', { name: /^(Más tarde|Later|Mais tarde)$/ });
    this.updateChip = page.getByTestId('update-chip');
  }

  /** Loads the app and waits until a scenario of the library is open. */
  async goto(): Promise<void> {
    await this.page.goto('/');
    await this.openName.waitFor();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.openName.waitFor();
  }

  /** Opens a scenario from the library panel by its exact name. */
  async openScenario(name: string): Promise<void> {
    await this.page.getByRole('button', { name: /^☰ / }).click();
    await this.page.getByTestId('library').getByRole('button', { name, exact: true }).click();
    await expect(this.openName).toHaveText(name);
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  async setField(label: string, text: string): Promise<void> {
    await this.field(label).fill(text);
    await this.field(label).press('Enter');
  }

  /** Waits for "saved": every edit so far is on disk. */
  async saved(): Promise<void> {
    await expect(this.saveStatus).toHaveAttribute('data-status', 'saved');
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
    return this.page
      .locator('meta[name="app-build"]')
      .getAttribute('content', { timeout: 1000 })
      .catch(() => null);
  }
}
