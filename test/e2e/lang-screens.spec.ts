/**
 * Issue 16 part 2, looked at: the seeded library, the Workbook tab, a chart and the history's
 * diff in es-CO, pt-BR and en-US at 390 and 1366 px. Each screen also asserts what a person
 * checks: the samples' names, the workbook's labels and the diff's row names in the language.
 */
import type { Page, TestInfo } from '@playwright/test';
import { en, es, pt } from '../../src/i18n/messages/catalogues';
import { sampleTitle } from './expected-text';
import { expect, test } from './fixtures';
import { EditorPage } from './pages/editor-page';
import { LibraryPage } from './pages/library-page';

const CATALOGUE = { 'es-CO': es, 'pt-BR': pt, 'en-US': en } as const;
/** The Summary sheet's first label, the project NPV, as the workbook writes it in each language. */
const NPV_LABEL = { 'es-CO': 'VAN', 'pt-BR': 'VPL', 'en-US': 'NPV' } as const;
const PERU = 'peru-textile-guaranteed-loan';

async function shots(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  for (const width of [390, 1366]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(300); // charts redraw to the new width
    await page.screenshot({ path: testInfo.outputPath(`${name}-${width}.png`), fullPage: width === 390 });
  }
}

for (const locale of ['es-CO', 'pt-BR', 'en-US'] as const) {
  const T = CATALOGUE[locale];
  test.describe(`the samples, the workbook and the history in ${locale}`, () => {
    test.use({ locale, viewport: { width: 1366, height: 900 } });

    test('seeded names, workbook labels, a chart and the diff, at 390 and 1366 px', async ({ page }, testInfo) => {
      test.setTimeout(180_000);
      const library = new LibraryPage(page);
      const editor = new EditorPage(page);
      const title = sampleTitle(PERU, locale);
      await library.goto();
      await library.openPanel();
      await expect(library.panel.getByRole('button', { name: title, exact: true })).toBeVisible();
      await shots(page, testInfo, `library-${locale}`);
      await library.open(title);
      await library.closePanel();

      await editor.tab(T['tab.workbook']).click();
      await expect(page.locator('#panel-workbook')).toContainText(NPV_LABEL[locale]);
      await shots(page, testInfo, `workbook-${locale}`);

      await editor.tab(T['tab.results']).click();
      await page.locator('#panel-results figure svg').first().waitFor();
      await shots(page, testInfo, `results-chart-${locale}`);

      await editor.tab(T['tab.scenario']).click();
      await editor.setField(T['field.discountRate'], locale === 'en-US' ? '14.5' : '14,5');
      await library.saved();
      await library.action(title, new RegExp(`^${T['library.history']}$`));
      const history = library.panel.getByTestId('history');
      await history.getByRole('button', { name: T['library.look'], exact: true }).first().click();
      await expect(history.locator('table')).toContainText(T['field.discountRate']);
      await shots(page, testInfo, `history-${locale}`);
    });
  });
}
