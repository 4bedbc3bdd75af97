import type { Locator, Page } from '@playwright/test';

/** The Workbook tab: sheet tabs, the formula bar with the precedents, the sheet grid, the defined names. */
export class WorkbookPage {
  readonly tab: Locator;
  readonly sheetTabs: Locator;
  readonly formulaBar: Locator;
  readonly address: Locator;
  readonly content: Locator;
  readonly value: Locator;
  readonly precedents: Locator;
  readonly names: Locator;
  readonly back: Locator;
  readonly grid: Locator;

  constructor(readonly page: Page) {
    this.tab = page.getByRole('tab', { name: /^(Workbook|Libro de cálculo|Pasta de trabalho)$/ });
    this.sheetTabs = page.getByRole('tablist', { name: /^(Sheets|Hojas|Planilhas)$/ });
    this.formulaBar = page.getByTestId('formula-bar');
    this.address = page.getByTestId('cell-address');
    this.content = page.getByTestId('cell-content');
    this.value = page.getByTestId('cell-value');
    this.precedents = page.getByTestId('precedents');
    this.names = page.getByTestId('defined-names');
    this.back = this.formulaBar.getByRole('button', { name: /^(Back|Volver|Voltar)/ });
    this.grid = page.getByRole('grid', { name: /^(Sheet|Hoja|Planilha) / });
  }

  async open(): Promise<void> {
    await this.tab.click();
    await this.grid.waitFor();
  }

  async openSheet(name: string): Promise<void> {
    await this.sheetTabs.getByRole('tab', { name, exact: true }).click();
    await this.page.getByRole('grid', { name: new RegExp(` ${name}$`) }).waitFor();
  }

  /** A cell by its spreadsheet row number and column letter index (0 = A). */
  cell(row: number, col: number): Locator {
    return this.grid.locator(`td[data-row="${row - 1}"][data-col="${col}"]`);
  }

  /** Whether a cell is inside the sheet's scrolled view (below the column letters, above the bottom edge). */
  async inSheetView(row: number, col: number): Promise<boolean> {
    return this.cell(row, col).evaluate((td) => {
      const view = td.closest('.viewport')?.getBoundingClientRect();
      const r = td.getBoundingClientRect();
      return !!view && r.top >= view.top + r.height - 1 && r.bottom <= view.bottom + 1;
    });
  }

  /** Follows the precedent whose button text contains `text` (a name like DiscountRate, or an address). */
  async follow(text: string): Promise<void> {
    await this.precedents.getByRole('button').filter({ hasText: text }).first().click();
  }

  async goToName(name: string): Promise<void> {
    await this.names.getByRole('button').filter({ hasText: name }).first().click();
  }
}
