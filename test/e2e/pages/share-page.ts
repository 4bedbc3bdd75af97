import type { Locator, Page } from '@playwright/test';

/** Sharing by link: the toolbar's button and its dialog, and the dialog a received link opens. */
export class SharePage {
  readonly shareButton: Locator;
  readonly shareDialog: Locator;
  readonly url: Locator;
  readonly linkDialog: Locator;
  readonly importButton: Locator;
  readonly openName: Locator;
  readonly saveStatus: Locator;

  constructor(readonly page: Page) {
    this.shareButton = page.getByRole('button', { name: /^(Compartir enlace|Share link|Compartilhar link)$/ });
    this.shareDialog = page.getByTestId('share-dialog');
    this.url = page.getByTestId('share-url');
    this.linkDialog = page.getByTestId('link-dialog');
    this.importButton = this.linkDialog.getByRole('button', {
      name: /^(Importar como escenario nuevo|Import as a new scenario)$/,
    });
    this.openName = page.getByTestId('open-scenario');
    this.saveStatus = page.getByTestId('save-status');
  }

  /** Loads the app (at `path`, which may carry a link) and waits until its scenarios are open. */
  async goto(path = '/'): Promise<void> {
    await this.page.goto(path);
    await this.saveStatus.waitFor();
  }

  /** Shares the open scenario and returns the link the dialog shows. */
  async share(): Promise<string> {
    await this.shareButton.click();
    await this.shareDialog.waitFor();
    return this.url.inputValue();
  }

  /** Names of the scenarios in the library panel. */
  async names(): Promise<string[]> {
    await this.page.getByRole('button', { name: /^☰ / }).click();
    const panel = this.page.getByTestId('library');
    const rows = panel.getByTestId('library-row');
    await rows.first().waitFor();
    const names = (await rows.locator('button.name').allInnerTexts()).map((s) => s.trim());
    await panel.getByRole('button', { name: /^✕ / }).click();
    return names;
  }

  figure(key: string): Locator {
    return this.page.locator(`[data-figure="${key}"] dd:not(.note)`);
  }
}
