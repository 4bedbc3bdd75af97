import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { sampleTitle } from './expected-text';

const COLOMBIA = sampleTitle('colombia-green-credit-rebate');
const TEXTILE = sampleTitle('peru-textile-guaranteed-loan');

test('delete permanently, then empty the bin: gone after a reload, nothing left to undo', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.action(COLOMBIA, /^(Eliminar|Delete)$/);
  await library.panel.getByRole('button', { name: 'Eliminar definitivamente' }).click();
  await expect(library.panel.getByRole('alert').filter({ hasText: 'No se puede deshacer' })).toBeVisible();
  await page.setViewportSize({ width: 390, height: 800 });
  await page.screenshot({ path: 'test-results/bin-confirm-es-390.png' });
  await page.setViewportSize({ width: 1366, height: 800 });
  await page.screenshot({ path: 'test-results/bin-confirm-es-1366.png' });
  await library.panel.getByRole('button', { name: 'Borrar definitivamente' }).click();
  await expect(library.panel.getByRole('status').filter({ hasText: 'Borrados definitivamente: 1' })).toBeVisible();
  await expect(library.panel.getByRole('button', { name: /^(Deshacer|Undo)$/ })).toHaveCount(0);

  await library.action(TEXTILE, /^(Eliminar|Delete)$/);
  await library.panel.getByRole('button', { name: /^Deshacer$/ }).waitFor();
  await page.getByLabel('Idioma').selectOption({ label: 'English' });
  await library.panel.getByRole('button', { name: 'Empty the bin (1 deleted)' }).click();
  await page.setViewportSize({ width: 390, height: 800 });
  await page.screenshot({ path: 'test-results/bin-empty-en-390.png' });
  await page.setViewportSize({ width: 1366, height: 800 });
  await page.screenshot({ path: 'test-results/bin-empty-en-1366.png' });
  await library.panel.getByRole('button', { name: 'Erase for good' }).click();
  await expect(library.panel.getByRole('status').filter({ hasText: 'Erased for good: 1' })).toBeVisible();

  await page.reload();
  await library.openName.waitFor();
  const names = await library.names();
  expect(names).not.toContain(COLOMBIA);
  expect(names).not.toContain(TEXTILE);
  await library.openPanel();
  await expect(library.panel.getByRole('button', { name: /Empty the bin|Vaciar la papelera/ })).toHaveCount(0);
});
