import { expect, test as base } from './fixtures';
import { EditorPage } from './pages/editor-page';
import { sampleTitle } from './expected-text';

// The editing grid (src/ui/grid) as users meet it: the measures of the Peru sample, in es-BO.
// Columns: 0 included, 1 code, 2 name, 3 category, 4 investment, 5 start year, 6 lifetime,
// 7-10 savings of natgas, electricity, water and dyes, 11 opex change, 12 other benefit.
const PERU = sampleTitle('peru-textile-guaranteed-loan');

const test = base.extend<{ editor: EditorPage }>({
  editor: async ({ page, context }, use) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.openScenario(PERU);
    await use(editor);
  },
});

test.describe('the grid for assistive technology', () => {
  test('exposes grid, headers, cells, counts and one tab stop', async ({ editor, page }) => {
    const grid = editor.measures;
    await expect(grid).toHaveAttribute('aria-rowcount', '4');
    await expect(grid).toHaveAttribute('aria-colcount', '15');
    await expect(grid.getByRole('columnheader')).toHaveCount(15);
    await expect(grid.getByRole('rowheader')).toHaveCount(3);
    await expect(grid.getByRole('gridcell')).toHaveCount(42);
    const addRow = page.getByRole('region', { name: 'Medidas' }).getByRole('button', { name: '+ Agregar fila' });
    await addRow.focus();
    await page.keyboard.press('Shift+Tab'); // back into the grid: the active cell is its one stop
    await expect.poll(() => editor.focused()).toBe('0,0');
    await expect(editor.measureCell(0, 0)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Tab'); // Tab inside moves right, as in a spreadsheet
    await expect.poll(() => editor.focused()).toBe('0,1');
    await page.keyboard.press('End');
    await page.keyboard.press('Tab'); // past the last column, Tab leaves the grid
    await expect(addRow).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => editor.focused()).toBe('0,13'); // the last column: notes
  });

  test('marks a cell in error and describes why', async ({ editor, page }) => {
    const capex = editor.measureCell(1, 4);
    await capex.click();
    await page.keyboard.type('1.5');
    await page.keyboard.press('Enter');
    await expect(capex).toHaveAttribute('aria-invalid', 'true');
    await expect(capex).toHaveAccessibleDescription('En este formato el separador decimal es “,”. ¿Quiso decir 1,5?');
    await expect(capex).toHaveAccessibleName('1.5'); // the raw text stays; the reason is not read twice
  });
});

test.describe('editing from the keyboard', () => {
  test('typing replaces, Enter commits and moves down, Esc restores', async ({ editor, page }) => {
    await editor.measureCell(0, 4).click();
    await page.keyboard.type('7,5');
    await page.keyboard.press('Enter');
    await expect.poll(() => editor.focused()).toBe('1,4');
    await page.keyboard.type('99');
    await page.keyboard.press('Escape');
    await expect(editor.measureCell(1, 4)).toHaveText('65.000');
    await expect(editor.measureCell(0, 4)).toHaveText('7,5');
    await expect.poll(() => editor.figureValue('capex')).toBe(105007.5);
  });

  test('F2 keeps the text with the caret at the end; Tab commits and moves right', async ({ editor, page }) => {
    await editor.measureCell(0, 2).click();
    await page.keyboard.press('F2');
    await expect(editor.measureCell(0, 2).locator('input')).toHaveValue('Caldera de alta eficiencia');
    await page.keyboard.type(' LED');
    await page.keyboard.press('Tab');
    await expect(editor.measureCell(0, 2)).toHaveText('Caldera de alta eficiencia LED');
    await expect.poll(() => editor.focused()).toBe('0,3');
  });

  test('typing = starts a formula, in which arrows move the caret', async ({ editor, page }) => {
    await editor.measureCell(2, 4).click();
    await page.keyboard.type('=4000*2');
    await page.keyboard.press('ArrowLeft'); // moves the caret in a formula, does not commit
    await page.keyboard.type('0');
    await page.keyboard.press('Enter');
    await expect(editor.measureCell(2, 4)).toHaveText('8.000');
    await editor.measureCell(2, 4).click();
    await page.keyboard.press('F2');
    await expect(editor.measureCell(2, 4).locator('input')).toHaveValue('=4000*02');
  });

  test('Shift+arrows extend, Delete clears the range in one edit', async ({ editor, page }) => {
    await editor.measureCell(0, 11).click();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowRight');
    await expect(editor.measureCell(1, 12)).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByText('4 celdas seleccionadas')).toBeAttached();
    await page.keyboard.press('Delete');
    await expect(editor.measureCell(0, 11)).toHaveText('');
    await expect(editor.measureCell(1, 11)).toHaveText('');
    await editor.undo.click(); // one edit: one undo brings both back
    await expect(editor.measureCell(0, 11)).toHaveText('-2.500');
    await expect(editor.measureCell(1, 11)).toHaveText('1.800');
    await expect(editor.undo).toBeDisabled();
  });

  test('Ctrl+D fills down', async ({ editor, page }) => {
    await editor.measureCell(0, 4).click();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Control+d');
    await expect(editor.measureCell(1, 4)).toHaveText('180.000');
    await expect.poll(() => editor.figureValue('capex')).toBe(400000);
  });

  test('Ctrl+Z reaches the page, from the cell editor too (what was typed is committed, then undone)', async ({
    editor,
    page,
  }) => {
    const life = editor.measureCell(0, 6);
    await life.click();
    await page.keyboard.type('20');
    await page.keyboard.press('Enter');
    await expect(life).toHaveText('20');
    await life.click();
    await page.keyboard.press('Control+z');
    await expect(life).toHaveText('15');
    await page.keyboard.press('F2');
    await page.keyboard.type('x');
    await page.keyboard.press('Control+z');
    await expect(life.locator('input')).toHaveCount(0);
    await expect(life).toHaveText('15');
    await page.keyboard.press('Control+y'); // redo brings back what was typed
    await expect(life).toContainText('15x');
  });

  test('a select opens on its value; a choice commits with Enter', async ({ editor, page }) => {
    await editor.measureCell(0, 3).click();
    await page.keyboard.press('F2');
    const select = editor.measureCell(0, 3).locator('select');
    await expect(select).toHaveValue('technology-change');
    await select.selectOption('good-housekeeping');
    await page.keyboard.press('Enter');
    await expect(editor.measureCell(0, 3)).toHaveText('Buenas prácticas operativas');
    await expect.poll(() => editor.focused()).toBe('1,3');
  });

  test('Space toggles a checkbox, and the measure leaves the figures', async ({ editor, page }) => {
    await editor.measureCell(0, 1).click(); // a click on the box itself would toggle it
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press(' ');
    await expect(editor.measureCell(0, 0)).toHaveText('No');
    await expect.poll(() => editor.figureValue('capex')).toBe(105000);
  });
});

