import { expect, type Locator, type Page } from '@playwright/test';

/** Reads a number as shown in a locale that writes `1.234,5` (es-BO, es-CO): currency, %, words and spaces dropped. */
export function readShownNumber(text: string, decimal = ','): number {
  const group = decimal === ',' ? '.' : ',';
  const core = text
    .replace(/[\u2212\u2013]/g, '-')
    .replace(/[^\d,.-]/g, '')
    .replaceAll(group, '')
    .replace(decimal, '.');
  const n = Number(core.replace(/(?!^)-/g, ''));
  if (!Number.isFinite(n) || core === '') throw new Error(`not a number on screen: "${text}"`);
  return /-/.test(core) ? -Math.abs(n) : n;
}

/** The scenario editor: the library to open a scenario, the key-figure strip, the fields and the measures grid. */
export class EditorPage {
  readonly undo: Locator;
  readonly redo: Locator;
  readonly measures: Locator;
  readonly problems: Locator;
  readonly engineNotice: Locator;

  constructor(readonly page: Page) {
    this.undo = page.getByRole('button', { name: /^↶ (Deshacer|Undo|Desfazer)$/ });
    this.redo = page.getByRole('button', { name: /^↷ (Rehacer|Redo|Refazer)$/ });
    this.measures = page.getByRole('grid', { name: /^(Medidas|Measures)$/ });
    this.problems = page.getByRole('region', { name: /problema|problem/i });
    this.engineNotice = page.getByTestId('engine-notice');
  }

  /** Loads the app and waits for the open scenario's figures. */
  async goto(): Promise<void> {
    await this.page.goto('/');
    await this.figure('npv').waitFor();
  }

  /** Opens a scenario of the library by its name (the samples are there on a first run). */
  async openScenario(name: string): Promise<void> {
    await this.page.getByRole('button', { name: /^☰ / }).click();
    const library = this.page.getByTestId('library');
    await library.getByRole('button', { name, exact: true }).click();
    await expect(library).toBeHidden();
    await expect(this.page.getByTestId('open-scenario')).toHaveText(name);
    await this.figure('npv').waitFor();
  }

  /** A figure of the key-figure strip: npv, irr, payback, capex, equityNpv… */
  figure(key: string): Locator {
    return this.page.locator(`[data-figure="${key}"] dd:not(.note)`);
  }

  /** The strip's figure as a number (es-* locales), null for a dash or "not within the horizon". */
  async figureValue(key: string): Promise<number | null> {
    const text = (await this.figure(key).innerText()).trim();
    return /\d/.test(text) ? readShownNumber(text) : null;
  }

  /** Waits until the figures on screen are those of the draft being edited. */
  async settled(): Promise<void> {
    await expect(this.page.locator('.figures.stale')).toHaveCount(0);
    await expect(this.page.getByRole('status').filter({ hasText: /Calculando|Computing|Calculando/ })).toHaveCount(0);
  }

  tab(name: RegExp | string): Locator {
    return this.page.getByRole('tablist', { name: /^(Vistas|Views)$/ }).getByRole('tab', { name });
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  /** Types into a field and commits it with Enter, as a user does. */
  async setField(label: string, text: string): Promise<void> {
    const field = this.field(label);
    await field.click();
    await field.fill(text);
    await field.press('Enter');
  }

  /** Adds a measure at the end with the button under the measures grid. */
  async addMeasureRow(): Promise<void> {
    await this.page
      .getByRole('region', { name: /^(Medidas|Measures)$/ })
      .getByRole('button', { name: /^\+ (Agregar fila|Add row|Adicionar linha)$/ })
      .click();
  }

  /** A cell of the measures grid (0-based data row and column). */
  measureCell(row: number, col: number): Locator {
    return this.measures.locator(`td[data-row="${row}"][data-col="${col}"]`);
  }

  /** The measures grid's column index of a header. */
  async measureColumn(header: string | RegExp): Promise<number> {
    const headers = await this.measures.locator('thead th').allInnerTexts();
    const i = headers.findIndex((h) => (typeof header === 'string' ? h.trim() === header : header.test(h.trim())));
    if (i < 1) throw new Error(`no column "${header}" in ${headers.join(' | ')}`);
    return i - 1; // the first header is the row numbers'
  }

  /** The row of a measure by its id, in the measures grid. */
  async measureRow(id: string): Promise<number> {
    const col = await this.measureColumn(/^(Id|Código)$/);
    const ids = await this.measures.locator(`td[data-col="${col}"]`).allInnerTexts();
    const row = ids.findIndex((t) => t.trim() === id);
    if (row < 0) throw new Error(`no measure "${id}"`);
    return row;
  }

  /** "row,col" of the focused grid cell, or the focused element's tag. */
  async focused(): Promise<string> {
    return this.page.evaluate(() => {
      const el = document.activeElement;
      const row = el?.getAttribute('data-row');
      return row === null || row === undefined ? (el?.tagName ?? '') : `${row},${el?.getAttribute('data-col')}`;
    });
  }
}
