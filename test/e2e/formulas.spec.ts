import { readFileSync } from 'node:fs';
import { evaluate } from '../../src/model/kernel';
import { parseScenario } from '../../src/model/parse';
import { resolveScenario } from '../../src/workbook/formula-resolver';
import { expect, test } from './fixtures';
import { sampleTitle } from './expected-text';
import { EditorPage, readShownNumber } from './pages/editor-page';

const examples = new URL('../../public/examples/', import.meta.url);
const PERU = 'peru-textile-guaranteed-loan';

/** The project NPV of the Peru sample at a discount rate, computed by the model kernel. */
function npvAt(rate: number): number {
  const file = JSON.parse(readFileSync(new URL('peru-textile-guaranteed-loan.json', examples), 'utf8')) as Record<
    string,
    unknown
  >;
  const parsed = parseScenario({ ...file, discountRate: rate });
  if (!parsed.ok) throw new Error(parsed.issues[0]?.message);
  const resolved = resolveScenario(parsed.value);
  if (!resolved.ok) throw new Error(resolved.issues[0]?.message);
  return evaluate(resolved.resolved).project.npv;
}

test.describe('formulas typed as Excel in Spanish writes them (es-CO)', () => {
  test.use({ locale: 'es-CO' });

  test('=PROMEDIO(0,14;0,16) gives the figures of =AVERAGE(0.14,0.16), and reads back in Spanish', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.openScenario(sampleTitle(PERU, 'es-CO'));
    const help = page.locator('[data-formula-help]');
    await expect(help).toContainText('=REDONDEAR(hours*kw_1*0,2; 2)');
    await expect(help).toContainText('PROMEDIO = AVERAGE');

    const rate = editor.field('Tasa de descuento');
    await rate.click();
    await rate.fill('=PROMEDIO(0,14;0,16)');
    // While a formula is typed, the hint beside the field says how, in the user's form.
    await expect(page.locator('[data-path="discountRate"] [data-formula-hint]')).toContainText(
      '“;” entre argumentos y “,” como separador decimal',
    );
    await rate.press('Enter');
    await editor.settled();
    const expected = npvAt(0.15);
    await expect
      .poll(async () => Math.abs(((await editor.figureValue('npv')) ?? NaN) - expected))
      .toBeLessThanOrEqual(0.005 + 1e-9 * Math.abs(expected));
    const spanish = await editor.figureValue('npv');
    await rate.click();
    await expect(rate).toHaveValue('=PROMEDIO(0,14;0,16)');
    await rate.press('Escape');

    // The English twin, with the locale's separators: the same figure.
    await editor.setField('Tasa de descuento', '=AVERAGE(0,14;0,16)');
    await editor.settled();
    await expect.poll(() => editor.figureValue('npv')).toBe(spanish);
    await rate.click();
    await expect(rate).toHaveValue('=PROMEDIO(0,14;0,16)');
    await rate.press('Escape');

    // `,` is the decimal mark here: =MAX(0,1;0,15) is 15 %, =MAX(0,15) alone too; a `.` decimal is refused, not guessed.
    await editor.setField('Tasa de descuento', '=MAX(0,1;0,15)');
    await editor.settled();
    await expect.poll(() => editor.figureValue('npv')).toBe(spanish);
    await editor.setField('Tasa de descuento', '=0.15');
    await expect(page.locator('[data-path="discountRate"] .error')).toContainText('el separador decimal es “,”');
  });
});

test.describe('the same formula in English (en-US)', () => {
  test.use({ locale: 'en-US' });

  test('=AVERAGE(0.14,0.16) gives the NPV at 15 %', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.openScenario(sampleTitle(PERU, 'en-US'));
    await editor.setField('Discount rate', '=AVERAGE(0.14,0.16)');
    await editor.settled();
    const expected = npvAt(0.15);
    const shown = async () => readShownNumber(await editor.figure('npv').innerText(), '.');
    await expect
      .poll(async () => Math.abs((await shown()) - expected))
      .toBeLessThanOrEqual(0.005 + 1e-9 * Math.abs(expected));
  });
});
