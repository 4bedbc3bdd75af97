import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { sampleTitle } from './expected-text';
import { EditorPage } from './pages/editor-page';
import { SensitivityPage } from './pages/sensitivity-page';

const COLOMBIA = 'colombia-green-credit-rebate';

/** The labels of each kind of field, in the two languages the tests run in. */
const LOCALES = [
  {
    locale: 'es-CO',
    principal: 'Capital',
    discount: 'Tasa de descuento',
    minDscr: 'ICSD mínimo',
    capex: 'Inversión',
    seed: 'Semilla',
  },
  {
    locale: 'en-US',
    principal: 'Principal',
    discount: 'Discount rate',
    minDscr: 'Minimum DSCR',
    capex: 'Investment',
    seed: 'Seed',
  },
] as const;

/** The text selected in the focused field. */
function selectedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el instanceof HTMLInputElement ? el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0) : '';
  });
}

/** Enters a field from the one before it (Shift+Tab, then Tab), as the user did. */
async function reenterByKeyboard(field: Locator): Promise<void> {
  await field.click();
  await field.press('Shift+Tab');
  await expect(field).not.toBeFocused();
  await field.page().keyboard.press('Tab');
  await expect(field).toBeFocused();
}

for (const l of LOCALES) {
  test.describe(`entering a field selects it, ${l.locale}`, () => {
    test.use({ locale: l.locale });

    test.beforeEach(async ({ page }) => {
      const editor = new EditorPage(page);
      await editor.goto();
      await editor.openScenario(sampleTitle(COLOMBIA, l.locale));
      await editor.settled();
    });

    test('loan capital: Shift+Tab, Tab, type 2 gives 2, and Ctrl+Z brings the capital back', async ({ page }) => {
      const editor = new EditorPage(page);
      const capital = editor.field(l.principal);
      await reenterByKeyboard(capital);
      await expect.poll(() => selectedText(page)).toBe('1500000000');
      await page.keyboard.type('2');
      await expect(capital).toHaveValue('2');
      // Ctrl+Z in the field is the app's undo: what was typed is taken back, and redo restores it.
      await page.keyboard.press('Control+z');
      await expect(capital).toHaveValue('1500000000');
      await expect(capital).toBeFocused();
      await expect(editor.redo).toBeEnabled();
      await page.keyboard.press('Control+y');
      await expect(capital).toHaveValue('2');
      await page.keyboard.press('Control+z');
      await capital.press('Enter');
      await expect(capital).toHaveValue(l.locale === 'es-CO' ? '1.500.000.000' : '1,500,000,000');
    });

    test('a click selects the whole field; a second click edits inside; F2 too', async ({ page }) => {
      const editor = new EditorPage(page);
      const rate = editor.field(l.discount);
      await rate.click();
      await expect.poll(() => selectedText(page)).not.toBe('');
      const raw = await rate.inputValue();
      expect(await selectedText(page)).toBe(raw);
      await page.keyboard.type('0');
      await expect(rate).toHaveValue('0');
      await page.keyboard.press('Escape');
      // Second click: the caret goes where clicked, nothing selected.
      await rate.click();
      await rate.click();
      await expect.poll(() => selectedText(page)).toBe('');
      await page.keyboard.press('Escape');
      await reenterByKeyboard(rate);
      await expect.poll(() => selectedText(page)).toBe(raw);
      await page.keyboard.press('F2');
      await page.keyboard.type('5');
      await expect(rate).toHaveValue(`${raw}5`);
    });

    test("lender's field: typing replaces the value", async ({ page }) => {
      const editor = new EditorPage(page);
      const field = editor.field(l.minDscr);
      await reenterByKeyboard(field);
      await page.keyboard.type('1.5'.replace('.', l.locale === 'es-CO' ? ',' : '.'));
      await field.press('Enter');
      await expect(field).toHaveValue(l.locale === 'es-CO' ? '1,5' : '1.5');
    });

    test('grid cell: typing replaces, Ctrl+Z inside the cell editor is the app undo', async ({ page }) => {
      const editor = new EditorPage(page);
      const cell = editor.measureCell(await editor.measureRow('vsd'), await editor.measureColumn(l.capex));
      const before = await cell.innerText();
      await cell.click();
      await page.keyboard.type('7');
      await expect(cell.locator('input')).toHaveValue('7');
      await page.keyboard.press('Control+z');
      await expect(cell.locator('input')).toHaveCount(0);
      await expect(cell).toHaveText(before);
      await expect(editor.redo).toBeEnabled();
      await page.keyboard.press('Control+y');
      await expect(cell).toHaveText('7');
    });

    test('sensitivity tool: the seed is selected on entry, typing replaces it', async ({ page }) => {
      const sens = new SensitivityPage(page);
      await sens.open('monte-carlo');
      const seed = page.getByLabel(l.seed, { exact: true });
      await reenterByKeyboard(seed);
      await expect.poll(() => selectedText(page)).toBe('1');
      await page.keyboard.type('42');
      await seed.press('Enter');
      await expect(seed).toHaveValue('42');
      await seed.click();
      await page.keyboard.type('4x');
      await page.keyboard.press('Control+z');
      await expect(seed).toHaveValue('42');
    });
  });
}

