import type { Locator, Page } from '@playwright/test';

/** The Results tab: the key-figure strip above it, reduction shares, the ranking and the charts. */
export class ResultsPage {
  readonly tab: Locator;
  readonly ranking: Locator;
  readonly shares: Locator;

  constructor(readonly page: Page) {
    this.tab = page.getByRole('tab', { name: /^(Resultados|Results)$/ });
    this.ranking = page.getByTestId('ranking');
    this.shares = page.locator('[data-share]');
  }

  /** Shows the tab and waits until the open scenario's figures are there (its first measure is ranked). */
  async show(firstMeasureId: string): Promise<void> {
    await this.tab.click();
    await this.row(firstMeasureId).waitFor();
  }

  /** The value of a key figure (`npv`, `irr`, `payback`, ...): see src/ui/results/figures.ts. */
  figure(key: string): Locator {
    return this.page.locator(`[data-figure="${key}"] dd`).first();
  }

  row(measureId: string): Locator {
    return this.ranking.locator(`tbody tr[data-measure="${measureId}"]`);
  }

  cell(measureId: string, key: string): Locator {
    return this.row(measureId).locator(`td[data-key="${key}"]`);
  }

  /** Measure ids in the order the ranking shows them. */
  async rankedIds(): Promise<string[]> {
    return this.ranking
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-measure') ?? ''));
  }

  /** The sort button of a column, by its key (`npv`, `simplePaybackYears`, `macPerTonne`, ...). */
  sortButton(key: string): Locator {
    return this.ranking.locator(`thead th[data-key="${key}"] button`);
  }

  header(key: string): Locator {
    return this.ranking.locator(`thead th[data-key="${key}"]`);
  }

  /** A chart's figure: `cash-flow`, `mac-curve`, `npv`, `debt-service`, `dscr`. */
  chart(name: string): Locator {
    return this.page.locator(`figure[data-chart="${name}"]`);
  }

  /** The chart Plot drew (the element with the figure's accessible name). */
  chartImage(name: string): Locator {
    return this.chart(name).locator('[role="img"]');
  }
}
