/**
 * A phone (#15 item 2), in es-CO: the header's and toolbar's actions in one menu, worked by
 * keyboard; the key-figure strip folded to one line and still folded after a reload; the best
 * package's budget with the locale's grouping. Screenshots at 390 and 1366 px, es and en.
 */
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { axeViolations } from './axe';
import { sampleTitle } from './expected-text';
import { EditorPage } from './pages/editor-page';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 844 };

async function shoot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  for (const size of [PHONE, DESKTOP]) {
    await page.setViewportSize(size);
    await page.waitForTimeout(200); // charts redraw to the new width
    await page.screenshot({ path: testInfo.outputPath(`${name}-${size.width}.png`) });
  }
}

test.describe('es-CO on a phone', () => {
  test.use({ locale: 'es-CO', viewport: PHONE });

  test('the toolbar is one menu: keyboard, an action, Escape back to the button', async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    const editor = new EditorPage(page);
    await editor.goto();
    const menuButton = page.getByRole('button', { name: 'Menú' });
    const menu = page.getByRole('menu', { name: 'Menú' });
    // The toolbar's own buttons give way to the menu on a phone.
    await expect(page.getByRole('button', { name: 'Acerca de', exact: true })).toBeHidden();
    await expect(page.getByRole('button', { name: /Presentar/ })).toBeHidden();
    await expect(page.getByLabel('Idioma')).toBeHidden();
    await expect(menuButton).toHaveAttribute('aria-expanded', 'false');

    // Enter opens it on the first action; the arrows move (wrapping); Escape closes it, focus back on the button.
    await menuButton.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toBeVisible();
    await expect(menuButton).toHaveAttribute('aria-expanded', 'true');
    await expect(menu.getByRole('menuitem').first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(menu.getByRole('menuitem', { name: 'Comparar' })).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(menu.getByRole('menuitemradio').last()).toBeFocused();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath('menu-open-es-390.png') });
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(menuButton).toBeFocused();
    await expect(menuButton).toHaveAttribute('aria-expanded', 'false');

    // Space opens it too; Tab leaves it, closed.
    await page.keyboard.press(' ');
    await expect(menu).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(menu).toBeHidden();
    await expect(menuButton).not.toBeFocused();

    // An action chosen by keyboard runs and closes the menu: About opens; closing it gives focus back.
    await menuButton.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    const about = menu.getByRole('menuitem', { name: 'Acerca de' });
    while (!(await about.evaluate((el) => el === document.activeElement))) await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('about-dialog')).toBeVisible();
    await expect(menu).toBeHidden();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('about-dialog')).toBeHidden();
    await expect(menuButton).toBeFocused();

    // By touch: the library opens from the menu.
    await menuButton.click();
    await menu.getByRole('menuitem', { name: 'Escenarios' }).click();
    await expect(page.getByTestId('library')).toBeVisible();
    await expect(menu).toBeHidden();
    await page.getByTestId('library').getByRole('button', { name: /^✕ / }).click();

    // The language is chosen there too, and the menu says which one is on.
    await menuButton.click();
    await expect(menu.getByRole('menuitemradio', { name: 'Idioma: Español' })).toHaveAttribute('aria-checked', 'true');
    await menu.getByRole('menuitemradio', { name: 'Idioma: English' }).click();
    await expect(page.getByRole('button', { name: 'Menu', exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Menu', exact: true }).click();
    await page.screenshot({ path: testInfo.outputPath('menu-open-en-390.png') });
    await page.keyboard.press('Escape');

    // On a wide screen the toolbar is back and the menu button is gone.
    await page.setViewportSize(DESKTOP);
    await expect(page.getByRole('button', { name: 'Menu', exact: true })).toBeHidden();
    await expect(page.getByRole('button', { name: 'About', exact: true })).toBeVisible();
    await expect(page.getByLabel('Language')).toBeVisible();
  });

  test('the key figures start folded on a phone, unfold and fold again, and the choice survives a reload', async ({
    page,
  }, testInfo) => {
    test.setTimeout(150_000);
    const editor = new EditorPage(page);
    await editor.goto();
    const fold = page.getByRole('button', { name: 'Todas las cifras' });
    const strip = page.getByRole('definition').first().locator('xpath=ancestor::dl');
    // First visit on a phone: one line (NPV and payback), the screen left to the work.
    await expect(fold).toHaveAttribute('aria-expanded', 'false');
    await expect(editor.figure('npv')).toBeVisible();
    await expect(editor.figure('payback')).toBeVisible();
    await expect(editor.figure('irr')).toHaveCount(0);
    const folded = (await strip.boundingBox())?.height ?? 0;
    expect(folded).toBeLessThan(48);
    await shoot(page, testInfo, 'figures-first-visit-es');

    await fold.click();
    await expect(fold).toHaveAttribute('aria-expanded', 'true');
    await expect(editor.figure('irr')).toBeVisible();
    const openHeight = (await strip.boundingBox())?.height ?? 0;
    expect(folded).toBeLessThan(openHeight / 2);
    await shoot(page, testInfo, 'figures-open-es');
    // Unfolded is remembered on this device: a phone's default does not undo the choice.
    await page.reload();
    await editor.figure('irr').waitFor();
    await expect(fold).toHaveAttribute('aria-expanded', 'true');

    await fold.click();
    await expect(fold).toHaveAttribute('aria-expanded', 'false');
    await expect(editor.figure('irr')).toHaveCount(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    await editor.figure('npv').waitFor();
    await expect(page.getByRole('button', { name: 'Todas las cifras' })).toHaveAttribute('aria-expanded', 'false');
    await expect(editor.figure('irr')).toHaveCount(0);
    await shoot(page, testInfo, 'figures-folded-es');
    await page.setViewportSize(PHONE);
    await page.getByRole('button', { name: 'Menú' }).click();
    await page.getByRole('menuitemradio', { name: 'Idioma: English' }).click();
    await shoot(page, testInfo, 'figures-folded-en');

    await page.getByRole('button', { name: 'All figures' }).click();
    await expect(editor.figure('irr')).toBeVisible();
  });

  test('the budget shows the grouping of es-CO and is replaced by what is typed', async ({ page }, testInfo) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await page.getByRole('button', { name: 'Menú' }).click();
    await page.getByRole('menuitem', { name: 'Escenarios' }).click();
    const library = page.getByTestId('library');
    await library
      .getByRole('button', { name: sampleTitle('colombia-dairy-verified-rebate', 'es-CO'), exact: true })
      .click();
    await expect(library).toBeHidden();
    await page.getByRole('tab', { name: 'Mejor paquete' }).click();
    const budget = page.getByLabel('Presupuesto (COP)');
    await budget.fill('750.000.000');
    await budget.press('Tab');
    await expect(budget).toHaveValue('750.000.000');

    // Entering it selects it all (a click, as a tap): typing replaces the amount.
    await budget.click();
    await expect
      .poll(() => budget.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd, el.value.length]))
      .toEqual([0, 9, 9]);
    await page.keyboard.type('1.000.000.000');
    await page.keyboard.press('Tab');
    await expect(budget).toHaveValue('1.000.000.000');

    // A negative amount is refused with the reason, and the field says so.
    await budget.fill('-5');
    await budget.press('Tab');
    await expect(budget).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('El presupuesto debe ser 0 o más.')).toBeVisible();
    await budget.fill('1.000.000.000');
    await budget.press('Tab');
    await expect(budget).not.toHaveAttribute('aria-invalid');
    await shoot(page, testInfo, 'budget-es');
  });
});

test.describe('en-US', () => {
  test.use({ locale: 'en-US', viewport: DESKTOP });

  test('the budget shows the grouping of en-US', async ({ page }, testInfo) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.openScenario(sampleTitle('colombia-dairy-verified-rebate', 'en-US'));
    await page.getByRole('tab', { name: 'Best package' }).click();
    const budget = page.getByLabel('Budget (COP)');
    await budget.fill('750,000,000');
    await budget.press('Tab');
    await expect(budget).toHaveValue('750,000,000');
    await shoot(page, testInfo, 'budget-en');
  });
});
