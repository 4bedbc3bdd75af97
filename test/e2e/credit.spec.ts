import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { CreditPage } from './pages/credit-page';

// The app's default locale in these tests is es-BO ("USD 8.576,83"). Expected text is written as
// literals (issue 19), from the Peru sample's expected file and inputs, not the app's formatters.

test.describe('financing presets in the lender’s view', () => {
  test('fill the terms, and the schedule shows the hand-checked figures', async ({ page }) => {
    const credit = new CreditPage(page);
    await credit.open('peru-textile-guaranteed-loan');
    // The Peru sample charges 1.5 % on its guarantee: no preset matches.
    await expect(credit.presetStatus).toContainText('personalizadas');

    await credit.preset('partial-guarantee').click();
    await expect(credit.preset('partial-guarantee')).toHaveAttribute('aria-pressed', 'true');
    // Guarantee fee = 1 % × 50 % × O(t−1): 0.005 × 250,000 = 1,250 in year 1; 0.005 × 197,691.39 = 988.46 in year 3.
    await expect(credit.scheduleCell(1, 5)).toHaveText('1.250,00');
    await expect(credit.scheduleCell(3, 5)).toHaveText('988,46');
    // EL = 17,153.65 (see src/model/credit-presets.test.ts); half of it the guarantor's.
    await expect(credit.loss('without')).toHaveText('USD\u00a017.153,65');
    await expect(credit.loss('with')).toHaveText('USD\u00a08.576,83');
    await expect(credit.verdict).toHaveAttribute('data-eligible', 'true');

    await credit.preset('green-credit-line').click();
    // CO2e falls 22.78 %: below the 30 % tier, 7.2 points short of it; no guarantee fee.
    await expect(credit.rebate).toContainText('No se alcanza ningún tramo');
    await expect(credit.rebate).toContainText('faltan 7,2 puntos porcentuales');
    await expect(credit.scheduleCell(1, 5)).toHaveText('0,00');

    await credit.preset('commercial-loan').click();
    await expect(credit.loss('guarantor')).toHaveText('USD\u00a00,00');
    await expect(credit.loss('with')).toHaveText('USD\u00a017.153,65');

    // One undo restores the green line's guarantee and rebate together.
    await page.keyboard.press('Control+z');
    await expect(credit.preset('green-credit-line')).toHaveAttribute('aria-pressed', 'true');

    await credit.preset('cash').click();
    await expect(page.locator('#panel-credit')).toContainText('Este escenario no tiene préstamo');
  });

  test('a green credit line reaching a tier says how far the next one is', async ({ page }) => {
    const credit = new CreditPage(page);
    await credit.open('colombia-green-credit-rebate');
    await expect(credit.preset('green-credit-line')).toHaveAttribute('aria-pressed', 'true');
    // 47.72 % reduction: the 30 % tier pays 15 % × 1,500,000,000 = 225,000,000 in year 1; 2.28 points to 50 %.
    await expect(credit.rebate).toContainText('Tramo alcanzado: desde 30%, reembolso del 15%');
    await expect(credit.rebate).toContainText('faltan 2,3 puntos porcentuales');
    await expect(credit.scheduleCell(1, 4)).toHaveText('225.000.000');

    await credit.preset('partial-guarantee').click();
    await expect(page.locator('#panel-credit .presets')).toContainText('convierta ese monto');
    await expect(credit.check('loan-above-max')).toHaveAttribute('data-status', 'not-checked');
  });

  test('eligibility gives each failure with its numbers', async ({ page }) => {
    const credit = new CreditPage(page);
    await credit.open('peru-textile-guaranteed-loan');
    await credit.preset('partial-guarantee').click();
    await page.getByRole('tab', { name: 'Escenario' }).click();
    const principal = page.locator('[data-path="financing.loan.principal"] input');
    await principal.click(); // the field shows its full value for editing on focus: focus first, then replace it
    await principal.fill('450000');
    await principal.press('Enter');
    await credit.tab.click();
    await expect(credit.verdict).toHaveText('No elegible: 2 criterio(s) no se cumplen.');
    await expect(credit.check('loan-above-max')).toContainText(
      'El préstamo de USD\u00a0450.000,00 supera el máximo de la línea, USD\u00a0400.000,00.',
    );
    await expect(credit.check('loan-above-capex')).toContainText('supera la inversión de USD\u00a0285.000,00');
    await expect(credit.check('coverage-above-max')).toHaveAttribute('data-status', 'pass');
  });
});

test.describe('the credit memo view', () => {
  test('opens over the app, closes with Escape and gives focus back', async ({ page }) => {
    const credit = new CreditPage(page);
    await credit.open('peru-textile-guaranteed-loan');
    await credit.openMemo.click();
    await expect(credit.memo).toBeVisible();
    await expect(credit.memo.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page.locator('#app')).toHaveAttribute('inert', '');
    await page.keyboard.press('Escape');
    await expect(credit.memo).toBeHidden();
    await expect(credit.openMemo).toBeFocused();
    await expect(page.locator('#app')).not.toHaveAttribute('inert', '');
  });
});

