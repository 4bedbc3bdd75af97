/**
 * Every tab and dialog, in es-CO and en-US, visited once: axe-core (WCAG 2.1 A/AA) finds no
 * serious or critical violation, the page never scrolls sideways from 360 px to 1366 px, and a
 * screenshot at 390 and 1366 px is kept to be looked at.
 */
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { EditorPage } from './pages/editor-page';
import { sampleTitle } from './expected-text';
import { axeViolations, type Violation } from './axe';

const WIDTHS = [360, 390, 768, 1366] as const;
const SHOTS = new Set<number>([390, 1366]);
const TABS = [
  { key: 'scenario', es: 'Escenario', en: 'Scenario' },
  { key: 'results', es: 'Resultados', en: 'Results' },
  { key: 'optimise', es: 'Mejor paquete', en: 'Best package' },
  { key: 'credit', es: 'Crédito', en: 'Credit' },
  { key: 'sensitivity', es: 'Sensibilidad', en: 'Sensitivity' },
  { key: 'verification', es: 'Verificación', en: 'Verification' },
  { key: 'workbook', es: 'Libro de cálculo', en: 'Workbook' },
  { key: 'portfolio', es: 'Cartera', en: 'Portfolio' },
] as const;

/** At each width: no sideways scrolling of the page; a screenshot at the widths kept. */
async function checkWidths(page: Page, name: string, testInfo: TestInfo): Promise<string[]> {
  const overflow: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 844 });
    await page.waitForTimeout(150); // charts redraw to their new width on a resize
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    if (scroll > width) overflow.push(`${name} at ${width}px: page is ${scroll}px wide`);
    if (SHOTS.has(width)) await page.screenshot({ path: testInfo.outputPath(`${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1366, height: 844 });
  return overflow;
}

for (const locale of ['es-CO', 'en-US'] as const) {
  test.describe(`every screen, ${locale}`, () => {
    test.use({ locale, viewport: { width: 1366, height: 844 } });

    test('tabs and dialogs: accessible, no sideways scrolling from 360 px', async ({ page }, testInfo) => {
      test.setTimeout(240_000);
      const lang = locale === 'es-CO' ? 'es' : 'en';
      const editor = new EditorPage(page);
      await editor.goto();
      await editor.settled();
      const problems: string[] = [];
      const report = (screen: string, found: Violation[]) =>
        found.forEach((v) => problems.push(`${screen}: ${v.id} (${v.impact}) ${v.nodes.join(' ')}`));
      for (const tab of TABS) {
        await editor.tab(tab[lang]).click();
        await expect(editor.tab(tab[lang])).toHaveAttribute('aria-selected', 'true');
        await page.locator('[role="tabpanel"]').waitFor();
        await page.waitForTimeout(500); // figures and charts of the tab drawn
        report(tab.key, await axeViolations(page));
        problems.push(...(await checkWidths(page, `${tab.key}-${lang}`, testInfo)));
      }
      // Dialogs: the library, About, compare, share and the presentation.
      await page.getByRole('button', { name: /^☰ / }).click();
      await page.getByTestId('library').waitFor();
      report('library', await axeViolations(page));
      problems.push(...(await checkWidths(page, `library-${lang}`, testInfo)));
      await page.getByTestId('library').getByRole('button', { name: /^✕ / }).click();
      await page.getByRole('button', { name: /^(Acerca de|About)$/ }).click();
      await page.getByTestId('about-dialog').waitFor();
      report('about', await axeViolations(page));
      problems.push(...(await checkWidths(page, `about-${lang}`, testInfo)));
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('about-dialog')).toBeHidden();
      // The comparison of two scenarios, with its chart drawn.
      await page.getByRole('button', { name: /^⇆ / }).click();
      const compare = page.getByTestId('compare');
      for (const n of [0, 1]) await compare.getByRole('checkbox').nth(n).check();
      await expect(compare.getByTestId('compare-chart').locator('svg').first()).toBeVisible();
      report('compare', await axeViolations(page));
      problems.push(...(await checkWidths(page, `compare-${lang}`, testInfo)));
      await compare.getByRole('button', { name: /^✕ / }).click();
      // The share dialog, with its link.
      await page.getByRole('button', { name: /^(Compartir enlace|Share link)$/ }).click();
      const share = page.getByTestId('share-dialog');
      await expect(page.getByTestId('share-url')).toHaveValue(/#/);
      report('share', await axeViolations(page));
      problems.push(...(await checkWidths(page, `share-${lang}`, testInfo)));
      await share.getByRole('button', { name: /^(Cerrar|Close)$/ }).click();
      await expect(share).toBeHidden();
      // Presentation mode, on its first slide.
      await page.getByRole('button', { name: /^(Presentar|Present)$/ }).click();
      await page.getByTestId('deck').waitFor();
      report('presentation', await axeViolations(page));
      problems.push(...(await checkWidths(page, `presentation-${lang}`, testInfo)));
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('deck')).toBeHidden();
      expect(problems).toEqual([]);
    });

    test('each sensitivity tool of a scenario with uncertain inputs: no sideways scrolling from 360 px', async ({
      page,
    }, testInfo) => {
      test.setTimeout(120_000);
      const editor = new EditorPage(page);
      await editor.goto();
      await editor.openScenario(sampleTitle('central-america-dairy-energy-risk', locale));
      await editor.tab(locale === 'es-CO' ? 'Sensibilidad' : 'Sensitivity').click();
      const problems: string[] = [];
      const tools = page.locator('button[data-tool]');
      await expect(tools.first()).toBeVisible();
      for (const tool of await tools.all()) {
        const name = (await tool.getAttribute('data-tool')) ?? '?';
        await tool.click();
        await page.waitForTimeout(500); // the tool's inputs and charts drawn
        problems.push(...(await checkWidths(page, `sensitivity-${name}-${locale}`, testInfo)));
      }
      // The Monte Carlo tool lists the sample's four uncertain inputs, each with its parameters and picture.
      await expect(page.locator('li[data-entry]')).toHaveCount(4);
      expect(problems).toEqual([]);
    });

    test('every tab of a scenario with a loan, a rebate and measurements: no sideways scrolling from 360 px', async ({
      page,
    }, testInfo) => {
      test.setTimeout(240_000);
      const lang = locale === 'es-CO' ? 'es' : 'en';
      const editor = new EditorPage(page);
      await editor.goto();
      await editor.openScenario(sampleTitle('colombia-dairy-verified-rebate', locale));
      const problems: string[] = [];
      for (const tab of TABS) {
        await editor.tab(tab[lang]).click();
        await page.locator('[role="tabpanel"]').waitFor();
        await page.waitForTimeout(500); // figures and charts of the tab drawn
        problems.push(...(await checkWidths(page, `loan-${tab.key}-${lang}`, testInfo)));
      }
      // The Results tab drew the loan's two charts side by side at 1366 px, one above the other on a phone.
      await editor.tab(lang === 'es' ? 'Resultados' : 'Results').click();
      await expect(page.locator('[data-chart="debt-service"], [data-chart="dscr"]')).toHaveCount(2);
      // The credit memo and the verification report on a phone: wide tables scroll within the sheet, not the screen.
      const documents = [
        {
          tab: ['Crédito', 'Credit'],
          open: /^(Abrir el memorando para el comité de crédito|Open the credit memo)$/,
        },
        { tab: ['Verificación', 'Verification'], open: /^(Informe de verificación|Verification report)$/ },
      ];
      for (const d of documents) {
        await editor.tab(d.tab[lang === 'es' ? 0 : 1]!).click();
        await page.getByRole('tabpanel').getByRole('button', { name: d.open }).click();
        const sheet = page.locator('.print-root');
        await expect(sheet.getByRole('heading', { level: 1 })).toBeVisible();
        for (const width of [360, 390]) {
          await page.setViewportSize({ width, height: 844 });
          await page.waitForTimeout(150);
          const wide = await sheet.evaluate((el) => el.scrollWidth);
          if (wide > width) problems.push(`${d.tab[1]} document at ${width}px: ${wide}px wide`);
        }
        await page.setViewportSize({ width: 1366, height: 844 });
        await page.keyboard.press('Escape');
        await expect(sheet).toBeHidden();
      }
      expect(problems).toEqual([]);
    });
  });
}
