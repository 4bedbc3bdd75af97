import { expect, test } from './fixtures';
import { expectTidyLayout } from './layout-checks';

// STYLE point 12: look at what was built. The pictures land in test-results/ for a person to read.
test.describe('screenshots', () => {
  for (const language of ['Español', 'English'] as const) {
    test(`of the start page in ${language}`, async ({ app, page }, testInfo) => {
      await app.goto();
      await app.waitForEngine();
      if (language === 'English') await app.chooseLanguage(language);
      // What a person checks in the picture: the title, the language picker and the tabs are
      // there, in the chosen language; nothing scrolls sideways or is cut off.
      await expect(app.heading).toBeVisible();
      await expect(app.languagePicker).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', language === 'English' ? 'en' : 'es');
      await expect(page.getByRole('tab').first()).toBeVisible();
      await expectTidyLayout(page);
      await page.screenshot({ path: testInfo.outputPath(`start-${language}.png`), fullPage: true });
    });
  }
});
