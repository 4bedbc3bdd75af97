import { readFileSync, writeFileSync } from 'node:fs';
import { evaluate } from '../../src/model/kernel';
import { parseScenario } from '../../src/model/parse';
import { largeScenario } from '../../src/model/test-support/large-scenario';
import { resolveScenario } from '../../src/workbook/formula-resolver';
import { expect, test } from './fixtures';
import { EditorPage, readShownNumber } from './pages/editor-page';
import { LibraryPage } from './pages/library-page';
import { SensitivityPage } from './pages/sensitivity-page';
import { sampleTitle } from './expected-text';

const examples = new URL('../../public/examples/', import.meta.url);
const read = (name: string) => JSON.parse(readFileSync(new URL(name, examples), 'utf8')) as Record<string, unknown>;
const colombia = read('colombia-green-credit-rebate.json');
const colombiaExpected = read('colombia-green-credit-rebate.expected.json') as {
  project: { npv: number };
  sensitivity: { breakEvenEnergyPriceFactor: number };
};

/**
 * The kernel's figures for a scenario file, computed here in Node: only for WIRING checks (inputs
 * with no expected file: the app's worker and this call run the same kernel). Figures at the
 * samples' own inputs are checked against their expected files instead.
 */
function kernel(file: unknown) {
  const parsed = parseScenario(file);
  if (!parsed.ok) throw new Error(parsed.issues[0]?.message);
  const resolved = resolveScenario(parsed.value);
  if (!resolved.ok) throw new Error(resolved.issues[0]?.message);
  return evaluate(resolved.resolved);
}

const number = async (text: Promise<string>) => readShownNumber(await text);

