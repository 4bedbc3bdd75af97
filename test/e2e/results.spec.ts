import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Results } from '../../src/model/results';
import { sampleTitle, SAMPLE_WORDS, SHOWN, type ShownFigures } from './expected-text';
import { expect, test } from './fixtures';
import { EditorPage } from './pages/editor-page';
import { LibraryPage } from './pages/library-page';
import { ResultsPage } from './pages/results-page';
import { SAMPLE_NAMES } from '../../src/model/samples';

interface Sample {
  name: string;
  /** The scenario's own name: the library lists samples by it. */
  title: string;
  currency: string;
  firstMeasure: string;
  loan: boolean;
  expected: Results;
}

function sample(name: string): Sample {
  const read = (file: string) =>
    JSON.parse(readFileSync(new URL(`../../public/examples/${file}`, import.meta.url), 'utf8')) as Record<
      string,
      unknown
    >;
  const file = read(`${name}.json`) as {
    name: string;
    currency: string;
    measures: { id: string }[];
    financing?: { loan?: unknown };
  };
  return {
    name,
    title: file.name,
    currency: file.currency,
    firstMeasure: file.measures[0]!.id,
    loan: file.financing?.loan !== undefined,
    expected: read(`${name}.expected.json`) as unknown as Results,
  };
}

const SAMPLES = SAMPLE_NAMES.map(sample);
const PERU = sample('peru-textile-guaranteed-loan');

/** Opens a sample from the library and shows its Results tab. */
async function openResults(page: Page, s: Sample): Promise<ResultsPage> {
  const library = new LibraryPage(page);
  await library.goto();
  // Seeded in the browser's language.
  await library.open(sampleTitle(s.name, await page.evaluate(() => navigator.language)));
  await library.closePanel();
  const results = new ResultsPage(page);
  await results.show(s.firstMeasure);
  return results;
}

/** What the app must show for the expected file's figures: literals per locale (expected-text.ts). */
function shown(s: Sample, locale: 'es-CO' | 'en-US'): ShownFigures {
  const want = SHOWN[s.name]?.[locale];
  if (!want) throw new Error(`no expected text for ${s.name} in ${locale}`);
  return want;
}

test.describe('the Results tab in Spanish (es-CO)', () => {
  test.use({ locale: 'es-CO' });

  for (const s of SAMPLES) {
    test(`shows ${s.name}'s figures as the expected file has them, and its charts`, async ({ page }) => {
      const results = await openResults(page, s);
      const want = shown(s, 'es-CO');
      await expect(results.figure('npv')).toHaveText(want.npv);
      await expect(results.figure('irr')).toHaveText(want.irr);
      await expect(results.figure('payback')).toHaveText(want.payback);
      for (const [i, m] of s.expected.measures.entries()) {
        await expect(results.cell(m.id, 'npv')).toHaveText(want.measureNpv[i] ?? '(missing)');
      }
      for (const chart of ['cash-flow', 'npv']) await expect(results.chartImage(chart)).toBeVisible();
      // EP3 Bolivia records no emission factors: no measure has a cost per tonne, so no curve.
      const curve = s.expected.measures.some((m) => m.macPerTonne !== null);
      await expect(results.chartImage('mac-curve')).toHaveCount(curve ? 1 : 0);
      if (!curve)
        await expect(results.chart('mac-curve')).toContainText(
          'Ninguna medida del cálculo reduce las emisiones de CO2e.',
        );
      await expect(results.chart('dscr')).toHaveCount(s.loan ? 1 : 0);
      await expect(results.chart('debt-service')).toHaveCount(s.loan ? 1 : 0);
      if (s.loan) await expect(results.chartImage('dscr')).toBeVisible();
    });
  }

  test('sorts the ranking by a column, with the mouse and the keyboard', async ({ page }) => {
    const results = await openResults(page, PERU);
    // Largest NPV first at the start.
    await expect(results.header('npv')).toHaveAttribute('aria-sort', 'descending');
    await expect.poll(() => results.rankedIds()).toEqual(['dye_control', 'effluent_heat', 'boiler']);

    await results.sortButton('npv').click();
    await expect(results.header('npv')).toHaveAttribute('aria-sort', 'ascending');
    await expect.poll(() => results.rankedIds()).toEqual(['boiler', 'effluent_heat', 'dye_control']);

    // A new column starts best first: the longest payback last.
    await results.sortButton('simplePaybackYears').focus();
    await page.keyboard.press('Enter');
    await expect(results.header('simplePaybackYears')).toHaveAttribute('aria-sort', 'ascending');
    await expect(results.header('npv')).not.toHaveAttribute('aria-sort');
    await expect.poll(() => results.rankedIds()).toEqual(['dye_control', 'effluent_heat', 'boiler']);
    await page.keyboard.press('Space');
    await expect(results.header('simplePaybackYears')).toHaveAttribute('aria-sort', 'descending');
    await expect.poll(() => results.rankedIds()).toEqual(['boiler', 'effluent_heat', 'dye_control']);
  });

  test('names the charts for screen readers and gives their numbers as tables', async ({ page }) => {
    const results = await openResults(page, PERU);
    await expect(results.chartImage('cash-flow')).toHaveAttribute('aria-label', 'Flujo de caja del proyecto por año');
    await expect(results.chart('dscr').getByRole('table')).toContainText('2,50');
    await expect(results.chart('mac-curve').getByRole('table')).toContainText(SAMPLE_WORDS.automaticDosing.es);
  });

  test('keeps an excluded measure in the ranking, marked, and leaves it out of the charts', async ({
    page,
  }, testInfo) => {
    const results = await openResults(page, PERU);
    const editor = new EditorPage(page);
    await editor.tab(/^Escenario$/).click();
    const row = await editor.measureRow('dye_control');
    await editor.measures.getByRole('button', { name: `Acciones de la fila ${row + 1}` }).click();
    await page.getByRole('menuitem', { name: 'Excluir del cálculo' }).click();
    await editor.settled();

    await results.show('boiler');
    await expect(results.row('dye_control')).toContainText('Excluida');
    await expect(results.row('boiler')).not.toContainText('Excluida');
    await expect(
      page.getByText(`Excluidas del cálculo, por eso no aparecen en los gráficos: ${SAMPLE_WORDS.automaticDosing.es}.`),
    ).toBeVisible();
    await expect(results.chart('npv').getByRole('table')).not.toContainText(SAMPLE_WORDS.automaticDosing.es);
    await expect(results.chart('mac-curve').getByRole('table')).not.toContainText(SAMPLE_WORDS.automaticDosing.es);
    await results.ranking.screenshot({ path: testInfo.outputPath('ranking-excluded-es-CO.png') });
  });

  test('redraws its charts in place when the language changes', async ({ app, page }) => {
    const results = await openResults(page, PERU);
    await expect(results.chartImage('cash-flow')).toContainText('Año');
    await app.chooseLanguage('English');
    await expect(results.chartImage('cash-flow')).toHaveAttribute('aria-label', 'Project cash flow by year');
    await expect(results.chartImage('cash-flow')).toContainText('Year');
    await expect(results.chartImage('cash-flow')).toContainText('Payback: 1.9 years');
    // One chart per figure: the old drawing is gone.
    await expect(results.chartImage('cash-flow')).toHaveCount(1);
  });
});

