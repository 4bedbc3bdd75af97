/**
 * The team library (#13) with two browsers against the pouchdb-server that scripts/e2e.mjs
 * started (proxied by the preview server under /couchdb/): an edit in one is seen in the other,
 * offline edits, a conflict resolved by a person, a deletion. Screenshots of the Team panel and
 * the conflict screen, in Spanish and English.
 */
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { PageGuard } from './guard';
import { LibraryPage } from './pages/library-page';
import { connect, couch, newTeam } from './team-helpers';

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
