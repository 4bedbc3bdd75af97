import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { EditorPage } from './pages/editor-page';
import { SensitivityPage } from './pages/sensitivity-page';
import { sampleTitle } from './expected-text';

test.use({ locale: 'en-US' });

/** Types `text` into a number box of the axis and enters it (the box reads on Enter). */
async function enter(box: Locator, text: string): Promise<void> {
  await box.fill(text);
  await box.press('Enter');
}

test('each axis of a data table takes its range and its number of values from its three boxes', async ({ page }) => {
  const editor = new EditorPage(page);
  const sens = new SensitivityPage(page);
  await editor.goto();
  await editor.openScenario(sampleTitle('colombia-green-credit-rebate', 'en-US'));
  await sens.open('table');
  // Default: the energy price factor (rows) by the discount rate (columns).
  const rows = page.getByRole('group', { name: 'Rows' });
  const columns = page.getByRole('group', { name: 'Columns' });

  await enter(rows.getByLabel('From'), '0.5');
  await enter(rows.getByLabel('To'), '1.5');
  await enter(rows.getByLabel('Values'), '3');
  await expect(sens.dataTable.locator('tbody tr')).toHaveCount(3);
  await expect(sens.dataTable.locator('tbody th').first()).toContainText('0.5');
  await expect(sens.dataTable.locator('tbody th').last()).toContainText('1.5');

  // The discount rate is a rate: from and to are in percent, the number of values is not.
  await enter(columns.getByLabel('From'), '10');
  await enter(columns.getByLabel('To'), '14');
  await enter(columns.getByLabel('Values'), '5');
  await expect(sens.dataTable.locator('thead th')).toHaveCount(1 + 5);
  await expect(sens.dataTable.locator('thead th').nth(1)).toContainText('10');
  await expect(sens.dataTable.locator('thead th').last()).toContainText('14');
  await expect(columns.getByLabel('From')).toHaveValue('10%');
  await expect(columns.getByLabel('Values')).toHaveValue('5');

  // The number of values is a whole number from 2 to 41: 1 is refused with the reason, the table stays.
  await enter(rows.getByLabel('Values'), '1');
  await expect(rows.getByLabel('Values')).toHaveAttribute('aria-invalid', 'true');
  await expect(rows).toContainText('A whole number from 2 to 41.');
  await expect(sens.dataTable.locator('tbody tr')).toHaveCount(3);
});
