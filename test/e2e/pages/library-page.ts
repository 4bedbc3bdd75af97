import { expect, type Locator, type Page } from '@playwright/test';

/** The scenario library: the header's save status, the Scenarios panel, history, import, compare. */
export class LibraryPage {
  readonly status: Locator;
  readonly openName: Locator;
  readonly panel: Locator;
  readonly compare: Locator;

  constructor(readonly page: Page) {
    this.status = page.getByTestId('save-status');
    this.openName = page.getByTestId('open-scenario');
    this.panel = page.getByTestId('library');
    this.compare = page.getByTestId('compare');
  }

  /** Loads the app and waits until a scenario of the library is open. */
  async goto(): Promise<void> {
    await this.page.goto('/');
    await this.openName.waitFor();
  }

  /** Waits for "saved": the write transaction of every edit so far has completed. */
  async saved(): Promise<void> {
    await expect(this.status).toHaveAttribute('data-status', 'saved');
  }

  /** A field of the editor's general section, by its label. */
  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  async setField(label: string, text: string): Promise<void> {
    const field = this.field(label);
    await field.fill(text);
    await field.press('Enter');
  }

  async openPanel(): Promise<void> {
    if (await this.panel.isVisible()) return;
    await this.page.getByRole('button', { name: /^☰ / }).click();
    await this.panel.waitFor();
  }

  /** Closes the panel if it is open. */
  async closePanel(): Promise<void> {
    if (!(await this.panel.isVisible())) return;
    // Opening a scenario closes the panel by itself, a moment later (once the open one is saved):
    // whichever comes first, that or the click on ✕. Waiting for ✕ alone timed out when the panel went first.
    await Promise.race([
      this.panel.waitFor({ state: 'hidden' }),
      this.panel
        .getByRole('button', { name: /^✕ / })
        .click()
        .catch(() => undefined),
    ]);
    await expect(this.panel).toBeHidden();
  }

  /** The panel's row of a scenario, by its exact name. */
  row(name: string): Locator {
    return this.panel.getByTestId('library-row').filter({ has: this.page.getByRole('button', { name, exact: true }) });
  }

  async names(): Promise<string[]> {
    await this.openPanel();
    return (await this.panel.getByTestId('library-row').locator('button.name').allInnerTexts()).map((s) => s.trim());
  }

  /** Opens a scenario by name; of several with that name, the one changed last (the list's order). */
  async open(name: string): Promise<void> {
    await this.openPanel();
    await this.panel.getByRole('button', { name, exact: true }).first().click();
    await expect(this.openName).toHaveText(name);
  }

  async action(name: string, action: RegExp): Promise<void> {
    await this.openPanel();
    await this.row(name).getByRole('button', { name: action }).click();
  }

  async rename(name: string, to: string): Promise<void> {
    await this.action(name, /^(Renombrar|Rename|Renomear)$/);
    const input = this.panel.getByLabel(/^(Nombre nuevo|New name|Novo nome)$/);
    await input.fill(to);
    await input.press('Enter');
  }

  /** Imports files through the file picker (drag and drop shares its path). */
  async importFiles(paths: string[]): Promise<Locator> {
    await this.openPanel();
    await this.panel.getByTestId('import-input').setInputFiles(paths);
    const results = this.panel.getByTestId('import-results');
    await results.waitFor();
    return results;
  }

  async openCompare(): Promise<void> {
    await this.closePanel();
    await this.page.getByRole('button', { name: /^⇆ / }).click();
    await this.compare.waitFor();
  }
}
