import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { ensurePoppler } from '../../scripts/find-poppler.mjs';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { sampleTitle } from './expected-text';

interface Sample {
  name: string;
  verification: { baseline: Rec[]; reporting: Rec[] };
}
interface Rec {
  period: string;
  production: number;
  use: Record<string, number>;
}

const sample = JSON.parse(
  readFileSync(new URL('../../public/examples/colombia-dairy-verified-rebate.json', import.meta.url), 'utf8'),
) as Sample;
const es = new Intl.NumberFormat('es-CO', { useGrouping: true, maximumFractionDigits: 6 });

/** The records as a block copied from a spreadsheet set to es-CO: a header row, then numbers like 217.837. */
function block(records: Rec[]): string {
  const header = ['Mes', 'Producción (t)', 'Electricidad (kWh)', 'Gas natural (m3)', 'Agua (m3)'];
  const rows = records.map((r) => [
    r.period,
    es.format(r.production),
    es.format(r.use.electricity!),
    es.format(r.use.natgas!),
    es.format(r.use.water!),
  ]);
  return [header, ...rows].map((r) => r.join('\t')).join('\r\n');
}

async function openSample(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: /^☰ (Escenarios|Scenarios)$/ }).click();
  await page
    .getByTestId('library-row')
    .getByRole('button', { name: sampleTitle('colombia-dairy-verified-rebate', 'es-CO'), exact: true })
    .click();
  await expect(page.getByTestId('library')).toBeHidden();
  await page.getByRole('tab', { name: /^(Verificación|Verification)$/ }).click();
}

async function paste(page: Page, list: 'baseline' | 'reporting', text: string): Promise<void> {
  const section = page.locator(`section.records[data-list="${list}"]`);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await section.getByRole('button', { name: /(Agregar fila|Add row)/ }).click();
  await page.keyboard.press('Control+v');
}

test.use({ locale: 'es-CO' });

test('paste 12 baseline and 6 reporting months: the verified tier, the loan as verified, the report (es-CO)', async ({
  page,
  context,
}, testInfo) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openSample(page);
  const panel = page.locator('#panel-verification');
  // Start from nothing: the sample's own measurements are removed, then typed in again by paste.
  await panel.getByRole('button', { name: 'Quitar las mediciones' }).click();
  await panel.getByRole('button', { name: 'Agregar mediciones' }).click();
  await paste(page, 'baseline', block(sample.verification.baseline));
  await expect(panel.locator('section.records[data-list="baseline"] tbody tr')).toHaveCount(12);
  // An empty reporting period is a problem named on its field; the rest of the app keeps working.
  await expect(panel.getByRole('alert').filter({ hasText: /vacío|vacía|empty/i })).toBeVisible();
  await paste(page, 'reporting', block(sample.verification.reporting));
  await expect(panel.locator('section.records[data-list="reporting"] tbody tr')).toHaveCount(6);

  const co2e = panel.locator('tr[data-resource="co2e"]');
  await expect(co2e).toContainText('31,0'); // projected 31.0 %, one decimal beside the verified one
  await expect(co2e).toContainText('30,4'); // verified 30.4 %
  await expect(co2e).toContainText('reembolso del 15');
  await expect(co2e).toContainText('faltan 19,6');
  await expect(panel.getByTestId('verified-rebate')).toContainText('105.000.000');
  await expect(panel.locator('table.financing')).toContainText('3,46'); // minimum DSCR as verified
  await expect(panel.locator('figure[data-chart] svg[role="img"]')).toHaveCount(3);
  await page.screenshot({ path: testInfo.outputPath('verification-es-1366.png'), fullPage: true });

  // A bad cell keeps what was typed and says why; the figures stay those of the last valid draft.
  const cell = panel.locator('section.records[data-list="reporting"] tbody tr').nth(1).locator('td').nth(1);
  await cell.click();
  await page.keyboard.type('0');
  await page.keyboard.press('Enter');
  await expect(cell).toHaveAttribute('aria-invalid', 'true');
  await expect(panel.locator('.stale')).toBeVisible();
  await expect(panel.getByTestId('verified-rebate')).toContainText('105.000.000');
  await page.keyboard.press('Control+z');
  await expect(panel.locator('.stale')).toBeHidden();

  await panel.getByRole('button', { name: 'Informe de verificación' }).click();
  const report = page.getByRole('dialog');
  await expect(report).toContainText('Lácteos del Valle S.A.S.');
  await expect(report).toContainText('2025-01 a 2025-12 (12 registros)');
  await expect(report).toContainText('Verificado por');
  await page.screenshot({ path: testInfo.outputPath('report-es-screen.png') });
  const poppler = ensurePoppler();
  await page.emulateMedia({ media: 'print' });
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = testInfo.outputPath(`report-${format}.pdf`);
    await page.pdf({ path: pdf, format });
    const text = execFileSync(poppler.pdftotext, ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Informe de verificación');
    expect(text).toContain('105.000.000');
    expect(text).not.toContain('Quitar las mediciones'); // the app behind is not printed
    execFileSync(poppler.pdftoppm, ['-png', '-r', '70', pdf, testInfo.outputPath(`report-${format}`)]);
  }
});

test.describe('screenshots of the Verification tab', () => {
  for (const language of ['Español', 'English'] as const) {
    for (const width of [390, 1366]) {
      test(`${language} at ${width} px`, async ({ page }, testInfo) => {
        // The sample is opened from the library at a laptop's width (on a phone it is in the menu).
        await openSample(page);
        await page.setViewportSize({ width, height: 900 });
        // At 390 px the header's language picker is in the phone menu: AppPage chooses either way.
        if (language === 'English') await new AppPage(page).chooseLanguage('English');
        await expect(page.locator('#panel-verification tr[data-resource="co2e"]')).toBeVisible();
        await expect(page.locator('#panel-verification figure[data-chart] svg[role="img"]')).toHaveCount(3);
        await page.screenshot({ path: testInfo.outputPath(`verification-${language}-${width}.png`), fullPage: true });
        await page
          .locator('#panel-verification')
          .getByRole('button', { name: /^(Informe de verificación|Verification report)$/ })
          .click();
        await page.screenshot({ path: testInfo.outputPath(`report-${language}-${width}.png`), fullPage: false });
      });
    }
  }
});

test('the credit memo states the verified figures when the scenario has measurements', async ({ page }) => {
  await openSample(page);
  await page.getByRole('tab', { name: /^(Crédito|Credit)$/ }).click();
  await page.getByRole('button', { name: /(credit memo|memorando para el comité)/i }).click();
  const summary = page.getByRole('dialog').getByTestId('verified-summary');
  await expect(summary).toContainText('30,4');
  await expect(summary).toContainText('reembolso del 15');
  await expect(summary).toContainText('105.000.000');
});
