import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { ensurePoppler } from '../../scripts/find-poppler.mjs';
import { formatMoney } from '../../src/i18n/format';
import { MEASURES_ES } from './expected-text';
import { expect, test } from './fixtures';
import { CreditPage } from './pages/credit-page';
import { PresentPage } from './pages/present-page';

// The best package in the credit memo and the presentation (issue #18's last bullet), es-CO.
test.use({ locale: 'es-CO' });

const SAMPLE = 'colombia-dairy-verified-rebate';
const expected = JSON.parse(
  readFileSync(new URL(`../../public/examples/${SAMPLE}.optimum.json`, import.meta.url), 'utf8'),
) as { best: { value: number; totalCapex: number } };
const cop = (v: number) => formatMoney(v, 'COP', 'es-CO');
const heat = MEASURES_ES[SAMPLE].heat_recovery!;
const vsd = MEASURES_ES[SAMPLE].vsd!;

test('the memo and the presentation show the best package found, with its frontier; the memo prints it', async ({
  page,
  app,
}, testInfo) => {
  test.setTimeout(120_000);
  const poppler = ensurePoppler();
  const credit = new CreditPage(page);
  await credit.open(SAMPLE);
  // No search yet: neither the memo's section nor its switch.
  await credit.openMemo.click();
  await expect(credit.memo.locator('[data-memo-application]')).toBeVisible();
  await expect(credit.memo.locator('[data-memo-package]')).toHaveCount(0);
  await expect(credit.memo.getByLabel('Mejor paquete en el memorando')).toHaveCount(0);
  await credit.memo.getByRole('button', { name: /Volver|Cerrar/ }).click();

  await page.getByRole('tab', { name: 'Mejor paquete' }).click();
  const budget = page.getByLabel('Presupuesto (COP)');
  await budget.fill('750.000.000');
  await budget.press('Enter');
  await page.getByRole('button', { name: 'Buscar el mejor paquete' }).click();
  await expect(page.locator('[data-optimise-answer]')).toContainText(cop(expected.best.value));

  await credit.tab.click();
  await credit.openMemo.click();
  const section = credit.memo.locator('[data-memo-package]');
  await expect(section.getByRole('heading', { level: 2 })).toHaveText(
    `Mejor paquete para un presupuesto de ${cop(750_000_000)}`,
  );
  await expect(section.locator('li')).toHaveText([new RegExp(heat), new RegExp(vsd)]);
  await expect(section).toContainText(`${heat} se elige solo por el reembolso`);
  await expect(section).toContainText(cop(expected.best.totalCapex));
  await expect(section).toContainText(cop(expected.best.value));
  await expect(section).toContainText('Reembolso del 15');
  await expect(section.locator('figure[data-chart="frontier"] svg[role="img"]')).toBeVisible();
  // A picture in the memo: no buttons to choose a step.
  await expect(section.locator('figure[data-chart="frontier"] button')).toHaveCount(0);
  for (const width of [390, 1366]) {
    await page.setViewportSize({ width, height: 900 });
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath(`memo-package-es-${width}.png`) });
  }

  // Printed: the section is on paper, whole on one page. The charts are drawn for the printable
  // width of A4 (210 − 2 × 14 mm ≈ 688 CSS px), as the memo's own print test does.
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 688, height: 1000 });
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = testInfo.outputPath(`memo-package-${format}.pdf`);
    await page.pdf({ path: pdf, format });
    const pages = execFileSync(poppler.pdftotext, ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');
    const title = pages.findIndex((p) => p.includes('Mejor paquete para un presupuesto de'));
    expect(title, `the package's title is printed (${format})`).toBeGreaterThanOrEqual(0);
    // Two columns side by side: each line of text holds a piece of one of them.
    expect(pages[title]).toContain('se elige solo por');
    expect(pages[title]).toContain('Frontera (valor según');
    execFileSync(poppler.pdftoppm, ['-png', '-r', '70', pdf, testInfo.outputPath(`memo-package-${format}`)]);
  }
  await page.emulateMedia({ media: 'screen' });
  // Back to a laptop's width: below 700 px the toolbar (Present among it) is in the phone menu.
  await page.setViewportSize({ width: 1366, height: 900 });

  // The toolbar's switch leaves it out of the memo, and of the presentation.
  const include = credit.memo.getByLabel('Mejor paquete en el memorando');
  await include.uncheck();
  await expect(section).toHaveCount(0);
  await credit.memo.getByRole('button', { name: /Volver|Cerrar/ }).click();
  const present = new PresentPage(page);
  await present.open();
  await expect(present.deck.locator('[data-slide="package"]')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(present.deck).toBeHidden();

  await credit.openMemo.click();
  await include.check();
  await expect(section).toBeVisible();
  await credit.memo.getByRole('button', { name: /Volver|Cerrar/ }).click();

  // The presentation's slide, after the cash flow.
  await present.open();
  const slide = present.deck.locator('[data-slide="package"]');
  await expect(slide).toHaveCount(1);
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(present.current()).toHaveAttribute('data-slide', 'package');
  await expect(slide).toContainText(`Mejor paquete para un presupuesto de ${cop(750_000_000)}`);
  await expect(slide).toContainText('solo por el reembolso');
  await expect(slide.locator('figure[data-chart="frontier"] svg[role="img"]')).toBeVisible();
  for (const width of [390, 1366]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 768 });
    await page.screenshot({ path: testInfo.outputPath(`slide-package-es-${width}.png`) });
  }
  await page.keyboard.press('Escape');
  await expect(present.deck).toBeHidden();

  await app.chooseLanguage('English');
  await credit.openMemo.click();
  await expect(section.getByRole('heading', { level: 2 })).toHaveText(/^Best package for a budget of /);
  for (const width of [390, 1366]) {
    await page.setViewportSize({ width, height: 900 });
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath(`memo-package-en-${width}.png`) });
  }
  await credit.memo.getByRole('button', { name: /Back|Close/ }).click();
  await present.open();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(present.current()).toHaveAttribute('data-slide', 'package');
  for (const width of [390, 1366]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 768 });
    await page.screenshot({ path: testInfo.outputPath(`slide-package-en-${width}.png`) });
  }
});
