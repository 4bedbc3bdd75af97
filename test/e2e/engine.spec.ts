import { expect, test } from './fixtures';

test.describe('the engine worker', () => {
  test('starts and shows the formula HyperFormula computed, in the About dialog rather than on every tab', async ({
    app,
    page,
  }) => {
    await app.goto();
    await app.waitForEngine();
    await expect(app.engineStatus).toBeHidden();
    await app.openAbout();
    await expect(app.engineStatus).toBeVisible();
    await expect(app.engineStatus).toContainText('Motor listo');
    await expect(app.engineStatus).toContainText(/HyperFormula \d+\.\d+\.\d+/);
    await expect(app.engineStatus).toContainText('=PMT(0.12/12, 60, -100000)');
    // 100,000 at 1 % a month over 60 months, written the Bolivian way (the browser's locale is es-BO).
    await expect(app.engineResult).toHaveText('2.224,44');
    await page.getByRole('button', { name: 'Cerrar' }).click();
    await expect(app.engineStatus).toBeHidden();
  });
});
