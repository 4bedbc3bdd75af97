import { expect, type Locator, type Page } from '@playwright/test';

/** The Sensitivity tab: energy prices, tornado, data table, goal seek and Monte Carlo. */
export class SensitivityPage {
  readonly tab: Locator;
  readonly slider: Locator;
  readonly factor: Locator;
  readonly breakEven: Locator;
  readonly dataTable: Locator;
  readonly goalAnswer: Locator;
  readonly mcState: Locator;
  readonly mcResults: Locator;

  constructor(readonly page: Page) {
    this.tab = page.getByRole('tab', { name: /^(Sensibilidad|Sensitivity|Sensibilidade)$/ });
    this.slider = page.getByRole('slider');
    this.factor = page.getByTestId('energy-factor');
    this.breakEven = page.getByTestId('break-even');
    this.dataTable = page.getByTestId('data-table');
    this.goalAnswer = page.getByTestId('goal-answer');
    this.mcState = page.locator('[data-mc-state]');
    this.mcResults = page.getByTestId('mc-results');
  }

  /** Opens the tab and one of its tools: energy, tornado, table, goal, monte-carlo. */
  async open(tool: 'energy' | 'tornado' | 'table' | 'goal' | 'monte-carlo'): Promise<void> {
    await this.tab.click();
    await this.page.locator(`button[data-tool="${tool}"]`).click();
    await expect(this.page.locator(`button[data-tool="${tool}"]`)).toHaveAttribute('aria-pressed', 'true');
  }

  /** A figure of the energy what-if: npv, irr, payback, discountedPayback, equityNpv, minDscr. */
  energyFigure(key: string): Locator {
    return this.page.locator(`[data-energy-figure="${key}"] dd:not(.note)`);
  }

  /** Moves the energy price slider to `factor` (as a user dragging it ends there). */
  async setFactor(factor: number): Promise<void> {
    await this.slider.fill(String(factor));
  }

  chart(name: string): Locator {
    return this.page.locator(`figure[data-chart="${name}"]`);
  }

  /** The chart Plot drew (the element with the figure's accessible name). */
  chartImage(name: string): Locator {
    return this.chart(name).locator('[role="img"]');
  }

  button(name: RegExp): Locator {
    return this.page.getByRole('button', { name });
  }

  mcFigure(key: string): Locator {
    return this.page.locator(`[data-mc-figure="${key}"] dd`);
  }
}
