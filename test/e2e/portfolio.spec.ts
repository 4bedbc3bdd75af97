import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { ensurePoppler } from '../../scripts/find-poppler.mjs';
import { expect, test } from './fixtures';
import { sampleTitle } from './expected-text';

// Seeded in Spanish (es-CO).
const sampleName = (file: string) => sampleTitle(file, 'es-CO');

async function openPortfolio(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('tab', { name: /^(Cartera|Portfolio)$/ }).click();
  // Six samples, every one computed.
  await expect(page.locator('.portfolio p.count')).toHaveText(/^(6 de 6 escenarios|6 of 6 scenarios)$/);
  await expect(page.locator('.portfolio progress')).toHaveCount(0);
  await expect(page.locator('.portfolio tbody tr[data-id] td.num').first()).toBeVisible();
}

const row = (page: Page, name: string) =>
  page.locator('.portfolio tbody tr[data-id]').filter({ has: page.getByRole('button', { name, exact: true }) });

test.describe('the portfolio (es-CO)', () => {
  test.use({ locale: 'es-CO' });

  test('set stages on three scenarios, filter by stage, print the impact report and export it', async ({
    page,
  }, testInfo) => {
    test.setTimeout(180_000);
    await openPortfolio(page);
    const peru = sampleName('peru-textile-guaranteed-loan');
    const coal = sampleName('colombia-green-credit-rebate');
    const poultry = sampleName('bolivia-poultry-slaughterhouse');
    await row(page, peru).getByRole('combobox', { name: 'Etapa' }).selectOption({ label: 'Aprobado' });
    await row(page, coal).getByRole('combobox', { name: 'Etapa' }).selectOption({ label: 'Desembolsado' });
    await row(page, poultry).getByRole('combobox', { name: 'Etapa' }).selectOption({ label: 'Aprobado' });
    // Saved: the stage survives a reload.
    await expect(row(page, coal).getByRole('combobox', { name: 'Etapa' })).toHaveValue('disbursed');
    await page.reload();
    await page.getByRole('tab', { name: 'Cartera' }).click();
    await expect(row(page, peru).getByRole('combobox', { name: 'Etapa' })).toHaveValue('approved');
    await expect(row(page, poultry).getByRole('combobox', { name: 'Etapa' })).toHaveValue('approved');

    await page.locator('.filters').getByRole('combobox', { name: 'Etapa' }).selectOption({ label: 'Aprobado' });
    await expect(page.locator('.portfolio p.count')).toHaveText('2 de 6 escenarios');
    await expect(page.getByRole('region', { name: 'Solicitudes por etapa' }).locator('tbody tr')).toHaveText([
      /^Aprobado\s*2$/,
    ]);
    // Both approved are in USD: one currency row, 285.000 + 21.200 of investment.
    const byCurrency = page.locator('section.totals tbody tr');
    await expect(byCurrency).toHaveCount(1);
    await expect(byCurrency.first()).toContainText('USD');
    await expect(byCurrency.first()).toContainText('306.200');
    await page.screenshot({ path: testInfo.outputPath('portfolio-es-1366.png'), fullPage: true });

    await page.getByRole('button', { name: 'Informe de impacto' }).click();
    const report = page.getByRole('dialog');
    await expect(report.getByRole('heading', { name: 'Informe de impacto de la cartera' })).toBeVisible();
    await expect(report.locator('table.apps tbody tr')).toHaveCount(2);
    await page.screenshot({ path: testInfo.outputPath('report-es-screen.png') });

    const csvDownload = page.waitForEvent('download');
    await report.getByRole('button', { name: /Exportar CSV/ }).click();
    const csv = readFileSync((await (await csvDownload).path())!, 'utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(csv[0]!.split(';').slice(0, 5)).toEqual(['Escenario', 'Referencia', 'Etapa', 'Moneda', 'Inversión']);
    expect(csv).toHaveLength(3);
    expect(csv.slice(1).every((l) => l.includes(';Aprobado;USD;'))).toBe(true);
    const xlsxDownload = page.waitForEvent('download');
    await report.getByRole('button', { name: /Exportar Excel/ }).click();
    const xlsx = readFileSync((await (await xlsxDownload).path())!);
    expect(xlsx.subarray(0, 2).toString('latin1')).toBe('PK');

    const poppler = ensurePoppler();
    await page.emulateMedia({ media: 'print' });
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = testInfo.outputPath(`report-${format}.pdf`);
      await page.pdf({ path: pdf, format });
      execFileSync(poppler.pdftoppm, ['-png', '-r', '80', pdf, testInfo.outputPath(`report-${format}`)]);
      const text = execFileSync(poppler.pdftotext, ['-layout', pdf, '-'], { encoding: 'utf8' });
      expect(text).toContain('Informe de impacto de la cartera');
      expect(text).toContain('Tintorería textil, Perú:');
      // Only the report is printed: not the app behind it.
      expect(text).not.toContain('Modo presentación');
    }
  });

  test('screenshots in Spanish and English, 390 and 1366 px wide', async ({ page, app }, testInfo) => {
    test.setTimeout(180_000);
    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await openPortfolio(page);
      await page.screenshot({ path: testInfo.outputPath(`portfolio-es-${width}.png`), fullPage: true });
      await app.chooseLanguage('English');
      await expect(page.locator('.portfolio p.count')).toHaveText('6 of 6 scenarios');
      await page.screenshot({ path: testInfo.outputPath(`portfolio-en-${width}.png`), fullPage: true });
      await page.getByRole('button', { name: 'Impact report' }).click();
      await page.screenshot({ path: testInfo.outputPath(`report-en-${width}.png`), fullPage: false });
      await page.getByRole('button', { name: /Close/ }).click();
      await app.chooseLanguage('Español');
    }
  });
});