test.describe('the Sensitivity tab in Spanish (es-CO)', () => {
  test.use({ locale: 'es-CO' });

  test(
    'the energy slider moves the figures live, and Apply writes the factor into the scenario ' +
      '(figures at ×1.5: wiring check against the kernel)',
    async ({ page }, testInfo) => {
      const editor = new EditorPage(page);
      const sens = new SensitivityPage(page);
      await editor.goto();
      await editor.openScenario(sampleTitle('colombia-green-credit-rebate', 'es-CO'));
      await sens.open('energy');
      await expect(sens.factor).toHaveText('×1,00');
      await expect(sens.breakEven).toContainText(
        `×${colombiaExpected.sensitivity.breakEvenEnergyPriceFactor.toFixed(2).replace('.', ',')}`,
      );
      await expect
        .poll(() => number(sens.energyFigure('npv').innerText()))
        .toBeCloseTo(colombiaExpected.project.npv, 0);

      await sens.setFactor(1.5);
      await expect(sens.factor).toHaveText('×1,50');
      const at15 = kernel({ ...colombia, energyPriceFactor: 1.5 });
      await expect.poll(() => number(sens.energyFigure('npv').innerText())).toBeCloseTo(at15.project.npv, 0);
      await expect
        .poll(() => number(sens.energyFigure('minDscr').innerText()))
        .toBeCloseTo(at15.financing?.minDscr ?? Number.NaN, 2);
      await expect(sens.chartImage('energy-npv')).toBeVisible();
      await expect(sens.chartImage('energy-dscr')).toBeVisible();
      // The scenario itself is unchanged: the key-figure strip still shows the factor 1 NPV.
      await expect.poll(() => editor.figureValue('npv')).toBeCloseTo(colombiaExpected.project.npv, 0);
      await page.screenshot({ path: testInfo.outputPath('sensitivity-energy-es.png'), fullPage: true });

      await sens.button(/^Aplicar al escenario$/).click();
      await expect.poll(() => editor.figureValue('npv')).toBeCloseTo(at15.project.npv, 0);
      await editor.undo.click();
      await expect.poll(() => editor.figureValue('npv')).toBeCloseTo(colombiaExpected.project.npv, 0);
    },
  );

  test('the tornado shows each input with both values, for the project and the owner', async ({ page }, testInfo) => {
    const editor = new EditorPage(page);
    const sens = new SensitivityPage(page);
    await editor.goto();
    await editor.openScenario(sampleTitle('colombia-green-credit-rebate', 'es-CO'));
    await sens.open('tornado');
    await expect(sens.chartImage('tornado-project')).toBeVisible();
    await expect(sens.chartImage('tornado-equity')).toBeVisible();
    // The widest bar first, named as the user knows it (Colombia: the natural gas price).
    const labels = await sens.chart('tornado-project').locator('table th[scope="row"]').allTextContents();
    expect(labels).toContain('Tasa de descuento');
    expect(labels).toContain('Todas las inversiones');
    await expect(
      sens.chart('tornado-equity').locator('table th[scope="row"]').filter({ hasText: 'Tasa de interés del préstamo' }),
    ).toHaveCount(1);
    const before = await sens.chart('tornado-project').locator('table tbody tr').first().innerText();
    await page.getByLabel('Paso δ').selectOption('0.5');
    await expect(sens.chart('tornado-project').locator('.legend')).toContainText('Variable −50');
    await expect(sens.chart('tornado-project').locator('table tbody tr').first()).not.toHaveText(before);
    await page.screenshot({ path: testInfo.outputPath('sensitivity-tornado-es.png'), fullPage: true });
  });

  test('a data table renders as a heat map around the scenario and exports CSV for Excel in es-CO', async ({
    page,
  }, testInfo) => {
    const editor = new EditorPage(page);
    const sens = new SensitivityPage(page);
    await editor.goto();
    await editor.openScenario(sampleTitle('colombia-green-credit-rebate', 'es-CO'));
    await sens.open('table');
    // Default: energy price factor (rows) × discount rate (columns), seven values each.
    await expect(sens.dataTable.locator('tbody tr')).toHaveCount(7);
    await expect(sens.dataTable.locator('thead th')).toHaveCount(8);
    const base = sens.dataTable.locator('td.base');
    await expect(base).toHaveCount(1);
    // Amounts in COP show compact ($183,1 M); the full amount is in the cell's tooltip.
    await expect(base).toHaveText(/^\$183,1\sM/);
    const full = async (cell: typeof base) =>
      readShownNumber(((await cell.getAttribute('title')) ?? '').split(' · ')[0] ?? '');
    await expect.poll(() => full(base)).toBeCloseTo(colombiaExpected.project.npv, 0);
    // A cell off the base: factor 0.7 (first row) at 21 % (last column: 15 % + 6 points): a wiring
    // check against the kernel in Node (no expected file has these inputs).
    const cell = sens.dataTable.locator('tbody tr').first().locator('td').last();
    await expect
      .poll(() => full(cell))
      .toBeCloseTo(kernel({ ...colombia, energyPriceFactor: 0.7, discountRate: 0.21 }).project.npv, 0);
    await page.screenshot({ path: testInfo.outputPath('sensitivity-table-es.png'), fullPage: true });

    const download = page.waitForEvent('download');
    await sens.button(/^Exportar CSV$/).click();
    const file = await download;
    const path = testInfo.outputPath('table.csv');
    await file.saveAs(path);
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(8);
    expect(lines[0]).toMatch(/^VAN: Factor de precio de la energía \\ Tasa de descuento;0,09;0,11;/);
    expect(lines[1]?.split(';')).toHaveLength(8);
    expect(lines[1]).toMatch(/^0,7;-?\d+(,\d+)?;/);
  });

  test('goal seek finds the break-even energy factor', async ({ page }) => {
    const editor = new EditorPage(page);
    const sens = new SensitivityPage(page);
    await editor.goto();
    await editor.openScenario(sampleTitle('colombia-green-credit-rebate', 'es-CO'));
    await sens.open('goal');
    await expect(sens.goalAnswer).toContainText(
      `×${colombiaExpected.sensitivity.breakEvenEnergyPriceFactor.toFixed(2).replace('.', ',')}`,
    );
  });

  test('Monte Carlo runs with progress, Cancel stops it, and a full run shows its results', async ({
    page,
  }, testInfo) => {
    test.setTimeout(90_000);
    const library = new LibraryPage(page);
    const sens = new SensitivityPage(page);
    // The generated 50-measure × 30-year scenario with a loan: 100,000 samples take seconds.
    const big = largeScenario();
    const path = testInfo.outputPath('large.json');
    writeFileSync(path, JSON.stringify(big));
    await library.goto();
    await library.importFiles([path]);
    await library.open(big.name);
    await sens.open('monte-carlo');
    await page.getByLabel('Muestras').selectOption('100000');

    // Cancel stops the run; how fast (target ≤ 200 ms) is measured by `npm run bench`
    // (scripts/bench-monte-carlo.mjs), not asserted on a shared machine.
    await sens.button(/^Simular$/).click();
    await expect(page.locator('progress')).toBeVisible();
    await expect.poll(() => page.locator('progress').evaluate((p: HTMLProgressElement) => p.value)).toBeGreaterThan(0);
    await sens.button(/^Cancelar$/).click();
    await expect(sens.mcState).toHaveAttribute('data-mc-state', 'cancelled');
    await expect(sens.mcResults).toHaveCount(0);

    // The next run starts on a fresh worker and completes.
    await page.getByLabel('Muestras').selectOption('10000');
    await sens.button(/^Simular$/).click();
    await expect(sens.mcState).toHaveAttribute('data-mc-state', 'done', { timeout: 30_000 });
    await expect(sens.mcResults).toContainText('10.000 muestras, semilla 1');
    await expect(sens.mcFigure('probDscr')).toHaveText(/%$/);
    await expect(sens.chartImage('mc-histogram-npv')).toBeVisible();
    await expect(sens.chartImage('mc-histogram-equityNpv')).toBeVisible();
    await expect(sens.chartImage('mc-drivers')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('sensitivity-monte-carlo-es.png'), fullPage: true });
  });
});

