import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { ensurePoppler } from '../../scripts/find-poppler.mjs';
import { expect, test } from './fixtures';
import { CreditPage } from './pages/credit-page';

/**
 * Marks the first and last cell of every table row, and the start and end of every chart, with
 * white 2-pixel tokens: in the PDF's text, each pair must land on one page (a row or chart not cut
 * by a page break), and each table's first and last row too (short tables are never split).
 */
async function markPieces(page: Page): Promise<{ rows: string[][]; tables: string[][]; figures: string[][] }> {
  return page.evaluate(() => {
    const mark = (el: Element, token: string, end: boolean) => {
      const span = document.createElement('span');
      span.textContent = token;
      span.style.cssText = 'font-size:2px;color:#fff;';
      if (end) el.append(span);
      else el.prepend(span);
      return token;
    };
    const rows: string[][] = [];
    const tables: string[][] = [];
    const figures: string[][] = [];
    // A chart's table for screen readers is not printed (visually hidden): its chart is what is checked.
    [...document.querySelectorAll('.memo-root table')]
      .filter((table) => !table.closest('.visually-hidden'))
      .forEach((table, i) => {
        const body = new Set(table.querySelectorAll('tbody tr'));
        const pairs = [...table.querySelectorAll('tr')].map((tr, j) => {
          const cells = tr.querySelectorAll('th, td');
          return {
            body: body.has(tr),
            tokens: [mark(cells[0]!, `ZQT${i}R${j}A`, false), mark(cells[cells.length - 1]!, `ZQT${i}R${j}B`, true)],
          };
        });
        rows.push(...pairs.map((p) => p.tokens));
        // Header and footer rows repeat on every page a table spans: the body rows tell where it is.
        const inBody = pairs.filter((p) => p.body);
        tables.push([inBody[0]!.tokens[0]!, inBody.at(-1)!.tokens[1]!]);
      });
    document
      .querySelectorAll('.memo-root figure')
      .forEach((fig, i) => figures.push([mark(fig, `ZQF${i}A`, false), mark(fig, `ZQF${i}B`, true)]));
    return { rows, tables, figures };
  });
}

/** The pages (1-based) each marker token appears on. */
function tokenPages(pdf: string, pdftotext: string): Map<string, number[]> {
  const text = execFileSync(pdftotext, ['-layout', pdf, '-'], { encoding: 'utf8' });
  const found = new Map<string, number[]>();
  text.split('\f').forEach((pageText, i) => {
    for (const m of pageText.matchAll(/ZQ[TF]\d+(?:R\d+)?[AB]/g)) found.set(m[0], [...(found.get(m[0]) ?? []), i + 1]);
  });
  return found;
}

for (const s of [
  { sample: 'peru-textile-guaranteed-loan', language: 'Español' as const },
  { sample: 'colombia-green-credit-rebate', language: 'English' as const },
]) {
  test(`the credit memo of ${s.sample} prints on A4 and Letter without cut tables (${s.language})`, async ({
    app,
    page,
  }, testInfo) => {
    const poppler = ensurePoppler();
    const credit = new CreditPage(page);
    await credit.open(s.sample);
    if (s.language === 'English') await app.chooseLanguage('English');
    await credit.openMemo.click();
    await expect(credit.memo).toBeVisible();
    await expect(credit.memo.locator('figure[data-chart] svg[role="img"]')).toHaveCount(2);
    await page.screenshot({ path: testInfo.outputPath(`memo-screen-${s.sample}.png`), fullPage: false });

    // Nothing wider than the printable width of A4 (210 − 2 × 14 mm = 182 mm ≈ 688 CSS px).
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 688, height: 1000 });
    const overflowing = await page.evaluate(() =>
      [...document.querySelectorAll('.memo-root table, .memo-root figure')]
        .filter((el) => !el.closest('.visually-hidden'))
        .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > 689)
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(overflowing).toEqual([]);

    // The pictures to look at, from the memo as printed...
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = testInfo.outputPath(`memo-${s.sample}-${format}.pdf`);
      await page.pdf({ path: pdf, format });
      execFileSync(poppler.pdftoppm, ['-png', '-r', '80', pdf, testInfo.outputPath(`memo-${s.sample}-${format}`)]);
    }
    // ...and the check, on the same memo with its pieces marked.
    const marks = await markPieces(page);
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = testInfo.outputPath(`marked-${s.sample}-${format}.pdf`);
      await page.pdf({ path: pdf, format });
      const pages = tokenPages(pdf, poppler.pdftotext);
      const where = (token: string) => pages.get(token) ?? [];
      for (const [a, b] of [...marks.rows, ...marks.figures]) {
        expect(where(a!), `${a} is printed`).not.toEqual([]);
        expect(where(b!), `${a}…${b} on the same pages`).toEqual(where(a!));
      }
      for (const [first, last] of marks.tables) {
        expect(where(last!), `table ${first}…${last} on one page`).toEqual(where(first!));
      }
    }
    const pngs = readdirSync(testInfo.outputDir).filter(
      (f) => f.endsWith('.png') && (f.includes('-A4') || f.includes('-Letter')),
    );
    expect(pngs.length).toBeGreaterThanOrEqual(4);
  });
}
