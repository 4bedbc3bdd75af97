import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { ensurePoppler } from '../../scripts/find-poppler.mjs';
import { expect, test } from './fixtures';
import { CreditPage } from './pages/credit-page';
import { MEASURES_ES } from './expected-text';

const expected = (sample: string) =>
  JSON.parse(readFileSync(new URL(`../../public/examples/${sample}.expected.json`, import.meta.url), 'utf8')) as {
    measures: { id: string; npv: number }[];
  };

for (const s of [
  {
    locale: 'es-CO',
    verdict: /^Cumple los \d criterios verificados/,
    applicant: 'Solicitante',
    sign: 'Comité de crédito',
    pdfWord: 'Supuestos',
  },
  {
    locale: 'pt-BR',
    verdict: /^Atende aos \d critérios verificados/,
    applicant: 'Proponente',
    sign: 'Comitê de crédito',
    pdfWord: 'Premissas',
  },
  {
    locale: 'en-US',
    verdict: /^Meets the \d criteria checked/,
    applicant: 'Applicant',
    sign: 'Credit committee',
    pdfWord: 'Assumptions',
  },
]) {
  test.describe(`the committee's memo (${s.locale})`, () => {
    test.use({ locale: s.locale });

    test(
      'names the applicant, lists the assumptions, words eligibility exactly, ' +
        'ends with covenants and signatures; prints on A4 and Letter',
      async ({ page }, testInfo) => {
        const poppler = ensurePoppler();
        const credit = new CreditPage(page);
        await credit.open('colombia-dairy-verified-rebate');
        // The page object knows the memo's button in Spanish and English; Portuguese calls it a "parecer".
        await page.getByRole('button', { name: /credit memo|memorando para el comité|parecer para o comitê/i }).click();
        const memo = credit.memo;
        await expect(memo).toBeVisible();
        const head = memo.locator('[data-memo-application]');
        await expect(head).toContainText(s.applicant);
        await expect(head).toContainText('Lácteos del Valle S.A.S.');
        await expect(head).toContainText('LCA-2026-014');
        await expect(head).toContainText('M. Rojas');
        await expect(memo.locator('[data-eligible]')).toHaveText(s.verdict);
        await expect(memo.locator('table.assumptions tbody tr')).not.toHaveCount(0);
        await expect(memo.locator('[data-memo-signatures]')).toContainText(s.sign);
        // The stress table, from the engine worker: six cases; the appraised case is the expected file's minimum DSCR.
        const stress = memo.locator('[data-dscr-stress] tbody tr');
        await expect(stress).toHaveCount(6);
        const minDscr = (
          JSON.parse(
            readFileSync(
              new URL('../../public/examples/colombia-dairy-verified-rebate.expected.json', import.meta.url),
              'utf8',
            ),
          ) as { financing: { minDscr: number } }
        ).financing.minDscr;
        const shown = new Intl.NumberFormat(s.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
          minDscr,
        );
        await expect(memo.locator('[data-dscr-stress] [data-case="base"] td').first()).toHaveText(shown);
        // The sample has a verification block: the verified result once the results carry one, else the plan.
        await expect(memo.locator('[data-memo-verification]')).not.toBeEmpty();
        await page.screenshot({ path: testInfo.outputPath(`memo-committee-${s.locale}.png`), fullPage: false });
        await memo.locator('[data-memo-decision]').scrollIntoViewIfNeeded();
        await page.screenshot({ path: testInfo.outputPath(`memo-committee-end-${s.locale}.png`), fullPage: false });

        await page.emulateMedia({ media: 'print' });
        for (const format of ['A4', 'Letter'] as const) {
          const pdf = testInfo.outputPath(`memo-committee-${s.locale}-${format}.pdf`);
          await page.pdf({ path: pdf, format });
          const text = execFileSync(poppler.pdftotext, ['-layout', pdf, '-'], { encoding: 'utf8' });
          expect(text).toContain('Lácteos del Valle S.A.S.');
          expect(text).toContain(s.pdfWord);
          expect(text).toContain(s.sign);
          execFileSync(poppler.pdftoppm, [
            '-png',
            '-r',
            '60',
            pdf,
            testInfo.outputPath(`memo-committee-${s.locale}-${format}`),
          ]);
        }
      },
    );
  });
}

test('marks the measure whose own NPV is negative inside a positive package', async ({ page }) => {
  const negative = expected('colombia-green-credit-rebate')
    .measures.filter((m) => m.npv < 0)
    .map((m) => m.id);
  expect(negative.length).toBeGreaterThan(0);
  const credit = new CreditPage(page);
  await credit.open('colombia-green-credit-rebate');
  await credit.openMemo.click();
  const rows = credit.memo.locator('table.measures tbody tr');
  // Seeded in Spanish (es-BO).
  for (const [id, name] of Object.entries(MEASURES_ES['colombia-green-credit-rebate'])) {
    const m = { id };
    const row = rows.filter({ has: page.locator('th', { hasText: name }) });
    await expect(row).toHaveCount(1);
    if (negative.includes(m.id)) await expect(row).toHaveAttribute('data-negative-npv', '');
    else await expect(row).not.toHaveAttribute('data-negative-npv', '');
  }
});