test.describe('the Results tab printed', () => {
  test.use({ locale: 'en-US', viewport: { width: 1280, height: 720 } });

  // Was test.fixme while CreditMemo.svelte's print rule hid every page; that rule is now scoped
  // to an open memo (`body:has(> .memo-root)`), so the test runs again.
  test('fits every chart and the ranking to a portrait page', async ({ page }, testInfo) => {
    const results = await openResults(page, PERU);
    await expect(results.chartImage('dscr')).toBeVisible();
    // About the printable width of A4 portrait at 96 px per inch; the SVGs were drawn wider.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 700, height: 1000 });
    // Retried until the print layout has settled: the charts that stick out of their figure.
    const overflowing = async (): Promise<string[]> => {
      const out: string[] = [];
      for (const name of ['cash-flow', 'mac-curve', 'npv', 'debt-service', 'dscr']) {
        const figure = await results.chart(name).boundingBox();
        const chart = await results.chartImage(name).boundingBox();
        if (!figure || !chart || chart.x + chart.width > figure.x + figure.width) out.push(name);
      }
      // The ranking does not scroll on paper: all its columns inside its box.
      const box = await results.ranking.locator('..').boundingBox();
      const table = await results.ranking.boundingBox();
      if (!box || !table || table.x + table.width > box.x + box.width + 1) out.push('ranking');
      return out;
    };
    await expect.poll(overflowing).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath('results-print.png'), fullPage: true });
  });
});

// STYLE point 12: look at what was built. The pictures land in test-results/ for a person to read.
for (const locale of ['es-CO', 'en-US'] as const) {
  test.describe(`screenshots of the Results tab in ${locale}`, () => {
    test.use({ locale, viewport: { width: 1280, height: 720 } });
    // Peru (loan, USD) and Colombia (COP); ALL_SCREENSHOTS=1 takes all five.
    for (const s of process.env.ALL_SCREENSHOTS ? SAMPLES : SAMPLES.slice(0, 2)) {
      test(`of ${s.name}`, async ({ page }, testInfo) => {
        const results = await openResults(page, s);
        const want = shown(s, locale);
        await expect(results.figure('npv')).toHaveText(want.npv);
        await expect(results.chartImage('cash-flow')).toBeVisible();
        if (s.loan) await expect(results.chartImage('dscr')).toBeVisible();
        await page.screenshot({ path: testInfo.outputPath(`results-${s.name}-${locale}.png`), fullPage: true });
        await page.screenshot({ path: testInfo.outputPath(`results-${s.name}-${locale}-first-screen.png`) });
      });
    }
  });
}
