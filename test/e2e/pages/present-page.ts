import { expect, type Locator, type Page } from '@playwright/test';

/** Presentation mode: the toolbar's button, the deck, its counter and its slides. */
export class PresentPage {
  readonly button: Locator;
  readonly deck: Locator;
  readonly counter: Locator;
  readonly openName: Locator;

  constructor(readonly page: Page) {
    this.button = page.getByRole('button', { name: /^(Presentar|Present|Apresentar)$/ });
    this.deck = page.getByTestId('deck');
    this.counter = page.getByTestId('slide-counter');
    this.openName = page.getByTestId('open-scenario');
  }

  async goto(): Promise<void> {
    await this.page.goto('/');
    await this.page.locator('[data-figure="npv"]').first().waitFor();
  }

  async openScenario(name: string): Promise<void> {
    await this.page.getByRole('button', { name: /^☰ / }).click();
    await this.page.getByTestId('library').getByRole('button', { name, exact: true }).click();
    await expect(this.openName).toHaveText(name);
  }

  /** Chooses scenarios in the Compare panel (the deck's comparison slide shows them). */
  async choose(names: readonly string[]): Promise<void> {
    await this.page.getByRole('button', { name: /^⇆ / }).click();
    const panel = this.page.getByTestId('compare');
    for (const name of names) await panel.getByLabel(name).check();
    await panel.getByRole('button', { name: /^✕ / }).click();
  }

  async open(): Promise<void> {
    await this.button.click();
    await this.deck.waitFor();
  }

  /** The slide on screen. */
  current(): Locator {
    return this.deck.locator('section.slide[aria-hidden="false"]');
  }

  async total(): Promise<number> {
    return Number((await this.counter.innerText()).split('/')[1]);
  }
}
