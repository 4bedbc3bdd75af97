import { expect, type Locator, type Page } from '@playwright/test';
import { sampleTitle } from '../expected-text';

/** The Credit tab (the lender's view), its financing presets, the credit memo and the downloads in the toolbar. */
export class CreditPage {
  readonly libraryButton: Locator;
  readonly tab: Locator;
  readonly schedule: Locator;
  readonly verdict: Locator;
  readonly rebate: Locator;
  readonly presetStatus: Locator;
  readonly openMemo: Locator;
  readonly memo: Locator;
  readonly excel: Locator;
  readonly csv: Locator;

  constructor(readonly page: Page) {
    this.libraryButton = page.getByRole('button', { name: /^☰ (Escenarios|Scenarios|Cenários)$/ });
    this.tab = page.getByRole('tab', { name: /^(Crédito|Credit)$/ });
    this.schedule = page.locator('table.schedule[data-part="all"]');
    this.verdict = page.locator('[data-eligible]');
    this.rebate = page.locator('.rebate');
    this.presetStatus = page.locator('#panel-credit .presets [role="status"]');
    this.openMemo = page.getByRole('button', { name: /(credit memo|memorando para el comité)/i });
    this.memo = page.getByRole('dialog');
    this.excel = page.getByRole('button', { name: /Excel \(\.xlsx\)/ });
    this.csv = page.getByRole('button', { name: /\(\.csv\)/ });
  }

  /** Opens a sample scenario (by file name in public/examples) from the library, then the Credit tab once its schedule shows. */
  async open(sample: string, { loan = true } = {}): Promise<void> {
    await this.page.goto('/');
    // The first run seeded the sample in the browser's language.
    const name = sampleTitle(sample, await this.page.evaluate(() => navigator.language));
    await this.libraryButton.click();
    await this.page.getByTestId('library-row').getByRole('button', { name, exact: true }).click();
    await expect(this.page.getByTestId('library')).toBeHidden();
    await this.tab.click();
    await (loan ? this.schedule.locator('tbody tr').first() : this.preset('cash')).waitFor();
  }

  preset(id: 'green-credit-line' | 'partial-guarantee' | 'commercial-loan' | 'cash'): Locator {
    return this.page.locator(`#panel-credit [data-preset="${id}"]`);
  }

  /** A cell of the schedule: year `t`, column index (0 = year, 1 opening balance, ... 5 guarantee fee). */
  scheduleCell(t: number, column: number): Locator {
    return this.schedule
      .locator('tbody tr')
      .nth(t - 1)
      .locator('th, td')
      .nth(column);
  }

  check(code: string): Locator {
    return this.page.locator(`#panel-credit [data-check="${code}"]`);
  }

  loss(key: 'without' | 'with' | 'guarantor'): Locator {
    return this.page.locator(`#panel-credit [data-loss="${key}"] .amount`);
  }
}
