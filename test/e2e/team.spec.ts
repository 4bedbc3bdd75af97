/**
 * The team library (#13) with two browsers against the pouchdb-server that scripts/e2e.mjs
 * started (proxied by the preview server under /couchdb/): an edit in one is seen in the other,
 * offline edits, a conflict resolved by a person, a deletion, several sites' losing revisions
 * decided one after another. Screenshots of the Team panel and the conflict screen, in Spanish
 * and English.
 */
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { PageGuard } from './guard';
import { LibraryPage } from './pages/library-page';
import { adminCall, connect, couch, newTeam, serverScenario, siteEdits } from './team-helpers';

test.skip(!couch, 'needs the pouchdb-server that scripts/e2e.mjs starts');

async function second(
  browser: Browser,
  guard: PageGuard,
): Promise<{ page: Page; library: LibraryPage; close: () => Promise<void> }> {
  const context = await browser.newContext({ locale: 'es-BO' });
  const page = await context.newPage();
  await guard.watch(context, page);
  const library = new LibraryPage(page);
  await library.goto();
  return { page, library, close: () => context.close() };
}

test('edit in one browser, see it in the other; a deletion travels', async ({ page, browser, guard }) => {
  const db = await newTeam();
  const a = new LibraryPage(page);
  await a.goto();
  await connect(page, 'ana', db);
  const b = await second(browser, guard);
  await connect(b.page, 'beto', db);

  const name = (await a.openName.textContent())?.trim() ?? '';
  await a.openPanel();
  await a.row(name).getByRole('button', { name: 'Compartir con el equipo' }).click();
  await expect(a.row(name).getByTestId('sync-state')).toHaveAttribute('data-state', 'synced');
  await b.library.openPanel();
  // B has the same sample seeded locally (local only); the shared copy arrives beside it.
  await expect(b.library.row(name).getByTestId('sync-state').and(b.page.locator('[data-state="synced"]'))).toHaveCount(
    1,
  );
  await expect(b.library.row(name).filter({ hasText: 'modificado por ana' })).toHaveCount(1);

  await a.rename(name, 'Planta avícola (equipo)');
  await expect(b.library.row('Planta avícola (equipo)')).toHaveCount(1);
  await expect(b.library.row('Planta avícola (equipo)')).toContainText('modificado por ana');

  await a.closePanel();
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.getByTestId('team-button').click();
  await expect(page.getByTestId('team-panel')).toBeVisible();
  await page.screenshot({ path: 'test-results/team-panel-es-1366.png' });
  await page.getByTestId('team-panel').getByRole('button', { name: /^✕ / }).click();

  await a.action('Planta avícola (equipo)', /^(Eliminar|Delete)$/);
  await expect(b.library.row('Planta avícola (equipo)')).toHaveCount(0);
  await b.close();
});

test('offline edits in two browsers: the conflict is kept and a person keeps both', async ({
  page,
  browser,
  guard,
  app,
}) => {
  guard.allowFailedLoads('/couchdb/');
  const db = await newTeam();
  const a = new LibraryPage(page);
  await a.goto();
  await connect(page, 'ana', db);
  const b = await second(browser, guard);
  await connect(b.page, 'beto', db);
  const name = (await a.openName.textContent())?.trim() ?? '';
  await a.openPanel();
  await a.row(name).getByRole('button', { name: 'Compartir con el equipo' }).click();
  await b.library.openPanel();
  const shared = b.library.panel.getByTestId('library-row').filter({ has: b.page.locator('[data-state="synced"]') });
  await expect(shared).toHaveCount(1);

  await b.page.context().setOffline(true);
  await shared.getByRole('button', { name: 'Renombrar' }).click();
  const input = b.library.panel.getByLabel('Nombre nuevo');
  await input.fill('Versión de Beto');
  await input.press('Enter');
  await expect(b.page.getByTestId('team-button')).toContainText(/Sin conexión desde las|1 cambio en espera/);
  await a.rename(name, 'Versión de Ana');
  await expect(a.row('Versión de Ana').getByTestId('sync-state')).toHaveAttribute('data-state', 'synced');
  await b.page.context().setOffline(false);
  await expect(b.page.getByTestId('team-button')).toContainText('1 conflicto');
  await expect(b.library.row('Versión de Beto').getByTestId('sync-state')).toHaveAttribute('data-state', 'conflict');

  await b.library.closePanel();
  await b.page.setViewportSize({ width: 1366, height: 900 });
  await b.page.getByTestId('team-button').click();
  await b.page.getByTestId('team-panel').getByRole('button', { name: 'Resolver' }).click();
  const screen = b.page.getByTestId('conflict-screen');
  await expect(screen).toContainText('Versión de Ana');
  await expect(screen).toContainText('Versión de Beto');
  await expect(screen).toContainText('ana,');
  await b.page.screenshot({ path: 'test-results/conflict-es-1366.png' });
  await b.page.setViewportSize({ width: 390, height: 844 });
  await b.page.screenshot({ path: 'test-results/conflict-es-390.png', fullPage: true });
  // Back to a laptop's width: below 700 px the library and Team buttons are in the phone menu.
  await b.page.setViewportSize({ width: 1366, height: 900 });
  await screen.getByTestId('keep-both').click();
  await expect(screen).toHaveCount(0);
  await b.page.getByTestId('team-panel').getByRole('button', { name: /^✕ / }).click();
  await a.openPanel();
  await expect(a.row('Versión de Ana')).toHaveCount(1);
  await expect(a.row('Versión de Ana (mi versión)')).toHaveCount(0);
  await expect(a.row('Versión de Beto (mi versión)')).toHaveCount(1);
  await b.library.openPanel();
  await expect(b.library.row('Versión de Ana')).toHaveCount(1);

  await a.closePanel();
  await app.chooseLanguage('English');
  // On a phone the Team button is in the header's menu (#15 item 2).
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('button', { name: 'Menu', exact: true }).click();
  await page.getByRole('menuitem', { name: /^Team/ }).click();
  await expect(page.getByTestId('team-status')).toHaveText('Synced');
  await page.screenshot({ path: 'test-results/team-panel-en-390.png', fullPage: true });
  await b.close();
});

