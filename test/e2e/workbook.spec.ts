import { expect, test } from './fixtures';
import { EditorPage } from './pages/editor-page';
import { WorkbookPage } from './pages/workbook-page';
import { sampleTitle } from './expected-text';

const PERU = sampleTitle('peru-textile-guaranteed-loan');

// The Peru sample (a textile dye house with a guaranteed loan); the browser's locale is es-BO.
test.describe('the workbook view', () => {
  test.beforeEach(async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.openScenario(PERU);
  });

  test('starts at the project NPV, whose formula names the discount rate among what it reads', async ({ page }) => {
    const wb = new WorkbookPage(page);
    await wb.open();
    await expect(wb.address).toHaveText('Summary!B2');
    await expect(wb.content).toHaveText('=CashFlow!$B$5+VNA(DiscountRate;CashFlow!$C$5:$L$5)'); // Excel in Spanish
    await expect(wb.value).toHaveText('488.487,143439');
    await expect(wb.precedents.getByRole('button')).toHaveText([
      'CashFlow!B5 = -285.000',
      'DiscountRate Inputs!B3 = 0,14',
      'CashFlow!C5:L5 (rango)',
    ]);
  });

  test('walks from the NPV back to an input and returns', async ({ page }) => {
    const wb = new WorkbookPage(page);
    await wb.open();
    await wb.follow('CashFlow!B5');
    await expect(wb.address).toHaveText('CashFlow!B5');
    await expect(wb.cell(5, 1)).toBeFocused();
    await expect(wb.value).toHaveText('-285.000');
    // The year-0 cash flows of the three measures, then the boiler's: capex less benefit and tax.
    await wb.follow('MeasureFlows!D23:D25');
    await expect(wb.address).toHaveText('MeasureFlows!D23:D25');
    await expect(wb.cell(23, 3)).toBeFocused();
    // The jump scrolled the sheet: the cell is in view, with rows above it for context.
    await expect.poll(() => wb.inSheetView(23, 3)).toBe(true);
    await expect.poll(() => wb.inSheetView(19, 3)).toBe(true);
    await expect(wb.value).toHaveText('-180.000');
    await wb.follow('MeasureFlows!D7');
    await expect(wb.address).toHaveText('MeasureFlows!D7');
    await expect(wb.value).toHaveText('180.000');
    await wb.follow('Measures!E3');
    await expect(wb.address).toHaveText('Measures!E3');
    await expect(wb.content).toHaveText('180.000');
    await expect(wb.formulaBar).toContainText('Un valor, no una fórmula');
    await page.keyboard.press('ArrowLeft');
    await expect(wb.address).toHaveText('Measures!D3');
    await wb.back.click();
    await expect(wb.address).toHaveText('MeasureFlows!D7');
    await wb.back.click();
    await wb.back.click();
    await wb.back.click();
    await expect(wb.address).toHaveText('Summary!B2');
    await expect(wb.back).toBeDisabled();
  });

  test('Ctrl+[ goes to the first cell a formula reads; defined names go to their cells', async ({ page }) => {
    const wb = new WorkbookPage(page);
    await wb.open();
    await wb.cell(2, 1).click();
    await page.keyboard.press('Control+BracketLeft');
    await expect(wb.address).toHaveText('CashFlow!B5');
    await wb.goToName('DiscountRate');
    await expect(wb.address).toHaveText('Inputs!B3');
    await expect(wb.cell(3, 1)).toHaveText('0,14');
  });

  test('follows the scenario as it changes, undo included', async ({ page }) => {
    const wb = new WorkbookPage(page);
    await wb.open();
    const rate = wb.names.getByRole('button').filter({ hasText: 'DiscountRate' });
    await expect(rate).toContainText('0,14');
    const editor = new EditorPage(page);
    await editor.tab('Escenario').click();
    await editor.setField('Tasa de descuento', '15');
    await wb.open();
    await expect(rate).toContainText('0,15');
    await wb.cell(2, 1).click();
    await page.keyboard.press('Control+z');
    await expect(rate).toContainText('0,14');
    await expect(wb.value).toHaveText('488.487,143439');
  });
});

test.describe('screenshots of the workbook', () => {
  for (const language of ['Español', 'English'] as const) {
    test(`in ${language}`, async ({ app, page }, testInfo) => {
      await page.setViewportSize({ width: 1280, height: 1100 }); // the sticky figures would cover a scrolled page
      const editor = new EditorPage(page);
      await editor.goto();
      await editor.openScenario(PERU);
      if (language === 'English') await app.chooseLanguage(language);
      const wb = new WorkbookPage(page);
      await wb.open();
      await wb.follow('CashFlow!B5');
      await wb.follow('MeasureFlows!D23:D25');
      await wb.follow('MeasureFlows!D7');
      await expect(wb.precedents).toContainText('Measures!E3');
      await page.screenshot({ path: testInfo.outputPath(`workbook-${language}.png`) });
    });
  }
});
