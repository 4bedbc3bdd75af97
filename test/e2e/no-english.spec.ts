/**
 * Issue 16 part 2: no English left in Spanish and Portuguese. Every tab and the dialogs (About,
 * library, compare, share, presentation, credit memo, verification report, impact report) are
 * visited once in es-CO and pt-BR, on the verified dairy sample (it has a loan, measurements
 * and an application, so every part of every screen shows). Each text of the page (SVG chart
 * text included, and aria-label, title, placeholder and alt attributes) is compared with the
 * English catalogue and the workbook's English labels: a text that is wholly one of them, where
 * that language says it differently, fails. Words the languages share are not English here.
 */
import type { Page } from '@playwright/test';
import { en, es, pt } from '../../src/i18n/messages/catalogues';
import { SHEETS, SYSTEM_NAMES } from '../../src/workbook/inputs-sheets';
import { labelIn, WORKBOOK_LABELS } from '../../src/workbook/label-text';
import { sampleTitle } from './expected-text';
import { expect, test } from './fixtures';

type Lang = 'es' | 'pt';
const CATALOGUE = { es, pt } as const;
const SAMPLE = 'colombia-dairy-verified-rebate';

/** Texts that are the same in the user's language although a catalogue's English says so too. */
const ALLOWED = new Set<string>([
  'Backup',
  'CO2e',
  'tCO2e',
  'Excel',
  'CSV',
  'PDF',
  'Total',
  'Normal',
  'Triangular',
  'PERT',
]);

/** On the Workbook tab: sheet names and defined names stay in English, since formulas refer to them (issue 16). */
const WORKBOOK_NAMES = new Set<string>([...Object.values(SHEETS), 'Verification', ...SYSTEM_NAMES]);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const normal = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The English texts to look for in `lang`: whole texts in a set, and messages with `{name}`
 * placeholders as patterns of the whole text (a placeholder matches anything).
 */
function englishTexts(lang: Lang): { exact: Set<string>; patterns: { source: string; re: RegExp }[] } {
  const exact = new Set<string>();
  const patterns: { source: string; re: RegExp }[] = [];
  const add = (english: string) => {
    const text = normal(english);
    if (text.length < 3 || !/[a-z]{2}/i.test(text) || ALLOWED.has(text)) return;
    if (!text.includes('{')) {
      exact.add(text);
      return;
    }
    const pattern = escape(text).replace(/\\\{[a-zA-Z0-9_]+\\\}/g, '.+?');
    // A message that is only placeholders and punctuation says nothing in English.
    if (/[a-z]{3}/i.test(pattern.replace(/\.\+\?/g, '')))
      patterns.push({ source: text, re: new RegExp(`^${pattern}$`) });
  };
  for (const [key, english] of Object.entries(en)) {
    const translated = (CATALOGUE[lang] as Record<string, string>)[key];
    if (translated === undefined || normal(translated) !== normal(english)) add(english);
  }
  for (const label of WORKBOOK_LABELS) if (labelIn(lang, label) !== label) add(label);
  // Observable Plot's own axis labels when a chart forgets to name its axis.
  for (const word of ['year', 'value', 'count', 'frequency', 'year →', 'value ↑']) add(word);
  return { exact, patterns };
}

/** Every text of the page: text nodes, each element's own text, and the attributes people hear or see. */
function pageTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out = new Set<string>();
    const add = (s: string | null | undefined) => {
      const t = (s ?? '').replace(/\s+/g, ' ').trim();
      if (t) out.add(t);
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) add(n.textContent);
    for (const el of document.body.querySelectorAll('*')) {
      const own = [...el.childNodes].filter((c) => c.nodeType === Node.TEXT_NODE).map((c) => c.textContent ?? '');
      if (own.length > 1) add(own.join(''));
      for (const attr of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) add(el.getAttribute(attr));
    }
    for (const t of document.querySelectorAll('title')) add(t.textContent);
    return [...out];
  });
}

