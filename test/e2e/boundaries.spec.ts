import { expect, test } from './fixtures';

/**
 * Forces a rendering failure: every amount formatted as money throws, as a bug in one view
 * would. Key figures and the results view show money; the scenario sheets and the workbook do not.
 */
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    // The accessor as it is (a getter takes its receiver from Reflect.apply, never unbound).
    const desc = Object.getOwnPropertyDescriptor(Intl.NumberFormat.prototype, 'format') as
      { get?: (this: Intl.NumberFormat) => (n: number) => string } | undefined;
    const original = desc?.get;
    if (!original) return;
    const get = (nf: Intl.NumberFormat) => Reflect.apply(original, nf, []) as (n: number) => string;
    Object.defineProperty(Intl.NumberFormat.prototype, 'format', {
      configurable: true,
      get(this: Intl.NumberFormat) {
        const format = get(this);
        const money = this.resolvedOptions().style === 'currency';
        return (n: number) => {
          if (money) throw new Error('forced failure for the error boundary test');
          return format(n);
        };
      },
    });
  });
});

test('a view that fails to render shows a message in place, and the rest of the app keeps working', async ({
  page,
}) => {
  await page.goto('/');
  const figuresBar = page.locator('.figures-bar');
  await expect(figuresBar.getByTestId('render-failed')).toBeVisible();
  await expect(figuresBar.getByTestId('render-failed')).toContainText('cifras clave');

  await page.locator('#tab-results').click();
  const results = page.locator('#panel-results');
  await expect(results.getByTestId('render-failed')).toBeVisible();
  await expect(results.getByRole('button', { name: 'Reintentar' })).toBeVisible();

  // The other tabs, and the tab bar itself, still work.
  await page.locator('#tab-scenario').click();
  await expect(page.locator('#panel-scenario')).toBeVisible();
  await expect(page.locator('#panel-scenario').getByTestId('render-failed')).toHaveCount(0);
  await expect(page.locator('#panel-scenario').getByRole('grid').first()).toBeVisible();
  await page.locator('#tab-workbook').click();
  await expect(page.locator('#panel-workbook').getByTestId('render-failed')).toHaveCount(0);
  await expect(page.locator('#panel-workbook')).toContainText('Summary');
  await page.screenshot({ path: 'test-results/boundaries-workbook.png' });
  await page.locator('#tab-results').click();
  await page.screenshot({ path: 'test-results/boundaries-results.png', fullPage: false });
});