/** Enters a field by a click from elsewhere (a plain field selects its text on Tab by itself, not on a click). */
async function enterByClick(field: Locator): Promise<void> {
  await field
    .page()
    .locator('body')
    .click({ position: { x: 1, y: 1 } });
  await expect(field).not.toBeFocused();
  await field.click();
  await expect(field).toBeFocused();
}

test.describe('the other number fields select their content on entry too (es-CO)', () => {
  test.use({ locale: 'es-CO' });

  test('rate converter, records per year, minimum reduction share, guarantee ceiling', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.openScenario(sampleTitle('colombia-dairy-verified-rebate', 'es-CO'));
    await editor.settled();

    // The quoted-rate converter of the General section.
    await page.getByText('Tasa cotizada ⇄ E.A.').first().click();
    const quoted = page.getByLabel('Tasa cotizada', { exact: true }).first();
    await quoted.fill('24 %');
    await enterByClick(quoted);
    await expect.poll(() => selectedText(page)).toBe('24 %');
    await page.keyboard.type('18');
    await expect(quoted).toHaveValue('18');

    // Verification: records per year.
    await page.getByRole('tab', { name: 'Verificación' }).click();
    const perYear = page.getByLabel('Registros por año');
    await enterByClick(perYear);
    await expect.poll(() => selectedText(page)).toBe(await perYear.inputValue());
    await page.keyboard.type('4');
    await expect(perYear).toHaveValue('4');

    // Best package: the minimum reduction's share of the baseline.
    await page.getByRole('tab', { name: 'Mejor paquete' }).click();
    const minimum = page.getByRole('combobox', { name: 'Reducción mínima' });
    await minimum.selectOption({ index: 1 });
    const share = page.getByLabel('Porcentaje de la línea base');
    await enterByClick(share);
    await expect.poll(() => selectedText(page)).toBe(await share.inputValue());
    await page.keyboard.type('40');
    await expect(share).toHaveValue('40');

    // Portfolio: the guarantee ceiling typed by the user.
    await page.getByRole('tab', { name: 'Cartera' }).click();
    const ceiling = page.getByLabel(/^Tope de garantía/);
    await ceiling.fill('2.000.000.000');
    await enterByClick(ceiling);
    await expect.poll(() => selectedText(page)).toBe('2.000.000.000');
    await page.keyboard.type('3');
    await expect(ceiling).toHaveValue('3');
    // Not a scenario's value: Ctrl+Z is the field's own undo, as in any form.
    await page.keyboard.press('Control+z');
    await expect(ceiling).toHaveValue('2.000.000.000');
  });
});
