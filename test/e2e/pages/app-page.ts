import type { Locator, Page } from '@playwright/test';

/** The app shell: header with the language picker, and the engine status panel. */
export class AppPage {
  readonly heading: Locator;
  readonly languagePicker: Locator;
  readonly engineStatus: Locator;
  readonly engineResult: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    // By its label in any of the three languages: the header holds other pickers too.
    this.languagePicker = page.getByRole('combobox', { name: /^(Idioma|Language)$/ });
    this.engineStatus = page.getByTestId('engine-status');
    this.engineResult = page.getByTestId('engine-result');
  }

  async goto(): Promise<void> {
    await this.page.goto('/');
  }

  /** Waits until the worker has answered the probe formula (the card sits in the closed About dialog). */
  async waitForEngine(): Promise<void> {
    await this.engineStatus.and(this.page.locator('[data-phase="ready"]')).waitFor({ state: 'attached' });
  }

  /** Opens the About dialog, where the engine card is. */
  async openAbout(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Acerca de|About|Sobre)$/ }).click();
    await this.page.getByTestId('about-dialog').waitFor();
  }

  /** By the header's picker, or on a phone (where the picker gives way to it) through the menu. */
  async chooseLanguage(name: 'Español' | 'English'): Promise<void> {
    if (await this.languagePicker.isVisible()) {
      await this.languagePicker.selectOption({ label: name });
      return;
    }
    await this.page.getByRole('button', { name: /^(Menú|Menu)$/ }).click();
    await this.page.getByRole('menuitemradio', { name: new RegExp(`: ${name}$`) }).click();
  }
}
