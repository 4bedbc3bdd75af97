import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';

// The Compare screen and the team's conflict screen share one frame (src/ui/common/OverlayScreen.svelte).
test('the Compare screen closes with Escape as with its button, and is named by its title', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.openCompare();
  await expect(page.getByRole('dialog', { name: /^(Comparar escenarios|Compare scenarios)$/ })).toBeVisible();
  await library.compare.press('Escape');
  await expect(library.compare).toHaveCount(0);
  await library.openCompare();
  await library.compare.getByRole('button', { name: /^✕ / }).click();
  await expect(library.compare).toHaveCount(0);
});