for (const locale of ['es-CO', 'pt-BR'] as const) {
  const lang: Lang = locale === 'es-CO' ? 'es' : 'pt';
  const T = CATALOGUE[lang];

  test.describe(`no English on any screen, ${locale}`, () => {
    test.use({ locale, viewport: { width: 1366, height: 900 } });

    test('every tab and dialog, once', async ({ page }) => {
      test.setTimeout(300_000);
      const { exact, patterns } = englishTexts(lang);
      const found: string[] = [];
      const check = async (screen: string) => {
        for (const text of await pageTexts(page)) {
          if (ALLOWED.has(text) || (screen === 'tab workbook' && WORKBOOK_NAMES.has(text))) continue;
          const hit = exact.has(text) ? text : patterns.find((p) => p.re.test(text))?.source;
          if (hit) found.push(`${screen}: “${text}” (English: “${hit}”)`);
        }
      };
      // A button by its text, after an icon if it has one ("← Volver…", "✕ Cerrar").
      const button = (name: string) => page.getByRole('button', { name: new RegExp(`^(\\S+ )?${escape(name)}$`) });

      await page.goto('/');
      await page.getByTestId('open-scenario').waitFor();
      await page.getByRole('button', { name: `☰ ${T['library.show']}` }).click();
      const library = page.getByTestId('library');
      await library.getByRole('button', { name: sampleTitle(SAMPLE, locale), exact: true }).click();
      await expect(library).toBeHidden();

      const tabs = page.getByRole('tablist', { name: T['tabs.label'] }).getByRole('tab');
      const ids = await tabs.evaluateAll((list) => list.map((e) => e.id.replace(/^tab-/, '')));
      expect(ids.length).toBeGreaterThanOrEqual(8);
      for (const name of ids) {
        await page.locator(`#tab-${name}`).click();
        await page.locator(`#panel-${name}`).waitFor();
        await page.waitForTimeout(1200); // figures, workbook and charts of the tab drawn
        await check(`tab ${name}`);

        if (name === 'credit') {
          await button(T['memo.open']).click();
          await page.getByRole('dialog').waitFor();
          await page.waitForTimeout(800);
          await check('credit memo');
          await button(T['memo.close']).click();
        }
        if (name === 'verification') {
          await button(T['verif.report']).first().click();
          await page.getByRole('dialog').waitFor();
          await page.waitForTimeout(800);
          await check('verification report');
          await button(T['verif.report.close']).click();
        }
        if (name === 'portfolio') {
          await button(T['portfolio.report']).click();
          await page.getByRole('dialog').waitFor();
          await page.waitForTimeout(800);
          await check('impact report');
          await button(T['portfolio.report.close']).click();
        }
        await expect(page.getByRole('dialog')).toHaveCount(0);
      }

      await page.getByRole('button', { name: `☰ ${T['library.show']}` }).click();
      await library.waitFor();
      await check('library');
      await library.getByRole('button', { name: `✕ ${T['library.close']}` }).click();

      await page.getByRole('button', { name: `⇆ ${T['library.compare']}` }).click();
      const compare = page.getByTestId('compare');
      await compare.waitFor();
      await compare.getByLabel(sampleTitle('peru-textile-guaranteed-loan', locale)).check();
      await compare.getByLabel(sampleTitle(SAMPLE, locale)).check();
      await compare.getByTestId('compare-chart').locator('svg').first().waitFor();
      await check('compare');
      await compare.getByRole('button', { name: `✕ ${T['compare.close']}` }).click();

      await button(T['share.button']).click();
      await page.getByTestId('share-dialog').waitFor();
      await check('share');
      await page.getByTestId('share-dialog').getByRole('button', { name: T['share.close'] }).first().click();

      await button(T['present.button']).click();
      const deck = page.getByTestId('deck');
      await deck.waitFor();
      const total = await deck.locator('section.slide').count();
      for (let i = 0; i < total; i++) {
        await page.waitForTimeout(400);
        await check(`slide ${i + 1}`);
        await page.keyboard.press('ArrowRight');
      }
      await page.keyboard.press('Escape');
      await expect(deck).toBeHidden();

      await button(T['entry.about']).click();
      await page.getByTestId('about-dialog').waitFor();
      await check('about');

      expect(found).toEqual([]);
    });
  });
}