test('several sites\' losing revisions: "Versión N de M", each decided against the current version', async ({
  page,
  browser,
  guard,
}) => {
  guard.allowFailedLoads('/couchdb/'); // Ana's browser goes offline on purpose
  const db = await newTeam();
  const a = new LibraryPage(page);
  await a.goto();
  await connect(page, 'ana', db);
  const name = (await a.openName.textContent())?.trim() ?? '';
  await a.openPanel();
  await a.row(name).getByRole('button', { name: 'Compartir con el equipo' }).click();
  await expect(a.row(name).getByTestId('sync-state')).toHaveAttribute('data-state', 'synced');
  await a.closePanel();
  const b = await second(browser, guard);
  await connect(b.page, 'beto', db);
  const id = (await serverScenario(db))._id;

  // Three sites' edits replicate in while Ana is offline, so that one pull brings them all: the
  // highest revision (Sede Norte) wins everywhere, the other two are its losing revisions.
  await page.context().setOffline(true);
  await siteEdits(db, [
    { name: 'Sede Norte', by: 'carlos', hash: 'f' },
    { name: 'Sede Sur', by: 'dora', hash: 'e' },
    { name: 'Sede Oeste', by: 'eva', hash: 'a' },
  ]);
  await page.context().setOffline(false);
  await expect(page.getByTestId('team-button')).toContainText('1 conflicto');
  await page.getByTestId('team-button').click();
  await page.getByTestId('team-panel').getByRole('button', { name: 'Resolver' }).click();
  const screen = page.getByTestId('conflict-screen');
  const position = screen.getByTestId('conflict-position');
  const mine = screen.getByTestId('conflict-mine-name');
  const theirs = screen.getByTestId('conflict-theirs-name');

  await expect(position).toContainText('Versión 1 de 2 de otras sedes');
  await expect(position).toContainText('Después de esta elección se muestra la siguiente.');
  await expect(mine).toHaveText('Sede Norte');
  const first = (await theirs.textContent())?.trim() ?? '';
  expect(['Sede Sur', 'Sede Oeste']).toContain(first);
  const other = first === 'Sede Sur' ? 'Sede Oeste' : 'Sede Sur';
  await screen.getByTestId('keep-theirs').click();

  // The same screen goes on to the other losing revision, set against the version now current:
  // the one just kept, not the server's winner it replaced.
  await expect(position).toContainText('Versión 2 de 2 de otras sedes');
  await expect(position).not.toContainText('Después de esta elección');
  await expect(mine).toHaveText(first);
  await expect(theirs).toHaveText(other);
  await screen.getByTestId('keep-both').click();
  await expect(screen).toHaveCount(0);
  await expect(page.getByTestId('team-status')).toHaveText('Sincronizado');

  // On the server: the first choice written on top of the winner, both losing revisions deleted,
  // and the second site's version a scenario of its own, which the other browser receives too.
  await expect
    .poll(async () => {
      const now = (await adminCall('GET', `${db}/${id}?conflicts=true`)).json as {
        name?: string;
        _conflicts?: string[];
      };
      return [now.name, now._conflicts ?? null];
    })
    .toEqual([first, null]);
  const copy = `${other} (otra sede)`;
  await b.library.openPanel();
  for (const n of [first, copy])
    await expect(b.library.row(n).getByTestId('sync-state')).toHaveAttribute('data-state', 'synced');
  await expect(b.library.row('Sede Norte')).toHaveCount(0);
  await expect(b.page.getByTestId('team-button')).not.toContainText('conflicto');
  await b.close();
});
