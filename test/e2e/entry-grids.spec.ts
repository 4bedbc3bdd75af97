import { expect, test } from './fixtures';
import { EditorPage } from './pages/editor-page';
import { sampleTitle } from './expected-text';

const COLOMBIA = sampleTitle('colombia-green-credit-rebate');

test.describe('grids keep their context, and say what is wrong without hover (es-CO)', () => {
  test.use({ locale: 'es-CO' });

  test.beforeEach(async ({ page }) => {
    test.setTimeout(60_000); // two cores shared by several engineers: opening a sample can take 20 s
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.openScenario(COLOMBIA);
    await editor.settled();
  });

  test('a cell that does not read says why under the grid, and the problems list links to it from another tab', async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    const capex = editor.measureCell(await editor.measureRow('vsd'), await editor.measureColumn('Inversión'));
    await capex.click();
    await page.keyboard.type('8l2,35');
    await page.keyboard.press('Enter');
    await capex.click();
    const status = page.getByTestId('grid-cell-error');
    await expect(status).toBeVisible();
    await expect(status).toContainText('Inversión, Fila 2: ');
    await expect(status).toContainText('No es un número');
    // Away from the grid, on another tab: the problems list still names it, and its link comes back to the cell.
    await editor.tab('Resultados').click();
    await editor.problems
      .getByRole('button', { name: /Medidas/ })
      .first()
      .click();
    await expect(editor.tab('Escenario')).toHaveAttribute('aria-selected', 'true');
    await expect(capex).toBeFocused();
    await expect(status).toContainText('No es un número');
  });

  test('the name stays in view when the grid scrolls sideways; + Add row too; headers carry units; the hint says what Enter does', async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    await page.setViewportSize({ width: 700, height: 900 });
    const nameCol = await editor.measureColumn('Nombre');
    const name = editor.measureCell(0, nameCol);
    const scroller = editor.measures.locator('xpath=..');
    await scroller.evaluate((el) => (el.scrollLeft = el.scrollWidth));
    const box = await scroller.boundingBox();
    const cell = await name.boundingBox();
    expect(box && cell).toBeTruthy();
    if (box && cell) {
      expect(cell.x).toBeGreaterThanOrEqual(box.x);
      expect(cell.x + cell.width).toBeLessThanOrEqual(box.x + box.width);
    }
    // The add button sits under the scrolling box, not in it: sideways scrolling does not take it away.
    const add = await page
      .getByRole('region', { name: 'Medidas' })
      .getByRole('button', { name: '+ Agregar fila' })
      .boundingBox();
    expect(add && box && add.x >= box.x && add.x < box.x + box.width).toBe(true);
    await expect(editor.measures.locator('thead th', { hasText: 'Electricidad de la red (kWh)' })).toHaveCount(1);
    await expect(page.getByText('Enter confirma y baja').first()).toBeVisible();
  });

  test('changing a resource kind changes a default unit, and keeps one the user chose', async ({ page }) => {
    const resources = page.getByRole('grid', { name: 'Recursos' });
    const headers = await resources.locator('thead th').allInnerTexts();
    const kindCol = headers.findIndex((h) => h.trim() === 'Tipo') - 1;
    const unitCol = headers.findIndex((h) => h.trim() === 'Unidad') - 1;
    const ids = await resources
      .locator(`td[data-col="${headers.findIndex((h) => /^(Id|Código)$/.test(h.trim())) - 1}"]`)
      .allInnerTexts();
    const electricity = ids.indexOf('electricity');
    const natgas = ids.indexOf('natgas');
    for (const [row, expected] of [
      [electricity, 'm3'],
      [natgas, 'GJ'],
    ] as const) {
      const kind = resources.locator(`td[data-row="${row}"][data-col="${kindCol}"]`);
      await kind.dblclick();
      await kind.locator('select').selectOption({ label: 'Agua' });
      await kind.locator('select').press('Enter');
      await expect(kind).toHaveText('Agua');
      await expect(resources.locator(`td[data-row="${row}"][data-col="${unitCol}"]`)).toHaveText(expected);
    }
  });
});
