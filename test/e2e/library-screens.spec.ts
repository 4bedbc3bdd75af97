import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { expectTidyLayout } from './layout-checks';
import { LibraryPage } from './pages/library-page';
import { sampleTitle } from './expected-text';

// STYLE point 12: every screen of the library, in Spanish and English, for a person to look at.
const POULTRY = sampleTitle('bolivia-poultry-slaughterhouse');
const TEXTILE = sampleTitle('peru-textile-guaranteed-loan');
const broken = ['backup-one-bad-scenario.json', 'unknown-format.json'].map((f) =>
  fileURLToPath(new URL(`../fixtures/import/${f}`, import.meta.url)),
);

for (const language of ['Español', 'English'] as const) {
  const lang = language === 'Español' ? 'es' : 'en';
  test(`the library's screens in ${language}`, async ({ app, page }) => {
    test.setTimeout(90_000);
    const library = new LibraryPage(page);
    // Each picture is also checked as a person would: nothing scrolls sideways or is cut off.
    const shot = async (name: string) => {
      await expectTidyLayout(page);
      await page.screenshot({ path: test.info().outputPath(`${name}-${lang}.png`) });
    };
    await library.goto();
    if (language === 'English') await app.chooseLanguage('English');
    await library.open(POULTRY);
    await library.setField(language === 'English' ? 'Discount rate' : 'Tasa de descuento', '17');
    await library.saved();
    await expect(library.openName).toHaveText(POULTRY);
    await shot('editor-saved');

    await library.action(TEXTILE, /^(Eliminar|Delete)$/);
    await shot('library-undo');

    await library.action(POULTRY, /^(Historial|History)$/);
    await library.panel
      .getByRole('button', { name: /^(Ver|Look)$/ })
      .first()
      .click();
    await shot('history');
    await library.panel.getByRole('button', { name: /^← / }).click();

    await library.importFiles(broken);
    await shot('import');

    await expect(library.panel).toBeVisible();
    await library.openCompare();
    for (const name of [POULTRY, sampleTitle('central-america-dairy-energy-risk')])
      await library.compare.getByLabel(name).first().check();
    await library.compare.getByTestId('compare-chart').locator('svg').first().waitFor();
    await library.compare.getByTestId('compare-results').locator('tbody tr').first().waitFor();
    // The comparison scrolls inside its own layer: a tall window shows all of it in one picture.
    await page.setViewportSize({ width: 1280, height: 2000 });
    await expect(library.compare.getByTestId('compare-chart').locator('svg').first()).toBeVisible();
    await expect(library.compare.getByTestId('compare-results').locator('tbody tr').first()).toBeVisible();
    await shot('compare');
  });
}
