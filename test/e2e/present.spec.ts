import { expect, test } from './fixtures';
import { sampleTitle } from './expected-text';
import { PresentPage } from './pages/present-page';

// Seeded in the browser's language: Spanish for es-BO, the tests' default.
const TEXTILE = sampleTitle('peru-textile-guaranteed-loan');
const EP3 = sampleTitle('bolivia-ep3-portfolio');
const POULTRY = sampleTitle('bolivia-poultry-slaughterhouse');

// A projector's resolution: everything must be legible here.
test.use({ viewport: { width: 1280, height: 720 } });

test.describe('presentation mode', () => {
  for (const language of ['es-BO', 'en-US'] as const) {
    test(`steps through every slide with the keyboard (${language})`, async ({ browser, guard, baseURL }, testInfo) => {
      const context = await browser.newContext({ baseURL, locale: language, viewport: { width: 1280, height: 720 } });
      const page = await context.newPage();
      await guard.watch(context, page);
      const deck = new PresentPage(page);
      await deck.goto();
      const textile = sampleTitle('peru-textile-guaranteed-loan', language);
      await deck.openScenario(textile);
      await deck.choose([textile, sampleTitle('bolivia-poultry-slaughterhouse', language)]);
      await deck.open();

      const total = await deck.total();
      const slides = await deck.deck
        .locator('section.slide')
        .evaluateAll((s) => s.map((e) => e.getAttribute('data-slide')));
      expect(slides).toEqual(['figures', 'ranking', 'mac', 'cashflow', 'energy', 'compare', 'lender']);
      expect(total).toBe(7);
      for (let i = 0; i < total; i++) {
        await expect(deck.counter).toHaveText(`${i + 1} / ${total}`);
        const slide = deck.current();
        await expect(slide).toHaveAttribute('data-slide', slides[i]!);
        // Charts drawn before the picture is taken.
        for (const chart of await slide.locator('figure.chart').all())
          await expect(chart.locator('svg').first()).toBeVisible();
        await page.screenshot({ path: testInfo.outputPath(`slide-${i + 1}-${slides[i]}-${language}.png`) });
        await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'PageDown');
      }
      await expect(deck.counter).toHaveText(`${total} / ${total}`); // stops at the end
      await page.keyboard.press('Home');
      await expect(deck.counter).toHaveText(`1 / ${total}`);
      await page.keyboard.press('PageUp');
      await expect(deck.counter).toHaveText(`1 / ${total}`);
      await page.keyboard.press('Escape');
      await expect(deck.deck).toBeHidden();
      await expect(deck.button).toBeFocused();
      await context.close();
    });
  }

  test('a scenario without emissions, energy or loan gets the slides it has something for', async ({
    page,
  }, testInfo) => {
    const deck = new PresentPage(page);
    await deck.goto();
    await deck.openScenario(EP3);
    await deck.open();
    const slides = await deck.deck
      .locator('section.slide')
      .evaluateAll((s) => s.map((e) => e.getAttribute('data-slide')));
    expect(slides).toEqual(['figures', 'ranking', 'mac', 'cashflow']);
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    // No measure cuts CO2e: the MAC slide says so and shows NPV by measure.
    await expect(deck.current().locator('figure.chart svg').first()).toBeVisible();
    await expect(deck.current()).toContainText('VAN por medida');
    await page.screenshot({ path: testInfo.outputPath('ep3-npv-by-measure-es.png') });
  });

  test('the comparison slide: each figure with its difference from the first, shorter than the panel', async ({
    page,
  }) => {
    const deck = new PresentPage(page);
    await deck.goto();
    await deck.openScenario(TEXTILE);
    await deck.choose([TEXTILE, POULTRY]);
    await deck.open();
    while ((await deck.current().getAttribute('data-slide')) !== 'compare') await page.keyboard.press('ArrowRight');
    const table = deck.current().getByTestId('present-compare');
    await expect(table.locator('thead th')).toHaveText(['', TEXTILE, POULTRY]);
    const first = table.locator('tbody tr').first();
    await expect(first.locator('td').first().locator('.diff')).toHaveCount(0);
    // The difference without the panel's percentage, arrow or title.
    const diff = first.locator('td').nth(1).locator('.diff');
    await expect(diff).toHaveText(/USD/);
    await expect(diff).not.toHaveText(/[%()]/);
    await expect(diff).not.toHaveAttribute('title');
    await expect(diff).not.toHaveClass(/up|down/);
  });

  test('the energy slider is live: +30 % on energy moves the NPV, and the scenario does not change', async ({
    page,
  }, testInfo) => {
    const deck = new PresentPage(page);
    await deck.goto();
    await deck.openScenario(TEXTILE);
    const npvBefore = await page.locator('[data-figure="npv"] dd').first().innerText();
    await deck.open();
    while ((await deck.current().getAttribute('data-slide')) !== 'energy') await page.keyboard.press('ArrowRight');
    const npv = deck.current().getByTestId('present-energy-npv');
    const today = await npv.innerText();
    const slider = deck.current().getByRole('slider');
    await slider.focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight'); // 6 steps of 5 %: the slider keeps its arrows
    await expect(deck.current().getByTestId('present-energy-change')).toHaveText(/\+30\s?%/);
    await expect(deck.counter).toHaveText(/^5 \//);
    await expect(npv).not.toHaveText(today);
    await expect(npv).not.toHaveText('Calculando…');
    await page.screenshot({ path: testInfo.outputPath('energy-plus-30-es.png') });
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-figure="npv"] dd').first()).toHaveText(npvBefore);
  });

  test('nothing behind the deck can be edited: Ctrl+Z does nothing there', async ({ page }) => {
    const deck = new PresentPage(page);
    await deck.goto();
    const rate = page.getByLabel('Tasa de descuento', { exact: true });
    await rate.fill('21');
    await rate.press('Enter');
    await deck.open();
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Escape');
    await expect(rate).toHaveValue(/^21\s?%$/);
  });

  test('prints as a handout: one slide per landscape page, without the app', async ({ page }, testInfo) => {
    const deck = new PresentPage(page);
    await deck.goto();
    await deck.openScenario(TEXTILE);
    await deck.open();
    // The print dialog itself is the browser's: note the call, then print to PDF as it would.
    await page.evaluate(() => (window.print = () => document.body.setAttribute('data-printed', 'yes')));
    await deck.deck.getByRole('button', { name: 'Imprimir material de apoyo' }).click();
    await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
    await expect(deck.deck).toBeVisible(); // leaving full screen to print does not end the presentation
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#app')).toBeHidden();
    const slides = deck.deck.locator('section.slide');
    const count = await slides.count();
    for (let i = 0; i < count; i++) await expect(slides.nth(i)).toBeVisible();
    const pdf = await page.pdf({
      path: testInfo.outputPath('handout.pdf'),
      printBackground: true,
      preferCSSPageSize: true,
    });
    // One page per slide: the page tree's count.
    expect(Number(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/.exec(pdf.toString('latin1'))?.[1])).toBe(count);
  });
});
