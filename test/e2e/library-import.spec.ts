import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { translate } from '../../src/i18n/translate';
import { formatPath, type Issue } from '../../src/model/issues';
import { readImport } from '../../src/persistence/backup';
import { issueText } from '../../src/ui/editor/problems';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { sampleTitle } from './expected-text';

const dirs = ['invalid', 'import'].map((d) => fileURLToPath(new URL(`../fixtures/${d}/`, import.meta.url)));
const files = dirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => `${dir}${f}`),
);

/** The line the app shows for a problem, as the user reads it in Spanish (es-BO numbers). */
function line(issue: Issue): string {
  const text =
    issue.code === 'not-a-scenario' ? translate('es', 'library.unknownFormat') : issueText('es', 'es-BO', issue);
  // JSON.parse words its errors differently in Node and in the browser: compare up to the reason.
  return `${formatPath(issue.path)}: ${issue.code === 'not-json' ? text.slice(0, text.indexOf('(')) : text}`;
}

test('every broken file in test/fixtures is refused on import with its message, naming where', async ({ page }) => {
  test.setTimeout(90_000);
  const library = new LibraryPage(page);
  await library.goto();
  const results = await library.importFiles(files);
  const items = results.locator(':scope > li');
  await expect(items).toHaveCount(files.length);
  for (const [i, path] of files.entries()) {
    const name = path.split('/').at(-1) ?? path;
    const plan = readImport(readFileSync(path, 'utf8'));
    const item = items.nth(i);
    await expect(item).toContainText(name);
    if (plan.items.length === 0) await expect(item).toContainText(`${name}: no se importó nada.`);
    else await expect(item).toContainText(`${name}: se agregaron ${plan.items.length} escenario(s).`);
    for (const issue of plan.problems) await expect(item).toContainText(line(issue));
    // Formula errors need the engine: those files arrive, and the editor names the formula at fault.
    expect(plan.problems.length > 0 || name.startsWith('formula-'), name).toBe(true);
  }
  await results.screenshot({ path: test.info().outputPath('import-results-es.png') });
});

test('a file with a broken formula arrives, and the editor shows what is wrong where', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  const file = fileURLToPath(new URL('../fixtures/invalid/formula-div-zero.json', import.meta.url));
  await library.importFiles([file]);
  const name = (JSON.parse(readFileSync(file, 'utf8')) as { name: string }).name;
  await library.open(name);
  await expect(page.getByRole('region', { name: /problema/i })).toContainText('#DIV/0!');
});

test('a scenario dropped on the import area is added as a new one', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.openPanel();
  const text = readFileSync(
    fileURLToPath(new URL('../../public/examples/peru-textile-guaranteed-loan.json', import.meta.url)),
    'utf8',
  );
  const dataTransfer = await page.evaluateHandle((json) => {
    const dt = new DataTransfer();
    dt.items.add(new File([json], 'dropped.json', { type: 'application/json' }));
    return dt;
  }, text);
  await library.panel.getByTestId('import-drop').dispatchEvent('drop', { dataTransfer });
  await expect(library.panel.getByTestId('import-results')).toContainText('dropped.json: se agregaron 1 escenario(s).');
  const names = await library.names();
  // The seeded sample (in Spanish) stays; the import is a new scenario, named as in its file.
  expect(names.filter((n) => n === sampleTitle('peru-textile-guaranteed-loan', 'es-BO'))).toHaveLength(1);
  expect(names.filter((n) => n === sampleTitle('peru-textile-guaranteed-loan', 'en-US'))).toHaveLength(1);
});

test('a library of hundreds draws 200 rows at first, the rest on demand, and the search finds any', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const library = new LibraryPage(page);
  await library.goto();
  const sample = JSON.parse(
    readFileSync(
      fileURLToPath(new URL('../../public/examples/peru-textile-guaranteed-loan.json', import.meta.url)),
      'utf8',
    ),
  ) as Record<string, unknown>;
  const now = new Date().toISOString();
  const backup = {
    format: 'cp-backup',
    version: 1,
    exportedAt: now,
    scenarios: Array.from({ length: 245 }, (_, i) => {
      const name = `Lote ${String(i).padStart(3, '0')}`;
      return { id: `lote-${i}`, name, updatedAt: now, scenario: { ...sample, name } };
    }),
  };
  await library.openPanel();
  await library.panel.getByTestId('import-input').setInputFiles({
    name: 'lotes.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(backup)),
  });
  await expect(library.panel.getByTestId('import-results')).toContainText('se agregaron 245 escenario(s)');
  const rows = library.panel.getByTestId('library-row');
  const more = library.panel.getByTestId('library-more');
  // 245 imported and the 6 samples: 200 drawn, 51 more on demand.
  await expect(rows).toHaveCount(200);
  await expect(more).toHaveText('Mostrar 51 más (200 de 251; la búsqueda los encuentra todos)');
  await library.panel.getByRole('searchbox').fill('Lote 000');
  await expect(rows).toHaveCount(1);
  await expect(more).toHaveCount(0);
  await library.panel.getByRole('searchbox').fill('');
  await more.click();
  await expect(rows).toHaveCount(251);
  await expect(more).toHaveCount(0);
});
