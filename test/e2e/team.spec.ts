/**
 * The team library (#13) with two browsers against the pouchdb-server that scripts/e2e.mjs
 * started (proxied by the preview server under /couchdb/): an edit in one is seen in the other,
 * offline edits, a conflict resolved by a person, a deletion. Screenshots of the Team panel and
 * the conflict screen, in Spanish and English.
 */
import type { Browser, Page } from '@playwright/test';
import { memberRole } from '../../scripts/team/design.mjs';
import { setupTeam } from '../../scripts/team/setup.mjs';
import { expect, test } from './fixtures';
import type { PageGuard } from './guard';
import { LibraryPage } from './pages/library-page';

const couch = process.env.COUCHDB_URL ?? '';
const [adminUser, adminPassword] = (process.env.E2E_COUCHDB_ADMIN ?? ':').split(':');
test.skip(!couch, 'needs the pouchdb-server that scripts/e2e.mjs starts');

async function newTeam(): Promise<string> {
  const { dbName } = await setupTeam({
    url: couch,
    team: `e2e ${Date.now()} ${Math.random().toString(36).slice(2, 8)}`,
    user: adminUser,
    password: adminPassword,
  });
  const auth = `Basic ${Buffer.from(`${adminUser}:${adminPassword}`).toString('base64')}`;
  for (const name of ['ana', 'beto']) {
    const url = `${couch}/_users/org.couchdb.user:${name}`;
    const current = await fetch(url, { headers: { authorization: auth } });
    const existing = current.ok ? ((await current.json()) as { _rev: string; roles: string[] }) : null;
    const body = {
      name,
      password: `${name}-pw`,
      type: 'user',
      roles: [...(existing?.roles ?? []), memberRole(dbName)],
      ...(existing ? { _rev: existing._rev } : {}),
    };
    const r = await fetch(url, {
      method: 'PUT',
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(r.ok).toBe(true);
  }
  return dbName;
}

async function connect(page: Page, user: string, db: string): Promise<void> {
  await page.getByTestId('team-button').click();
  const panel = page.getByTestId('team-panel');
  await panel.locator('input[name="user"]').fill(user);
  await panel.locator('input[name="password"]').fill(`${user}-pw`);
  await panel.locator('input[name="database"]').fill(db);
  await panel.getByRole('button', { name: /^(Conectar|Connect)$/ }).click();
  await expect(panel.getByTestId('team-status')).toHaveText(/^(Sincronizado|Synced)$/);
  await panel.getByRole('button', { name: /^✕ / }).click();
}

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
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByTestId('team-button').click();
  await expect(page.getByTestId('team-status')).toHaveText('Synced');
  await page.screenshot({ path: 'test-results/team-panel-en-390.png', fullPage: true });
  await b.close();
});
