import { readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { zlibSync } from 'fflate';
import { encodeShareFragment, toBase64Url } from '../../src/model/share-link';
import type { Scenario } from '../../src/model/schema';
import { expect, test } from './fixtures';
import type { PageGuard } from './guard';
import { LibraryPage } from './pages/library-page';
import { SharePage } from './pages/share-page';
import { SAMPLE_NAMES } from '../../src/model/samples';

const SAMPLES = SAMPLE_NAMES;

function sample(name: string): Scenario {
  return JSON.parse(readFileSync(`public/examples/${name}.json`, 'utf8')) as Scenario;
}

function fragmentOf(scenario: Scenario): string {
  const encoded = encodeShareFragment(scenario);
  if (!encoded.ok) throw new Error('too long');
  return encoded.fragment;
}

/** Another person's browser: its own storage, watched by the same guard. */
async function receiver(
  browser: Browser,
  guard: PageGuard,
  baseURL: string | undefined,
  locale = 'es-BO',
): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale });
  const page = await context.newPage();
  await guard.watch(context, page);
  return page;
}

test.describe('a scenario shared by link', () => {
  test('copies a link that opens, for someone else, as a new scenario with the same figures', async ({
    page,
    context,
    browser,
    guard,
    baseURL,
  }, testInfo) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const sender = new SharePage(page);
    await sender.goto();
    const name = await sender.openName.innerText();
    const npv = await sender.figure('npv').innerText();
    const url = await sender.share();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#s=v1\.[A-Za-z0-9_-]+$/);
    await expect(sender.shareDialog.getByRole('status')).toHaveText(/Enlace copiado/);
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    await page.screenshot({ path: testInfo.outputPath('share-dialog-es.png') });

    const other = new SharePage(await receiver(browser, guard, baseURL));
    await other.goto(url);
    await expect(other.linkDialog.getByTestId('link-name')).toHaveText(name);
    expect(other.page.url()).not.toContain('#'); // a reload will not offer it again
    await other.page.screenshot({ path: testInfo.outputPath('link-received-es.png') });

    await other.importButton.click();
    await expect(other.linkDialog.getByRole('status')).toContainText('se agregó a sus escenarios');
    await other.linkDialog.getByRole('button', { name: 'Cerrar' }).click();
    await expect(other.openName).toHaveText(name);
    await expect(other.figure('npv')).toHaveText(npv);
    const names = await other.names();
    expect(names.filter((n) => n === name)).toHaveLength(2); // the seeded sample and the import, side by side

    await other.page.reload();
    await other.saveStatus.waitFor();
    await expect(other.linkDialog).toBeHidden();
    await expect.poll(async () => (await other.names()).length).toBe(names.length);
  });

  test('each sample travels whole: the receiver sees its name and measures', async ({ page }) => {
    const app = new SharePage(page);
    for (const name of SAMPLES) {
      const scenario = { ...sample(name), name: `Link ${name}` };
      await app.goto(`/#${fragmentOf(scenario)}`);
      await expect(app.linkDialog.getByTestId('link-name')).toHaveText(scenario.name);
      await expect(app.linkDialog).toContainText(`Medidas (${scenario.measures.length})`);
      await app.importButton.click();
      await expect(app.openName).toHaveText(scenario.name);
      await app.linkDialog.getByRole('button', { name: 'Cerrar' }).click();
    }
    const names = await app.names();
    for (const name of SAMPLES) expect(names).toContain(`Link ${name}`);
  });

  test('in English, says what it holds', async ({ browser, guard, baseURL }, testInfo) => {
    const app = new SharePage(await receiver(browser, guard, baseURL, 'en-US'));
    await app.goto(`/#${fragmentOf(sample('colombia-green-credit-rebate'))}`);
    await expect(app.importButton).toBeVisible();
    await app.page.screenshot({ path: testInfo.outputPath('link-received-en.png') });
  });
});

test.describe('a link that cannot be read', () => {
  const good = fragmentOf(sample('colombia-green-credit-rebate'));
  const cases = [
    ['cut short', good.slice(0, -20), /dañado o cortado/],
    [
      'with a character changed',
      `${good.slice(0, 40)}${good[40] === 'x' ? 'y' : 'x'}${good.slice(41)}`,
      /dañado o cortado/,
    ],
    ['from a newer version', good.replace('s=v1.', 's=v9.'), /versión más nueva de la aplicación \(v9\)/],
    ['far too long', `s=v1.${'A'.repeat(9000)}`, /los enlaces de esta aplicación tienen como máximo 8\.192/],
    [
      'with a forbidden key',
      fragmentOfText(
        JSON.stringify(sample('bolivia-ep3-portfolio')).replace('"measures"', '"__proto__":{},"measures"'),
      ),
      /no son un escenario válido/,
    ],
  ] as const;

  for (const [what, fragment, message] of cases) {
    test(`${what}: says why and stores nothing`, async ({ page }, testInfo) => {
      const app = new SharePage(page);
      await app.goto(`/#${fragment}`);
      await expect(app.linkDialog.getByRole('alert')).toHaveText(message);
      await expect(app.linkDialog).toContainText('No se guardó nada.');
      expect(page.url()).not.toContain('#');
      if (what === 'cut short') await page.screenshot({ path: testInfo.outputPath('link-damaged-es.png') });
      await app.linkDialog.getByRole('button', { name: 'Cerrar' }).click();
      await expect.poll(() => app.names()).toHaveLength(SAMPLE_NAMES.length); // the seeded samples only
    });
  }
});

test('a scenario too large for a link offers the file instead', async ({ page }, testInfo) => {
  const app = new SharePage(page);
  const library = new LibraryPage(page);
  await app.goto();
  // Text that does not compress: 60 measures named by 200 characters (the name limit) of a
  // simple pseudo-random sequence, 12,000 characters in all, imported as a file.
  let x = 7;
  const noise = (n: number) =>
    Array.from({ length: n }, () => String.fromCharCode(97 + ((x = (x * 48271) % 2147483647) % 26))).join('');
  const base = sample('bolivia-poultry-slaughterhouse');
  const measure = base.measures[0]!;
  const big = {
    ...base,
    name: 'Demasiado para un enlace',
    measures: Array.from({ length: 60 }, (_, i) => ({ ...measure, id: `m${i}`, name: noise(200) })),
  };
  const path = testInfo.outputPath('too-long.json');
  writeFileSync(path, JSON.stringify(big));
  await library.importFiles([path]);
  await library.open(big.name);
  await expect(app.saveStatus).toHaveAttribute('data-status', 'saved');
  await app.shareButton.click();
  await expect(app.shareDialog.getByRole('alert')).toContainText('demasiado grande para un enlace cómodo');
  await page.screenshot({ path: testInfo.outputPath('share-too-long-es.png') });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    app.shareDialog.getByRole('button', { name: 'Exportar archivo (.json)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.json$/);
});

/** A link carrying any text, as a tampered one would (the app never makes such links). */
function fragmentOfText(text: string): string {
  return `s=v1.${toBase64Url(zlibSync(new TextEncoder().encode(text)))}`;
}
