import { readFileSync } from 'node:fs';
import { evaluate } from '../../src/model/kernel';
import { parseScenario } from '../../src/model/parse';
import { resolveScenario } from '../../src/workbook/formula-resolver';
import { expect, test } from './fixtures';
import { EditorPage } from './pages/editor-page';
import { sampleTitle } from './expected-text';

const examples = new URL('../../public/examples/', import.meta.url);
const read = (file: string): unknown => JSON.parse(readFileSync(new URL(file, examples), 'utf8'));

const SAMPLES = [
  'peru-textile-guaranteed-loan',
  'colombia-green-credit-rebate',
  'bolivia-poultry-slaughterhouse',
  'central-america-dairy-energy-risk',
  'bolivia-ep3-portfolio',
];
const PERU = sampleTitle('peru-textile-guaranteed-loan');

interface Project {
  npv: number;
  irr: number | null;
  simplePaybackYears: number | null;
}

/**
 * The project figures of a scenario file, computed here by the model kernel (itself checked against
 * independent results): for WIRING checks only, on edited inputs that no expected file covers.
 */
function kernelProject(file: unknown): Project {
  const parsed = parseScenario(file);
  if (!parsed.ok) throw new Error(parsed.issues[0]?.message);
  const resolved = resolveScenario(parsed.value);
  if (!resolved.ok) throw new Error(resolved.issues[0]?.message);
  return evaluate(resolved.resolved).project;
}

/**
 * The figure `read` returns, shown rounded to `unit` (0.01 for cents), comes within half a unit of
 * the true value. Retrying: `read` is polled until it does (or the timeout), so a figure still
 * being painted is waited for, not read once.
 */
async function expectShown(read: () => Promise<number | null>, value: number | null, unit: number): Promise<void> {
  if (value === null) return expect.poll(read).toBeNull();
  const half = unit / 2 + 1e-9 * Math.abs(value);
  // A null (no figure shown) fails both bounds; each failure message prints the shown value.
  await expect.poll(read).toBeGreaterThanOrEqual(value - half);
  await expect.poll(read).toBeLessThanOrEqual(value + half);
}

test.describe('the key figures of each sample', () => {
  for (const sample of SAMPLES) {
    test(`${sample}: NPV, IRR and payback as in its expected results`, async ({ page }) => {
      const file = read(`${sample}.json`) as { currency: string };
      const expected = (read(`${sample}.expected.json`) as { project: Project }).project;
      const editor = new EditorPage(page);
      await editor.goto();
      await editor.openScenario(sampleTitle(sample)); // seeded in Spanish (es-BO)
      await editor.settled();
      await expectShown(() => editor.figureValue('npv'), expected.npv, file.currency === 'COP' ? 1 : 0.01);
      // IRR in percent with one decimal; payback in years with one decimal.
      const irr = async () => {
        const percent = await editor.figureValue('irr');
        return percent === null ? null : percent / 100;
      };
      await expectShown(irr, expected.irr, 0.001);
      await expectShown(() => editor.figureValue('payback'), expected.simplePaybackYears, 0.1);
    });
  }
});

test.describe('typing numbers in Colombia', () => {
  test.use({ locale: 'es-CO' });

  test('0,15 as the discount rate gives the NPV the model computes at 15 % (wiring check against the kernel)', async ({
    page,
  }) => {
    const file = read('peru-textile-guaranteed-loan.json') as Record<string, unknown>;
    const atFifteen = kernelProject({ ...file, discountRate: 0.15 }).npv;
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.openScenario(PERU);
    await editor.setField('Tasa de descuento', '0,15');
    await expect(editor.field('Tasa de descuento')).toHaveValue(/^15\s?%$/);
    await editor.settled();
    await expectShown(() => editor.figureValue('npv'), atFifteen, 0.01);
  });
});