test.describe('the Sensitivity tab in English (en-US)', () => {
  test.use({ locale: 'en-US' });

  test('Monte Carlo of the dairy sample: statistics of 10,000 samples near the reference, screenshots of each tool', async ({
    page,
  }, testInfo) => {
    test.setTimeout(60_000);
    const editor = new EditorPage(page);
    const sens = new SensitivityPage(page);
    await editor.goto();
    await editor.openScenario(sampleTitle('central-america-dairy-energy-risk', 'en-US'));
    await sens.open('monte-carlo');
    await expect(page.locator('[data-entry]')).toHaveCount(4);
    await sens.button(/^Run$/).click();
    await expect(sens.mcState).toHaveAttribute('data-mc-state', 'done', { timeout: 30_000 });
    const reference = read('central-america-dairy-energy-risk.montecarlo.json') as {
      projectNpv: { mean: number; sd: number };
    };
    const mean = readShownNumber(
      await sens.mcResults.locator('table.stats tbody tr').first().locator('td').first().innerText(),
      '.',
    );
    expect(Math.abs(mean - reference.projectNpv.mean)).toBeLessThan((5 * reference.projectNpv.sd) / Math.sqrt(10_000));
    await expect(sens.mcFigure('probLoss')).toHaveText('0%');
    await page.screenshot({ path: testInfo.outputPath('sensitivity-monte-carlo-en.png'), fullPage: true });

    for (const tool of ['energy', 'tornado', 'table', 'goal'] as const) {
      await sens.open(tool);
      await expect(
        page
          .locator('figure[data-chart] [role="img"], [data-testid="data-table"], [data-testid="goal-answer"]')
          .first(),
      ).toBeVisible();
      await page.screenshot({ path: testInfo.outputPath(`sensitivity-${tool}-en.png`), fullPage: true });
    }
  });
});
