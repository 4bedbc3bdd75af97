import { readFileSync } from 'node:fs';
import { formatMoney } from '../../src/i18n/format';
import { expect, test } from './fixtures';
import { MEASURES_ES, sampleTitle } from './expected-text';
import { LibraryPage } from './pages/library-page';

// Colombian Spanish: "750.000.000" is seven hundred and fifty million pesos.
test.use({ locale: 'es-CO' });

const SAMPLE = 'colombia-dairy-verified-rebate';
const expected = JSON.parse(
  readFileSync(new URL(`../../public/examples/${SAMPLE}.optimum.json`, import.meta.url), 'utf8'),
) as { best: { value: number; totalCapex: number } };
const cop = (v: number) => formatMoney(v, 'COP', 'es-CO');
// The sample was seeded in Spanish (es-CO).
const nameOf = (id: string) => MEASURES_ES[SAMPLE][id] ?? id;

test('best package for a budget: set the budget, see the package, apply it, undo', async ({ page }, testInfo) => {
  await page.goto('/');
  await page.getByRole('button', { name: /^☰ (Escenarios|Scenarios|Cenários)$/ }).click();
  await page
    .getByTestId('library-row')
    .getByRole('button', { name: sampleTitle(SAMPLE, 'es-CO'), exact: true })
    .click();
  await expect(page.getByTestId('library')).toBeHidden();
  const capex = page.locator('[data-figure="capex"] dd').first();
  await expect(capex).toHaveText(cop(835_000_000));

  await page.getByRole('tab', { name: 'Mejor paquete' }).click();
  const budget = page.getByLabel('Presupuesto (COP)');
  await budget.fill('750.000.000');
  await budget.press('Enter');
  await page.getByRole('button', { name: 'Buscar el mejor paquete' }).click();

  const answer = page.locator('[data-optimise-answer]');
  await expect(answer).toContainText(`Mejor paquete para ${cop(750_000_000)}`);
  await expect(answer.locator('[data-chosen]')).toHaveText([
    new RegExp(nameOf('heat_recovery')),
    new RegExp(nameOf('vsd')),
  ]);
  // Heat recovery is there only because it carries the package over the 30 % CO2e tier.
  await expect(answer.locator('[data-chosen="heat_recovery"]')).toContainText('solo por el reembolso');
  await expect(answer).toContainText(`${nameOf('heat_recovery')} se elige solo por el reembolso`);
  await expect(answer).toContainText(cop(expected.best.value));
  await expect(answer).toContainText('Reembolso del 15');
  await expect(answer).toContainText(`Deja fuera: ${nameOf('cip_reuse')}.`);
  await expect(page.locator('[data-chart="frontier"]')).toBeVisible();

  for (const width of [390, 1366]) {
    await page.setViewportSize({ width, height: 900 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: testInfo.outputPath(`optimise-es-${width}.png`), fullPage: true });
  }

  await answer.getByRole('button', { name: 'Activar exactamente estas medidas' }).click();
  await expect(capex).toHaveText(cop(expected.best.totalCapex));
  await expect(answer).toContainText('Aplicado');
  // Applying keeps the answer current; the package enabled now is the one shown.
  await expect(answer).toContainText('Frente a las medidas activadas ahora: Las mismas medidas.');
  await expect(page.getByText('busque de nuevo para actualizarla')).toHaveCount(0);

  await page.getByRole('button', { name: /Deshacer/ }).click();
  await expect(capex).toHaveText(cop(835_000_000));

  // Clicking a step of the chart itself shows that step's package (its button says it is chosen).
  const chart = page.locator('[data-chart="frontier"]');
  const stepButton = chart.locator('.steps button').nth(1);
  await chart.locator('svg rect[data-step]').nth(1).click();
  await expect(answer.locator('[data-chosen]')).toHaveText([new RegExp(nameOf('cip_reuse'))]);
  await expect(answer).toContainText('(un escalón de la frontera)');
  await expect(stepButton).toHaveAttribute('aria-pressed', 'true');
  for (const width of [390, 1366]) {
    await page.setViewportSize({ width, height: 900 });
    await chart.scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath(`optimise-step-es-${width}.png`), fullPage: true });
  }

  // The same step's button, for the keyboard, takes it back to the best package.
  await stepButton.focus();
  await page.keyboard.press('Enter');
  await expect(answer).toContainText(`Mejor paquete para ${cop(750_000_000)}`);
  await expect(stepButton).toHaveAttribute('aria-pressed', 'false');

  await page.getByRole('combobox', { name: /^(Idioma|Language)$/ }).selectOption({ label: 'English' });
  await expect(page.getByRole('button', { name: 'Find the best package' })).toBeVisible();
  for (const width of [390, 1366]) {
    await page.setViewportSize({ width, height: 900 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: testInfo.outputPath(`optimise-en-${width}.png`), fullPage: true });
  }
  await chart.locator('svg rect[data-step]').nth(1).click();
  await expect(answer).toContainText('(a frontier step)');
  for (const width of [390, 1366]) {
    await page.setViewportSize({ width, height: 900 });
    await chart.scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath(`optimise-step-en-${width}.png`), fullPage: true });
  }
});

test("the budget, locks and minimum are the scenario's: kept after a reload, another scenario has its own", async ({
  page,
}) => {
  const library = new LibraryPage(page);
  const otherName = sampleTitle('colombia-green-credit-rebate', 'es-CO');
  const budget = page.getByLabel(/^Presupuesto \(/);
  const role = (name: string) => page.getByRole('combobox', { name: `En la búsqueda: ${name}` });
  const minimum = page.getByRole('combobox', { name: 'Reducción mínima' });

  await library.goto();
  await library.open(sampleTitle(SAMPLE, 'es-CO'));
  await library.closePanel();
  await page.getByRole('tab', { name: 'Mejor paquete' }).click();
  await budget.fill('750.000.000');
  await budget.press('Enter');
  await role(nameOf('vsd')).selectOption({ label: 'Fijada' });
  await minimum.selectOption({ label: 'CO2e' });

  // Another scenario starts with none, and keeps its own.
  await library.open(otherName);
  await library.closePanel();
  await expect(budget).toHaveValue('');
  await expect(minimum).toHaveValue('');
  await budget.fill('120.000.000');
  await budget.press('Enter');
  await expect(budget).toHaveValue('120000000');

  await page.reload();
  await library.openName.waitFor();
  await library.open(sampleTitle(SAMPLE, 'es-CO'));
  await library.closePanel();
  await page.getByRole('tab', { name: 'Mejor paquete' }).click();
  await expect(budget).toHaveValue('750.000.000');
  await expect(role(nameOf('vsd'))).toHaveValue('require');
  await expect(role(nameOf('cip_reuse'))).toHaveValue('free');
  await expect(minimum).toHaveValue('co2e');
  await library.open(otherName);
  await library.closePanel();
  await expect(budget).toHaveValue('120.000.000');
  await expect(minimum).toHaveValue('');
});
