import { test as base, expect } from '../../../../test/e2e/fixtures';
import { GridPage } from './grid-page';

// The app's fixture (it fails a test on console errors, CSP violations or foreign requests), plus the grid page.
const test = base.extend<{ grid: GridPage }>({
  grid: async ({ page, context }, use) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const grid = new GridPage(page);
    await grid.goto();
    await use(grid);
  },
});

test.describe('the grid for assistive technology', () => {
  test('exposes grid, headers, cells, counts and one tab stop', async ({ grid, page }) => {
    await expect(grid.grid).toHaveAttribute('aria-rowcount', '4');
    await expect(grid.grid).toHaveAttribute('aria-colcount', '7');
    await expect(grid.grid.getByRole('columnheader')).toHaveCount(7);
    await expect(grid.grid.getByRole('rowheader')).toHaveCount(3);
    await expect(grid.grid.getByRole('gridcell')).toHaveCount(18);
    await grid.tabIn();
    expect(await grid.focused()).toBe('0,0');
    await expect(grid.cell(0, 0)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Tab'); // Tab inside moves right, as in a spreadsheet
    expect(await grid.focused()).toBe('0,1');
    await page.keyboard.press('End');
    await page.keyboard.press('Tab'); // past the last column, Tab leaves the grid
    await expect(page.getByRole('button', { name: 'Agregar fila' })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    expect(await grid.focused()).toBe('0,5');
    await page.keyboard.press('Home');
    await page.getByRole('button', { name: 'after' }).focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await grid.focused()).toBe('0,0'); // back in: the active cell is the only stop
  });

  test('marks a cell in error and describes why', async ({ grid }) => {
    const wrong = grid.cell(1, 2); // "1.5" in es-CO
    await expect(wrong).toHaveAttribute('aria-invalid', 'true');
    await expect(wrong).toHaveAccessibleDescription('En este formato el separador decimal es “,”. ¿Quiso decir 1,5?');
    await expect(wrong).toHaveAccessibleName('1.5'); // the raw text stays; the reason is not read twice
  });
});

test.describe('editing from the keyboard', () => {
  test('typing replaces, Enter commits and moves down, Esc restores', async ({ grid, page }) => {
    await grid.cell(0, 2).click();
    await page.keyboard.type('7,5');
    await page.keyboard.press('Enter');
    expect(await grid.focused()).toBe('1,2');
    await page.keyboard.type('99');
    await page.keyboard.press('Escape');
    await expect(grid.cell(1, 2)).toContainText('1.5');
    expect(await grid.edits()).toEqual([[{ row: 0, col: 2, value: '7,5' }]]);
    await expect(grid.cell(0, 2)).toHaveText('7,5');
  });

  test('F2 keeps the text with the caret at the end; Tab commits and moves right', async ({ grid, page }) => {
    await grid.cell(0, 0).click();
    await page.keyboard.press('F2');
    await expect(grid.editor()).toHaveValue('Cambio de luminarias');
    await page.keyboard.type(' LED');
    await page.keyboard.press('Tab');
    expect(await grid.edits()).toEqual([[{ row: 0, col: 0, value: 'Cambio de luminarias LED' }]]);
    expect(await grid.focused()).toBe('0,1');
  });

  test('typing = starts a formula', async ({ grid, page }) => {
    await grid.cell(2, 3).click();
    await page.keyboard.type('=B1*2');
    await page.keyboard.press('ArrowLeft'); // moves the caret in a formula, does not commit
    await page.keyboard.type('0');
    await page.keyboard.press('Enter');
    expect(await grid.edits()).toEqual([[{ row: 2, col: 3, value: '=B1*02' }]]);
  });

  test('Shift+arrows extend, Delete clears the range in one edit', async ({ grid, page }) => {
    await grid.cell(0, 2).click();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowRight');
    await expect(grid.cell(1, 3)).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByText('4 celdas seleccionadas')).toBeAttached();
    await page.keyboard.press('Delete');
    expect(await grid.edits()).toEqual([
      [
        { row: 0, col: 2, value: '' },
        { row: 0, col: 3, value: '' },
        { row: 1, col: 2, value: '' },
        { row: 1, col: 3, value: '' },
      ],
    ]);
  });

  test('Ctrl+D fills down', async ({ grid, page }) => {
    await grid.cell(0, 3).click();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Control+d');
    expect(await grid.edits()).toEqual([[{ row: 1, col: 3, value: '35 %' }]]);
  });

  test('Ctrl+Z reaches the page, except inside the cell editor', async ({ grid, page }) => {
    await grid.cell(0, 0).click();
    await page.keyboard.press('Control+z');
    expect(await grid.lines()).toEqual(['page undo']);
    await page.keyboard.press('F2');
    await page.keyboard.type('x');
    await page.keyboard.press('Control+z');
    expect(await grid.lines()).toEqual(['page undo']);
    await expect(grid.editor()).toHaveValue('Cambio de luminarias');
  });

  test('a select opens on its value; arrows choose, Enter commits', async ({ grid, page }) => {
    await grid.cell(0, 1).click();
    await page.keyboard.press('F2');
    await expect(grid.editor()).toHaveValue('technology-change');
    await grid.editor().selectOption('good-housekeeping');
    await page.keyboard.press('Enter');
    expect(await grid.edits()).toEqual([[{ row: 0, col: 1, value: 'good-housekeeping' }]]);
    expect(await grid.focused()).toBe('1,1');
  });

  test('Space toggles a checkbox', async ({ grid, page }) => {
    await grid.cell(0, 3).click();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press(' ');
    expect(await grid.edits()).toEqual([[{ row: 0, col: 4, value: 'FALSE' }]]);
  });
});

