/**
 * The workspace's tabs by keyboard (WAI-ARIA tabs pattern): only the chosen tab is in the Tab
 * order; the arrow keys (wrapping), Home and End choose another tab and move the focus to it.
 */
import { expect, test } from './fixtures';
import { EditorPage } from './pages/editor-page';

test.use({ locale: 'es-CO' });

test('arrow keys, Home and End move between the tabs, and the panel follows', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  const chosen = page.locator('[role="tablist"] [role="tab"][aria-selected="true"]').first();
  const expectOn = async (name: string) => {
    await expect(chosen).toHaveText(name);
    await expect(chosen).toBeFocused();
    await expect(page.getByRole('tabpanel')).toHaveAttribute(
      'aria-labelledby',
      (await chosen.getAttribute('id')) ?? '',
    );
  };
  await editor.tab('Escenario').focus();
  await page.keyboard.press('ArrowRight');
  await expectOn('Resultados');
  await page.keyboard.press('End');
  await expectOn('Cartera');
  await page.keyboard.press('ArrowRight'); // wraps to the first
  await expectOn('Escenario');
  await page.keyboard.press('ArrowLeft'); // and back to the last
  await expectOn('Cartera');
  await page.keyboard.press('Home');
  await expectOn('Escenario');
  // The other tabs are out of the Tab order: Tab leaves the list for the panel.
  await expect(page.locator('[role="tablist"] [role="tab"][tabindex="0"]')).toHaveCount(1);
});