test.describe('editing the measures', () => {
  test.beforeEach(async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.openScenario(PERU);
  });

  test('a formula typed into a cell counts, and undo takes it back', async ({ page }) => {
    const editor = new EditorPage(page);
    const capex = editor.measureCell(await editor.measureRow('boiler'), await editor.measureColumn('Inversión'));
    await capex.click();
    await page.keyboard.type('=2*90000+20000');
    await page.keyboard.press('Enter');
    await expect(capex).toHaveText('200.000');
    await expect.poll(() => editor.figureValue('capex')).toBe(305000);
    await capex.click();
    await page.keyboard.press('F2');
    await expect(capex.locator('input')).toHaveValue('=2*90000+20000');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+z');
    await expect(capex).toHaveText('180.000');
    await expect.poll(() => editor.figureValue('capex')).toBe(285000);
    await expect(editor.redo).toBeEnabled();
  });

  test('a block of rows pasted from a spreadsheet becomes new measures', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const editor = new EditorPage(page);
    const rows = await editor.measures.locator('tbody tr').count();
    const block = [
      ['TRUE', 'led', 'Luminarias LED', 'good-housekeeping', '12.000', '0', '8', '0', '50.000', '0', '0', '0', '0'],
      [
        'TRUE',
        'rinse',
        'Enjuague en contracorriente',
        'on-site-recovery-reuse',
        '8.000',
        '1',
        '10',
        '0',
        '0',
        '1.200',
        '0',
        '0',
        '500',
      ],
    ];
    await page.evaluate((text) => navigator.clipboard.writeText(text), block.map((r) => r.join('\t')).join('\r\n'));
    await editor.addMeasureRow(); // a new row, its first cell selected
    await expect(editor.measureCell(rows, 0)).toBeFocused();
    await page.keyboard.press('Control+v');
    await expect(editor.measures.locator('tbody tr')).toHaveCount(rows + 2);
    await expect(editor.measureCell(rows + 1, 2)).toHaveText('Enjuague en contracorriente');

    const file = read('peru-textile-guaranteed-loan.json') as { measures: unknown[] };
    const added = [
      {
        id: 'led',
        name: 'Luminarias LED',
        category: 'good-housekeeping',
        capex: 12000,
        startYear: 0,
        lifetimeYears: 8,
        savings: { electricity: 50000 },
      },
      {
        id: 'rinse',
        name: 'Enjuague',
        category: 'on-site-recovery-reuse',
        capex: 8000,
        startYear: 1,
        lifetimeYears: 10,
        savings: { water: 1200 },
        otherAnnualBenefit: 500,
      },
    ];
    const expected = kernelProject({ ...file, measures: [...file.measures, ...added] });
    await expect.poll(() => editor.figureValue('capex')).toBe(305000);
    await editor.settled();
    await expectShown(() => editor.figureValue('npv'), expected.npv, 0.01);
  });

  test('a formula that fails says why, on the cell and in the problems', async ({ page }) => {
    const editor = new EditorPage(page);
    const capex = editor.measureCell(await editor.measureRow('boiler'), await editor.measureColumn('Inversión'));
    await capex.click();
    await page.keyboard.type('=1/0');
    await page.keyboard.press('Enter');
    await expect(capex).toHaveAttribute('aria-invalid', 'true');
    await expect(capex).toHaveAccessibleDescription(/La fórmula =1\/0 da #DIV\/0!/);
    await expect(page.getByText(/La fórmula =1\/0 da #DIV\/0!/).first()).toBeVisible();
    // The figures stay those of the last valid version, marked as not current.
    await expect(page.locator('.figures.stale')).toHaveCount(1);
    await expect.poll(() => editor.figureValue('capex')).toBe(285000);
  });
});

test.describe('the engine worker', () => {
  test('a crash is survived: the figures follow the next edit and the restart is told', async ({ page, guard }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.openScenario(PERU);
    const engine = page.workers().find((w) => /engine/.test(w.url()));
    expect(engine, 'the engine worker').toBeDefined();
    await engine?.evaluate(() => {
      setTimeout(() => {
        throw new Error('test crash');
      });
    });
    await expect(editor.engineNotice).toHaveAttribute('data-kind', 'restarted');
    await editor.setField('Tasa de descuento', '15');
    const file = read('peru-textile-guaranteed-loan.json') as Record<string, unknown>;
    await editor.settled();
    await expect
      .poll(() => editor.figureValue('npv'))
      .toBeCloseTo(kernelProject({ ...file, discountRate: 0.15 }).npv, 2);
    // The crash was provoked: if the browser reported it, that is the one problem allowed.
    expect(guard.take().filter((p) => !p.includes('test crash'))).toEqual([]);
  });
});