test.describe('the credit memo’s risks', () => {
  test('report the last Monte Carlo run, and say when the scenario changed since', async ({ page }, testInfo) => {
    test.setTimeout(60_000);
    const credit = new CreditPage(page);
    // The dairy sample has uncertainty but no loan: a commercial loan for its investment gives it one.
    await credit.open('central-america-dairy-energy-risk', { loan: false });
    await credit.preset('commercial-loan').click();
    await expect(page.locator('#panel-credit .presets')).toContainText('Se agregó un préstamo por la inversión total');
    await page.getByRole('tab', { name: 'Sensibilidad' }).click();
    await page.locator('button[data-tool="monte-carlo"]').click();
    await page.getByRole('button', { name: 'Simular' }).click();
    await expect(page.locator('[data-mc-state]')).toHaveAttribute('data-mc-state', 'done', { timeout: 30_000 });
    await credit.tab.click();
    await credit.openMemo.click();
    const monteCarloLine = credit.memo.locator('[data-memo="monte-carlo"]');
    await expect(monteCarloLine).toContainText('Simulación de Monte Carlo, 10.000 muestras: VAN p5');
    await expect(monteCarloLine).not.toContainText('versión anterior');
    await monteCarloLine.locator('xpath=..').screenshot({ path: testInfo.outputPath('memo-risks-monte-carlo.png') });
    await page.keyboard.press('Escape');
    await credit.preset('partial-guarantee').click();
    await credit.openMemo.click();
    await expect(monteCarloLine).toContainText('Esta simulación se ejecutó sobre una versión anterior del escenario.');
  });
});

test.describe('downloads of the open scenario', () => {
  test('the Excel workbook comes from the engine worker, the year table as CSV', async ({ page }) => {
    const credit = new CreditPage(page);
    await credit.open('peru-textile-guaranteed-loan');
    const [xlsx] = await Promise.all([page.waitForEvent('download'), credit.excel.click()]);
    expect(xlsx.suggestedFilename()).toBe('Tintorería textil, Perú préstamo garantizado de producción más limpia.xlsx');
    const bytes = readFileSync(await xlsx.path());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.length).toBeGreaterThan(5_000);

    const [csv] = await Promise.all([page.waitForEvent('download'), credit.csv.click()]);
    expect(csv.suggestedFilename()).toBe(
      'Tintorería textil, Perú préstamo garantizado de producción más limpia - anual.csv',
    );
    const text = readFileSync(await csv.path(), 'utf8');
    // es-BO writes 1,5: the list separator is ";".
    // Headers in the user's language (issue 16).
    expect(text.startsWith('\uFEFFAño;Inversión;Beneficio;Impuesto;Flujo de caja del proyecto;')).toBe(true);
    expect(text.split('\r\n')[1]).toMatch(/^0;285000;0;/);
    // Money with the currency's two decimals at most (USD), never 156771551,99999997.
    const [head = '', ...lines] = text.slice(1).trimEnd().split('\r\n');
    const money = head.split(';').flatMap((k, i) => (['Año', 'tCO2e evitadas', 'ICSD'].includes(k) ? [] : [i]));
    for (const line of lines) for (const i of money) expect(line.split(';')[i]).toMatch(/^(-?\d+(,\d{1,2})?)?$/);
  });
});

test.describe('downloads of a scenario with problems', () => {
  test('are refused with the number of problems to fix, rather than leaving the typed text out', async ({ page }) => {
    const credit = new CreditPage(page);
    await credit.open('peru-textile-guaranteed-loan');
    await page.getByRole('tab', { name: 'Escenario' }).click();
    const principal = page.locator('[data-path="financing.loan.principal"] input');
    await principal.click();
    await principal.fill('mucho');
    await principal.press('Enter');
    await credit.excel.click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'Primero corrija los problemas del escenario (1).' }),
    ).toBeVisible();
    await credit.csv.click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'Primero corrija los problemas del escenario (1).' }),
    ).toBeVisible();
  });
});

// STYLE point 12: look at what was built. The pictures land in test-results/.
test.describe('screenshots of the lender’s view', () => {
  for (const s of [
    { sample: 'peru-textile-guaranteed-loan', language: 'Español' as const },
    { sample: 'colombia-green-credit-rebate', language: 'English' as const },
  ]) {
    test(`${s.sample} in ${s.language}`, async ({ app, page }, testInfo) => {
      const credit = new CreditPage(page);
      await page.setViewportSize({ width: 1280, height: 900 });
      await credit.open(s.sample);
      if (s.language === 'English') await app.chooseLanguage('English');
      await expect(page.locator('#panel-credit figure[data-chart="credit-dscr"] svg[role="img"]')).toBeVisible();
      await page.screenshot({ path: testInfo.outputPath(`credit-${s.sample}-${s.language}.png`), fullPage: true });
      // The presets sit above the financing fields in the Scenario tab too.
      await page.getByRole('tab', { name: /^(Escenario|Scenario)$/ }).click();
      await page
        .locator('section[aria-labelledby="financing-h"]')
        .screenshot({ path: testInfo.outputPath(`financing-${s.sample}-${s.language}.png`) });
    });
  }
});
