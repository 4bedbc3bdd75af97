import { expect, test } from './fixtures';

test.describe('the chosen language', () => {
  test('is Spanish for a browser in Spanish', async ({ app, page }) => {
    await app.goto();
    await expect(app.heading).toHaveText('Modelador de escenarios de producción más limpia');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  });

  test('is remembered after a reload', async ({ app, page }) => {
    await app.goto();
    await app.waitForEngine();
    await app.chooseLanguage('English');
    await expect(app.heading).toHaveText('Cleaner-production scenario modeller');
    await expect(app.engineResult).toHaveText('2,224.44');

    await page.reload();
    await expect(app.heading).toHaveText('Cleaner-production scenario modeller');
    await expect(app.languagePicker).toHaveValue('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await app.waitForEngine();
    await expect(app.engineStatus).toContainText('Engine ready');
  });
});