test.describe('the clipboard', () => {
  test('copies the raw texts as TSV and pastes them from the active cell', async ({ editor, page }) => {
    await editor.measureCell(0, 4).click();
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Control+c');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('180000\t\t15\n');
    await editor.measureCell(2, 4).click();
    await page.keyboard.press('Control+v');
    await expect(editor.measureCell(2, 4)).toHaveText('180.000');
    await expect(editor.measureCell(2, 6)).toHaveText('15');
    await expect(editor.measureCell(2, 6)).toHaveAttribute('aria-selected', 'true');
  });
});

test.describe('the mouse', () => {
  test('click, shift-click, drag and double-click', async ({ editor, page }) => {
    await editor.measureCell(0, 1).click();
    await editor.measureCell(1, 3).click({ modifiers: ['Shift'] });
    await expect(editor.measures.locator('td[aria-selected="true"]')).toHaveCount(6);
    await editor.measureCell(2, 1).hover();
    await page.mouse.down();
    await editor.measureCell(2, 4).hover();
    await page.mouse.up();
    await expect(editor.measures.locator('td[aria-selected="true"]')).toHaveCount(4);
    await expect(editor.measureCell(2, 4)).toHaveAttribute('aria-selected', 'true');
    await editor.measureCell(1, 2).dblclick();
    await expect(editor.measureCell(1, 2).locator('input')).toBeFocused();
    await editor.measureCell(0, 2).click(); // clicking elsewhere commits the (unchanged) editor
    await expect(editor.measures.locator('td input')).toHaveCount(0);
    await expect(editor.undo).toBeDisabled(); // nothing changed, nothing to undo
  });
});

test.describe('row actions', () => {
  test('Shift+F10 opens the menu; a choice acts and focus returns to the grid', async ({ editor, page }) => {
    await editor.measureCell(0, 1).click();
    await page.keyboard.press('Shift+F10');
    const menu = page.getByRole('menu', { name: 'Acciones de la fila 1' });
    await expect(menu.getByRole('menuitem')).toHaveText([
      'Insertar fila arriba',
      'Insertar fila abajo',
      'Bajar',
      'Excluir del cálculo',
      'Eliminar fila',
    ]);
    await expect(menu.getByRole('menuitem', { name: 'Insertar fila arriba' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(editor.measureCell(1, 1)).toHaveText('boiler');
    await expect.poll(() => editor.focused()).toBe('1,1');
    await page.keyboard.press('Shift+F10');
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect.poll(() => editor.focused()).toBe('1,1');
  });

  test('the row button and Add row', async ({ editor, page }) => {
    await editor.measures.getByRole('button', { name: 'Acciones de la fila 3' }).click();
    await page.getByRole('menuitem', { name: 'Excluir del cálculo' }).click();
    await expect(editor.measureCell(2, 0)).toHaveText('No');
    await editor.addMeasureRow();
    await expect(editor.measures.locator('tbody tr')).toHaveCount(4);
    await expect.poll(() => editor.focused()).toBe('3,0');
  });
});

test('looks right', async ({ editor, page }, info) => {
  await editor.measureCell(0, 4).click();
  await page.keyboard.press('Shift+ArrowDown');
  await editor.measures.screenshot({ path: info.outputPath('grid.png') });
});
