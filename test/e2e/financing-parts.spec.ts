/**
 * The financing section's add and remove buttons (loan, guarantee, rebate, tier): each sets one
 * part of the scenario as one undoable step, a new part starting from its stated defaults.
 */
import { expect, test } from './fixtures';
import { sampleTitle } from './expected-text';
import { EditorPage } from './pages/editor-page';

test.use({ locale: 'en-US' });

test('the loan, the guarantee, the rebate and its tiers are added and removed', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.openScenario(sampleTitle('colombia-dairy-verified-rebate', 'en-US'));
  const section = page.locator('section[aria-labelledby="financing-h"]');
  const button = (name: string) => section.getByRole('button', { name, exact: true });
  const tiers = section.getByLabel('Minimum reduction', { exact: true });
  await expect(tiers).toHaveCount(2);

  // A new tier asks for 50 %; undo takes it back.
  await button('Add tier').click();
  await expect(tiers).toHaveCount(3);
  await expect(tiers.nth(2)).toHaveValue('50%');
  await editor.undo.click();
  await expect(tiers).toHaveCount(2);

  // A rebate added again starts from the green credit line's two tiers, each time.
  for (let i = 0; i < 2; i++) {
    await button('Remove the rebate').click();
    await expect(tiers).toHaveCount(0);
    await button('Add a rebate').click();
    await expect(tiers).toHaveCount(2);
    await expect(tiers.nth(0)).toHaveValue('30%');
    await button('Add tier').click();
    await expect(tiers).toHaveCount(3);
  }

  await button('Remove the guarantee').click();
  const coverage = section.getByLabel('Guarantee coverage', { exact: true });
  await expect(coverage).toHaveCount(0);
  await button('Add a guarantee').click();
  await expect(coverage).toHaveValue('50%');

  await button('Remove the loan').click();
  await expect(section).toContainText('No loan: the project is paid in cash.');
  await expect(button('Remove the guarantee')).toHaveCount(0);
  await button('Add a loan').click();
  await expect(section.getByLabel('Principal', { exact: true })).toHaveValue('0');
  await expect(section.getByLabel('Tenor (years)', { exact: true })).toHaveValue('5');
  await expect(button('Add a guarantee')).toBeVisible();
  await editor.undo.click();
  await expect(section).toContainText('No loan: the project is paid in cash.');
});
