/**
 * The sync against a real pouchdb-server process (in memory, on a free loopback port), set up
 * by the same code as `npm run team:setup`. Two "browsers" are two IndexedDB databases.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { adminRole, designDoc, memberRole, securityObject, teamDbName } from '../../../scripts/team/design.mjs';
import { setupTeam } from '../../../scripts/team/setup.mjs';
import { admin, cookieFetch, createUser, type CouchServer } from '../../../test/couch/pouchdb-server';
import { openAppDb } from '../app-db';
import { setupTeamAsAdmin, withCouchServer } from '../test-support/couch-suite';
import { sample } from '../test-support/storage';
import { renamedApart, syncBrowser } from '../test-support/sync-browser';
import { resolveConflict } from './conflicts';
import { CouchApi, CouchError } from './couch-api';
import { SyncEngine } from './sync-engine';
import { allRecords, listQuarantine, readCheckpoint, shareDocs, syncStates } from './sync-store';

let server: CouchServer;
let dbName: string;
let otherDb: string;
let n = 0;

withCouchServer(async (started) => {
  server = started;
  ({ dbName } = await setupTeamAsAdmin(server.url, 'Crédito Verde La Paz'));
  ({ dbName: otherDb } = await setupTeamAsAdmin(server.url, 'Team B'));
  await createUser(server.url, 'ana', 'ana-pw', [memberRole(dbName)]);
  await createUser(server.url, 'beto', 'beto-pw', [memberRole(dbName)]);
  await createUser(server.url, 'carla', 'carla-pw', [memberRole(otherDb)]);
});

function browser(user: string, password: string, options: { fetch?: typeof fetch; batch?: number } = {}) {
  const { fetch, batch = 50 } = options;
  return syncBrowser({ base: server.url, dbName, user, password, name: `browser-${++n}`, fetch, engine: { batch } });
}

async function serverDoc(id: string) {
  return (await admin(server.url, 'GET', `${dbName}/${id}`)).json as Record<string, unknown>;
}

describe('team:setup', () => {
  it('names the database after the team, and writes _security by role and the validating design document', async () => {
    expect(dbName).toBe('cp-team-credito-verde-la-paz');
    expect(teamDbName('Team B')).toBe(otherDb);
    expect((await admin(server.url, 'GET', `${dbName}/_security`)).json).toEqual(securityObject(dbName));
    expect((await admin(server.url, 'GET', `${dbName}/_security`)).json).toMatchObject({
      members: { roles: ['cp-team-credito-verde-la-paz'] },
      admins: { roles: [adminRole(dbName)] },
    });
    const design = (await admin(server.url, 'GET', `${dbName}/_design/cp-scenarios`)).json as {
      validate_doc_update: string;
    };
    expect(design.validate_doc_update).toBe(designDoc().validate_doc_update);
    // Idempotent: a second run updates the rules of the existing database.
    const again = await setupTeamAsAdmin(server.url, 'Crédito Verde La Paz');
    expect(again).toEqual({ dbName, created: false });
  });

  it('refuses a non-admin', async () => {
    await expect(setupTeam({ url: server.url, team: 'x', user: 'ana', password: 'ana-pw' })).rejects.toThrow(
      /not a server admin/,
    );
  });

  it('its validate_doc_update refuses other documents, oversize ones and an updatedBy that is not the writer', async () => {
    const { api, repo } = await browser('ana', 'ana-pw');
    const doc = await repo.create(sample());
    const { _rev: _r, ...body } = doc;
    const big = {
      ...body,
      _id: doc._id.replace(/.{4}$/, 'aaa1'),
      updatedBy: 'ana',
      name: 'x'.repeat(11 * 1024 * 1024),
    };
    const answers = await api.bulkDocs([
      { _id: 'note-1', type: 'note', updatedBy: 'ana', updatedAt: doc.updatedAt, deviceId: doc.deviceId },
      { ...body, _id: doc._id.replace(/.{4}$/, 'bbb2'), updatedBy: 'beto' },
      big,
      { ...body, updatedBy: 'ana' },
    ]);
    expect(answers.get('note-1')).toMatchObject({ error: 'forbidden' });
    expect(answers.get(doc._id.replace(/.{4}$/, 'bbb2'))).toMatchObject({
      error: 'forbidden',
      reason: 'updatedBy must be the writer (ana)',
    });
    expect(answers.get(big._id)).toMatchObject({
      error: 'forbidden',
      reason: expect.stringMatching(/the limit is/) as unknown,
    });
    expect(answers.get(doc._id)).toMatchObject({ ok: true });
  });
});

describe('push and pull between two browsers', () => {
  it("shares, edits and deletes; local revisions become the server's; authors travel", async () => {
    const a = await browser('ana', 'ana-pw');
    const b = await browser('beto', 'beto-pw');
    const one = await a.repo.create(sample());
    const two = await a.repo.create(sample('colombia-dairy-verified-rebate'));
    await a.repo.create({ ...sample(), name: 'Never shared' });
    await shareDocs(a.db, [one._id, two._id]);
    expect((await syncStates(a.db)).get(one._id)).toBe('waiting');
    await a.engine.push();
    const pushed = await a.repo.get(one._id);
    expect(pushed?.ok && pushed.value._rev).toBe((await serverDoc(one._id))._rev);
    expect(pushed?.ok && pushed.value._rev).not.toBe(one._rev);
    expect((await syncStates(a.db)).get(one._id)).toBe('synced');

    await b.engine.pull();
    const ids = (await b.repo.list()).map((e) => e.ok && e.doc._id);
    expect(ids).toEqual(expect.arrayContaining([one._id, two._id]));
    expect((await b.repo.list()).some((e) => e.ok && e.doc.name === 'Never shared')).toBe(false); // it stayed local
    const atB = await b.repo.get(one._id);
    if (!atB?.ok) throw new Error('not pulled');
    expect(atB.value.updatedBy).toBe('ana');

    const edited = await b.repo.rename(atB.value, 'Edited by Beto');
    await b.engine.push();
    await a.engine.pull();
    const atA = await a.repo.get(one._id);
    expect(atA?.ok && [atA.value.name, atA.value.updatedBy]).toEqual(['Edited by Beto', 'beto']);
    expect(edited.updatedBy).toBe('beto');

    // A deletion travels as a deletion; the other browser keeps a tombstone, not a scenario.
    if (!atA?.ok) throw new Error('unreadable');
    await a.repo.remove(atA.value);
    await a.engine.push();
    expect((await admin(server.url, 'GET', `${dbName}/${one._id}`)).status).toBe(404);
    await b.engine.pull();
    expect((await b.repo.list()).map((e) => e.ok && e.doc._id)).not.toContain(one._id);
    const tomb = await b.repo.get(one._id);
    expect(tomb?.ok && tomb.value.deleted).toBe(true);
  });

  it('two browsers edit the same scenario offline: both versions kept until a person chooses', async () => {
    const a = await browser('ana', 'ana-pw');
    const b = await browser('beto', 'beto-pw');
    const id = await renamedApart(a, b, 'Ana offline', 'Beto offline');
    await a.engine.push();
    await b.engine.push(); // refused by the server: conflict kept beside the local version
    expect((await syncStates(b.db)).get(id)).toBe('conflict');
    const record = (await allRecords(b.db)).find((r) => r.id === id);
    expect(record?.conflict?.doc?.name).toBe('Ana offline');
    expect(record?.conflict?.updatedBy).toBe('ana');
    const local = await b.repo.get(id);
    expect(local?.ok && local.value.name).toBe('Beto offline');
    // A pull does not overwrite either.
    await b.engine.pull();
    expect((await b.repo.get(id))?.ok).toBe(true);
    expect((await serverDoc(id)).name).toBe('Ana offline');

    // Keep both: the local version becomes a new shared scenario; the original takes Ana's.
    const copy = await resolveConflict(b.db, id, 'both', 'Beto offline (copy)');
    await b.engine.push();
    expect((await serverDoc(id)).name).toBe('Ana offline');
    expect(copy && (await serverDoc(copy)).name).toBe('Beto offline (copy)');
    expect((await syncStates(b.db)).get(id)).toBe('synced');
  });

  it("keep mine is written against the server's current revision", async () => {
    const a = await browser('ana', 'ana-pw');
    const b = await browser('beto', 'beto-pw');
    const id = await renamedApart(a, b, 'Ana wins?', 'Beto keeps his');
    await a.engine.push();
    await b.engine.pull(); // the conflict found by a pull this time
    expect((await syncStates(b.db)).get(id)).toBe('conflict');
    await resolveConflict(b.db, id, 'mine');
    await b.engine.push();
    const onServer = await serverDoc(id);
    expect([onServer.name, onServer.updatedBy, String(onServer._rev).split('-')[0]]).toEqual([
      'Beto keeps his',
      'beto',
      '3',
    ]);
    await a.engine.pull();
    const back = await a.repo.get(id);
    expect(back?.ok && back.value.name).toBe('Beto keeps his');
  });
});

describe('faults', () => {
  it('a wrong password is refused as unauthorized, and the engine says signed out', async () => {
    const api = new CouchApi({ base: server.url, db: dbName, fetch: cookieFetch() });
    const error = await api.login('ana', 'wrong').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CouchError);
    expect((error as CouchError).failure).toBe('unauthorized');
  });

  it('a user of team B asking for team A is refused, and the engine says access denied (not signed out)', async () => {
    const fetchFn = cookieFetch();
    const api = new CouchApi({ base: server.url, db: dbName, fetch: fetchFn });
    await api.login('carla', 'carla-pw');
    // pouchdb-server 4.2.0 enforces the members of _security, but answers 401 where CouchDB 3 answers 403.
    const failure = await api.dbInfo().then(
      () => 'answered',
      (e: unknown) => (e instanceof CouchError ? e.failure : 'other'),
    );
    expect(failure).toBe('unauthorized');
    const rows = await api.bulkDocs([{ _id: 'scn_x', updatedBy: 'carla' }]);
    expect(rows.get('scn_x')).toMatchObject({ error: 'unauthorized' });
    const db = await openAppDb(`browser-${++n}`);
    const engine = new SyncEngine({ db, api, user: 'carla', listenMs: 300, backoff: { initialMs: 20, maxMs: 200 } });
    await engine.start();
    expect(engine.snapshot.phase.kind).toBe('denied');
    // The setup's _security lists team A's roles only; carla has team B's.
    const session = (await (await fetchFn(`${server.url}/_session`)).json()) as { userCtx: { roles: string[] } };
    expect(session.userCtx.roles).toEqual([memberRole(otherDb)]);
    expect(securityObject(dbName).members.roles).not.toContain(memberRole(otherDb));
  });

  it('a document that fails our schema is quarantined, never stored as a scenario; the checkpoint moves on', async () => {
    const b = await browser('beto', 'beto-pw');
    const good = await b.repo.create(sample());
    const { _rev: _r, ...body } = good;
    const badId = good._id.replace(/.{4}$/, 'beef');
    // An admin bypasses validate_doc_update: a scenario whose discount rate is text.
    const put = await admin(server.url, 'PUT', `${dbName}/${badId}`, {
      ...body,
      _id: badId,
      updatedBy: 'ana',
      scenario: { ...body.scenario, discountRate: 'lots' },
    });
    expect(put.status).toBe(201);
    await b.engine.pull();
    const quarantined = await listQuarantine(b.db);
    expect(quarantined.map((q) => q.id)).toContain(badId);
    expect(quarantined.find((q) => q.id === badId)?.problem).toMatch(/discountRate/);
    expect(await b.repo.get(badId)).toBeUndefined();
    const info = (await admin(server.url, 'GET', dbName)).json as { update_seq: number };
    expect((await readCheckpoint(b.db, dbName))?.since).toBe(info.update_seq);

    // A valid revision of it, pulled later, takes it out of quarantine and into the library.
    const bad = await serverDoc(badId);
    const fixed = await admin(server.url, 'PUT', `${dbName}/${badId}`, { ...bad, scenario: body.scenario });
    expect(fixed.status).toBe(201);
    await b.engine.pull();
    expect((await listQuarantine(b.db)).map((q) => q.id)).not.toContain(badId);
    const stored = await b.repo.get(badId);
    expect(stored?.ok && stored.value.scenario.discountRate).toBe(body.scenario.discountRate);
  });
});
