import { expect, test } from './fixtures';
import { PresentPage } from './pages/present-page';
import { sampleTitle } from './expected-text';

const TEXTILE = sampleTitle('peru-textile-guaranteed-loan');
const POULTRY = sampleTitle('bolivia-poultry-slaughterhouse');
const DAIRY = sampleTitle('central-america-dairy-energy-risk');

test.describe('presentation mode keeps to its scenario (es-CO)', () => {
  test.use({ locale: 'es-CO', viewport: { width: 1280, height: 720 } });

  test('the energy slider keeps its track width while its value text changes', async ({ page }) => {
    const deck = new PresentPage(page);
    await deck.goto();
    await deck.openScenario(TEXTILE);
    await deck.open();
    while ((await deck.current().getAttribute('data-slide')) !== 'energy') await page.keyboard.press('ArrowRight');
    const slider = deck.current().getByRole('slider');
    const width = (await slider.boundingBox())?.width;
    expect(width).toBeGreaterThan(100);
    await slider.focus();
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press(i < 4 ? 'ArrowRight' : 'ArrowLeft');
      expect((await slider.boundingBox())?.width).toBe(width);
    }
    await page.keyboard.press('ArrowLeft');
    await expect(deck.current().getByTestId('present-energy-change')).not.toHaveText(/Hoy|hoy/);
    expect((await slider.boundingBox())?.width).toBe(width);
  });

  test('a comparison of two other scenarios is not a slide of this one', async ({ page }) => {
    const deck = new PresentPage(page);
    await deck.goto();
    await deck.openScenario(DAIRY);
    await deck.choose([TEXTILE, POULTRY]);
    await deck.open();
    const slides = await deck.deck
      .locator('section.slide')
      .evaluateAll((s) => s.map((e) => e.getAttribute('data-slide')));
    expect(slides).not.toContain('compare');
  });
});
