import { test } from './fixtures';

// STYLE point 12: look at what was built. The pictures land in test-results/ for a person to read.
test.describe('screenshots', () => {
  for (const language of ['Español', 'English'] as const) {
    test(`of the start page in ${language}`, async ({ app, page }, testInfo) => {
      await app.goto();
      await app.waitForEngine();
      if (language === 'English') await app.chooseLanguage(language);
      await page.screenshot({ path: testInfo.outputPath(`start-${language}.png`), fullPage: true });
    });
  }
});
