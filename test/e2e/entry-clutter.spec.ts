import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';

test.describe('no clutter on a first visit (es-CO)', () => {
  test.use({ locale: 'es-CO' });

  test('no backup warning with only the samples, not even with the library open', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.goto();
    await library.openPanel();
    await expect(page.getByRole('button', { name: /^\+ Nuevo escenario$/ })).toBeVisible();
    await expect(page.getByTestId('backup-warning')).toHaveCount(0);
    await expect(page.getByTestId('engine-status')).toBeHidden();
  });
});
