/**
 * The best package's minimum reduction: the share of the baseline is a percentage typed in the
 * user's locale, read when the field is left or Enter is pressed, kept with the scenario's
 * settings; text that does not read stays as typed, with the reason.
 */
import { expect, test } from './fixtures';
import { sampleTitle } from './expected-text';
import { EditorPage } from './pages/editor-page';

test.use({ locale: 'es-CO' });

test('the minimum share reads a percentage, refuses other text and is kept', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.openScenario(sampleTitle('colombia-dairy-verified-rebate', 'es-CO'));
  await page.getByRole('tab', { name: 'Mejor paquete' }).click();
  const indicator = page.getByLabel('Reducción mínima', { exact: true });
  const share = page.getByLabel('Porcentaje de la línea base', { exact: true });
  await expect(share).toHaveCount(0);

  await indicator.selectOption({ index: 1 });
  await expect(share).toHaveValue(/^30\s?%$/);

  await share.fill('mucho');
  await share.press('Enter');
  await expect(share).toHaveAttribute('aria-invalid', 'true');
  await expect(share).toHaveValue('mucho');
  await expect(page.getByText('No es un porcentaje.')).toBeVisible();

  await share.fill('12,5 %');
  await share.press('Enter');
  await expect(share).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('No es un porcentaje.')).toHaveCount(0);
  await share.blur();
  await expect(share).toHaveValue(/^12,5\s?%$/);

  // The settings are the scenario's, kept beside it: the share is there after a reload.
  await page.reload();
  await editor.figure('npv').waitFor();
  await editor.openScenario(sampleTitle('colombia-dairy-verified-rebate', 'es-CO'));
  await page.getByRole('tab', { name: 'Mejor paquete' }).click();
  await expect(share).toHaveValue(/^12,5\s?%$/);

  await indicator.selectOption({ index: 0 });
  await expect(share).toHaveCount(0);
});
