import { expect, test } from './fixtures';
import { EditorPage } from './pages/editor-page';
import { sampleTitle } from './expected-text';

const PERU = sampleTitle('peru-textile-guaranteed-loan');

test.describe('a rate as the bank quotes it (es-CO)', () => {
  test.use({ locale: 'es-CO' });

  test('24 % N.A.M.V. goes into the loan as (1 + 0,02)^12 − 1 = 26,824 % E.A., and undo takes it back', async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.openScenario(PERU);
    const rate = editor.field('Tasa de interés anual');
    const before = await rate.inputValue();
    const conv = page.locator('[data-rate-converter="financing.loan.annualRate"]');
    await conv.locator('summary').click();
    await conv.getByLabel('Modalidad', { exact: true }).selectOption('namv');
    await conv.getByLabel('Tasa cotizada', { exact: true }).fill('24 %');
    await expect(conv.locator('.out')).toHaveText(/^= 26,8242\s?% efectiva anual$/);
    await conv.getByRole('button', { name: /^Escribir 26,8242\s?% en el campo$/ }).click();
    await expect(rate).toHaveValue(/^26,82\s?%$/);
    await rate.click();
    // The full value: (1.02)^12 − 1 = 0.268241794562545…
    await expect(rate).toHaveValue(/^26,82417945625\d*\s?%$/);
    await rate.press('Escape');
    await page.keyboard.press('Control+z');
    await expect(rate).toHaveValue(before);
  });

  test('a quote with no meaning says so and writes nothing', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.openScenario(PERU);
    const conv = page.locator('[data-rate-converter="discountRate"]');
    await conv.locator('summary').click();
    await conv.getByLabel('Modalidad', { exact: true }).selectOption('nama');
    await conv.getByLabel('Tasa cotizada', { exact: true }).fill('1200 %');
    await expect(conv.locator('.out')).toHaveText('Esta tasa no tiene una equivalente efectiva anual.');
    await expect(conv.getByRole('button')).toBeDisabled();
  });
});
