import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { sampleTitle } from './expected-text';

const COLOMBIA = sampleTitle('colombia-green-credit-rebate');

test.describe('samples and new scenarios (es-CO)', () => {
  test.use({ locale: 'es-CO' });

  test('the sample picker shows titles, and a sample picked again comes as a named copy', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.goto();
    await library.openPanel();
    const picker = library.panel.getByLabel('A partir de un ejemplo');
    await expect(picker.getByRole('option', { name: COLOMBIA })).toHaveCount(1);
    await picker.selectOption({ label: COLOMBIA });
    await expect(library.openName).toHaveText(`${COLOMBIA} (2)`);
    const names = await library.names();
    expect(names.filter((n) => n === COLOMBIA)).toHaveLength(1);
    expect(names.filter((n) => n === `${COLOMBIA} (2)`)).toHaveLength(1);
  });

  test('a new scenario starts in pesos in Colombia, then in the currency of the last one created', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.goto();
    await library.openPanel();
    await library.panel.getByRole('button', { name: '+ Nuevo escenario' }).click();
    await expect(library.field('Moneda')).toHaveValue('COP');
    await library.field('Moneda').selectOption('EUR');
    await library.saved();
    await library.openPanel();
    await library.panel.getByRole('button', { name: '+ Nuevo escenario' }).click();
    await expect(library.field('Moneda')).toHaveValue('EUR');
  });
});
