import { expect, test } from './fixtures';

test.use({ locale: 'es-CO' });

test('a tab whose code cannot be fetched says so; other tabs work; reload reloads; back online it opens', async ({
  page,
  context,
  guard,
}) => {
  // The Sensitivity tab's file cannot be fetched (offline before the app was cached, or a version
  // published since the page was opened, whose old files are gone).
  const missing = '**/assets/SensitivityView-*.js';
  await context.route(missing, (route) => route.abort('internetdisconnected'));
  guard.allowFailedLoads('/assets/SensitivityView-');
  await page.goto('/');
  await expect(page.locator('[data-figure="npv"] dd').first()).not.toBeEmpty();

  await page.locator('#tab-sensitivity').click();
  const panel = page.locator('#panel-sensitivity');
  const failed = panel.getByTestId('part-failed');
  await expect(failed).toBeVisible();
  await expect(failed).toContainText('Esta parte de la aplicación no se pudo cargar');
  await expect(failed).toHaveAttribute('role', 'alert');
  await page.screenshot({ path: test.info().outputPath('part-failed-es.png') });

  // Never an empty page: the other tabs still open.
  await page.locator('#tab-results').click();
  await expect(page.locator('#panel-results').getByTestId('part-failed')).toHaveCount(0);
  await expect(page.locator('#panel-results')).toContainText('VAN');

  // "Recargar la aplicación" reloads the page (edits are written first).
  await page.locator('#tab-sensitivity').click();
  await Promise.all([
    page.waitForEvent('load'),
    failed.getByRole('button', { name: 'Recargar la aplicación' }).click(),
  ]);
  await expect(page.locator('[data-figure="npv"] dd').first()).not.toBeEmpty();

  // Back online, opening the tab again fetches its code again: no reload needed.
  await context.unroute(missing);
  await page.locator('#tab-sensitivity').click();
  await expect(page.locator('#panel-sensitivity').getByTestId('part-failed')).toHaveCount(0);
  await expect(page.getByRole('slider', { name: 'Factor de precio de la energía' })).toBeVisible();
});

test("a tab's code is fetched when the pointer reaches the tab, before it is clicked", async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-figure="npv"] dd').first()).not.toBeEmpty();
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(r.url()));
  expect(fetched.some((u) => u.includes('/assets/PortfolioView-'))).toBe(false);
  await page.locator('#tab-portfolio').hover();
  await expect.poll(() => fetched.some((u) => u.includes('/assets/PortfolioView-'))).toBe(true);
  await page.locator('#tab-portfolio').click();
  // The tab's first drawing waits for the first figures (a few seconds on a loaded machine).
  await expect(page.locator('#panel-portfolio .portfolio .count')).toBeVisible({ timeout: 30_000 });
});