test.describe('the clipboard', () => {
  test('copies the raw texts as TSV and pastes from the active cell, rows past the end included', async ({ grid, page }) => {
    await grid.cell(0, 2).click();
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Control+c');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('12.500.000\t35 %\n');

    await page.evaluate(() => navigator.clipboard.writeText('"a\tb"\t1.000\r\nc\t2\r\n'));
    await grid.cell(2, 0).click();
    await page.keyboard.press('Control+v');
    expect(await grid.edits()).toEqual([
      [
        { row: 2, col: 0, value: 'a\tb' },
        { row: 2, col: 1, value: '1.000' },
        { row: 3, col: 0, value: 'c' },
        { row: 3, col: 1, value: '2' },
      ],
    ]);
    await expect(grid.grid.locator('tbody tr')).toHaveCount(4);
    await expect(grid.cell(3, 1)).toHaveAttribute('aria-selected', 'true');
  });
});

test.describe('the mouse', () => {
  test('click, shift-click, drag and double-click', async ({ grid, page }) => {
    await grid.cell(0, 0).click();
    await grid.cell(1, 2).click({ modifiers: ['Shift'] });
    await expect(grid.selected).toHaveText('0,0 {"top":0,"left":0,"bottom":1,"right":2}');
    await grid.cell(2, 0).hover();
    await page.mouse.down();
    await grid.cell(2, 3).hover();
    await page.mouse.up();
    await expect(grid.selected).toHaveText('2,0 {"top":2,"left":0,"bottom":2,"right":3}');
    await grid.cell(1, 0).dblclick();
    await expect(grid.editor()).toBeFocused();
    await grid.cell(0, 0).click(); // clicking elsewhere commits the (unchanged) editor
    await expect(grid.editor()).toHaveCount(0);
    expect(await grid.edits()).toEqual([]);
  });
});

test.describe('row actions', () => {
  test('Shift+F10 opens the menu; a choice acts and focus returns to the grid', async ({ grid, page }) => {
    await grid.cell(0, 1).click();
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
    expect(await grid.lines()).toEqual(['move 0 1']);
    expect(await grid.focused()).toBe('1,1');
    await page.keyboard.press('Shift+F10');
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    expect(await grid.focused()).toBe('1,1');
  });

  test('the row button and Add row', async ({ grid, page }) => {
    await page.getByRole('button', { name: 'Acciones de la fila 3' }).click();
    await page.getByRole('menuitem', { name: 'Incluir en el cálculo' }).click();
    await page.getByRole('button', { name: 'Agregar fila' }).click();
    expect(await grid.lines()).toEqual(['toggle 2', 'insert 3']);
    expect(await grid.focused()).toBe('3,0');
  });
});

test('looks right', async ({ grid, page }, info) => {
  await grid.cell(0, 2).click();
  await page.keyboard.press('Shift+ArrowDown');
  await page.screenshot({ path: info.outputPath('grid.png') });
});
