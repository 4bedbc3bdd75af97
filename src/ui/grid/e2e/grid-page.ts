import type { Locator, Page } from '@playwright/test';
import type { CellEdit } from '../types';

/** The grid demo page: the grid, and the log where the demo owner records what the grid reported. */
export class GridPage {
  readonly grid: Locator;
  readonly log: Locator;
  readonly selected: Locator;

  constructor(readonly page: Page) {
    this.grid = page.getByRole('grid', { name: 'Medidas' });
    this.log = page.getByTestId('log');
    this.selected = page.getByTestId('selected');
  }

  async goto(locale = 'es-CO'): Promise<void> {
    await this.page.goto(`/src/ui/grid/demo/index.html?locale=${locale}`);
    await this.grid.waitFor();
  }

  cell(row: number, col: number): Locator {
    return this.grid.locator(`td[data-row="${row}"][data-col="${col}"]`);
  }

  editor(): Locator {
    return this.grid.locator('td input, td select');
  }

  /** Tabs into the grid from the button placed before it. */
  async tabIn(): Promise<void> {
    await this.page.getByRole('button', { name: 'before' }).focus();
    await this.page.keyboard.press('Tab');
  }

  /** Lines the demo logged ('edit [...]', 'insert 2', 'page undo', …). */
  async lines(): Promise<string[]> {
    return this.log.locator('li').allInnerTexts();
  }

  /** The onedit calls so far, one array per user action. */
  async edits(): Promise<CellEdit[][]> {
    const lines = await this.lines();
    return lines.filter((l) => l.startsWith('edit ')).map((l) => JSON.parse(l.slice(5)) as CellEdit[]);
  }

  /** "row,col" of the focused element, or its tag when it is not a cell. */
  async focused(): Promise<string> {
    return this.page.evaluate(() => {
      const el = document.activeElement;
      const row = el?.getAttribute('data-row');
      return row === null || row === undefined ? (el?.tagName ?? '') : `${row},${el?.getAttribute('data-col')}`;
    });
  }
}
