/**
 * The team library's e2e helpers (#13): a fresh team database on the pouchdb-server that
 * scripts/e2e.mjs started, its users, signing in from the Team panel, and admin calls that
 * arrange what another person or another site did.
 */
import type { Page } from '@playwright/test';
import { memberRole } from '../../scripts/team/design.mjs';
import { setupTeam } from '../../scripts/team/setup.mjs';
import { expect } from './fixtures';

export const couch = process.env.COUCHDB_URL ?? '';
const [adminUser, adminPassword] = (process.env.E2E_COUCHDB_ADMIN ?? ':').split(':');
const auth = () => `Basic ${Buffer.from(`${adminUser}:${adminPassword}`).toString('base64')}`;

/** An admin's call to the server (Basic auth, bypassing validation as an admin's writes do). */
export async function adminCall(
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: unknown }> {
  const r = await fetch(`${couch}/${path}`, {
    method,
    headers: { authorization: auth(), 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: r.status, json: (await r.json()) as unknown };
}

export async function setup(team: string): Promise<string> {
  return (await setupTeam({ url: couch, team, user: adminUser, password: adminPassword })).dbName;
}

/** A new team database, with ana and beto (password `<name>-pw`) among its members. */
export async function newTeam(): Promise<string> {
  const dbName = await setup(`e2e ${Date.now()} ${Math.random().toString(36).slice(2, 8)}`);
  for (const name of ['ana', 'beto']) {
    const current = await adminCall('GET', `_users/org.couchdb.user:${name}`);
    const existing = current.status === 200 ? (current.json as { _rev: string; roles: string[] }) : null;
    const r = await adminCall('PUT', `_users/org.couchdb.user:${name}`, {
      name,
      password: `${name}-pw`,
      type: 'user',
      roles: [...(existing?.roles ?? []), memberRole(dbName)],
      ...(existing ? { _rev: existing._rev } : {}),
    });
    expect(r.status).toBeLessThan(300);
  }
  return dbName;
}

/** Signs in from the Team panel and waits for "synced"; `keepOpen` leaves the panel open. */
export async function connect(page: Page, user: string, db: string, keepOpen = false): Promise<void> {
  await page.getByTestId('team-button').click();
  const panel = page.getByTestId('team-panel');
  await panel.locator('input[name="user"]').fill(user);
  await panel.locator('input[name="password"]').fill(`${user}-pw`);
  await panel.locator('input[name="database"]').fill(db);
  await panel.getByRole('button', { name: /^(Conectar|Connect)$/ }).click();
  await expect(panel.getByTestId('team-status')).toHaveText(/^(Sincronizado|Synced)$/);
  if (!keepOpen) await panel.getByRole('button', { name: /^✕ / }).click();
}

export interface ServerDoc {
  _id: string;
  _rev: string;
  name: string;
  scenario: Record<string, unknown>;
  _revisions: { start: number; ids: string[] };
  _conflicts?: string[];
  [field: string]: unknown;
}

/** The team's one scenario as the server has it (with its revision history). */
export async function serverScenario(db: string): Promise<ServerDoc> {
  const all = (await adminCall('GET', `${db}/_all_docs`)).json as { rows: { id: string }[] };
  const id = all.rows.find((r) => !r.id.startsWith('_design/'))?.id ?? '';
  return (await adminCall('GET', `${db}/${id}?revs=true&conflicts=true`)).json as ServerDoc;
}

/**
 * Another site's edit arriving by replication: a sibling of the server's current revision whose
 * hash sorts higher, so CouchDB makes it the winner and lists ours in `_conflicts`. pouchdb-server
 * drops `new_edits: false` writes while a validate_doc_update exists (its issue 419): the design
 * document is removed for this one write and put back.
 */
export async function siteEdit(db: string, name: string, by: string): Promise<void> {
  const { _rev, _revisions, _conflicts, ...content } = await serverScenario(db);
  const design = (await adminCall('GET', `${db}/_design/cp-scenarios`)).json as { _rev: string };
  await adminCall('DELETE', `${db}/_design/cp-scenarios?rev=${design._rev}`);
  const start = Number(String(_rev).split('-')[0]);
  const r = await adminCall('POST', `${db}/_bulk_docs`, {
    new_edits: false,
    docs: [
      {
        ...content,
        name,
        scenario: { ...content.scenario, name, discountRate: 0.1 },
        updatedBy: by,
        updatedAt: new Date().toISOString(),
        _rev: `${start}-${'f'.repeat(32)}`,
        _revisions: { start, ids: ['f'.repeat(32), ..._revisions.ids.slice(1)] },
      },
    ],
  });
  expect(r.status).toBe(201);
  const { _rev: _r, ...body } = design;
  expect((await adminCall('PUT', `${db}/_design/cp-scenarios`, body)).status).toBe(201);
}

/**
 * Several sites' edits of the team's one scenario replicated in at once: each a child of the
 * server's current revision, with the given revision hash (one hex digit repeated), so that the
 * highest wins everywhere and the others are its `_conflicts`. One `new_edits: false` request,
 * without the design document (pouchdb-server's issue 419, as in `siteEdit`).
 */
export async function siteEdits(db: string, edits: { name: string; by: string; hash: string }[]): Promise<void> {
  const { _rev, _revisions, _conflicts, ...content } = await serverScenario(db);
  const design = (await adminCall('GET', `${db}/_design/cp-scenarios`)).json as { _rev: string };
  await adminCall('DELETE', `${db}/_design/cp-scenarios?rev=${design._rev}`);
  const start = Number(String(_rev).split('-')[0]) + 1;
  const r = await adminCall('POST', `${db}/_bulk_docs`, {
    new_edits: false,
    docs: edits.map(({ name, by, hash }) => ({
      ...content,
      name,
      scenario: { ...content.scenario, name },
      updatedBy: by,
      updatedAt: new Date().toISOString(),
      _rev: `${start}-${hash.repeat(32)}`,
      _revisions: { start, ids: [hash.repeat(32), ..._revisions.ids] },
    })),
  });
  expect(r.status).toBe(201);
  const { _rev: _r, ...body } = design;
  expect((await adminCall('PUT', `${db}/_design/cp-scenarios`, body)).status).toBe(201);
}
