/**
 * Faults against a real pouchdb-server process, kept on disk (`--dir` in a temporary folder) so
 * that it can be killed and started again with its data: each fault loses nothing, and the
 * engine's status says what happened.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { memberRole } from '../../../scripts/team/design.mjs';
import { admin, cookieFetch, createUser, type CouchServer } from '../../../test/couch/pouchdb-server';
import { openAppDb, type AppDb } from '../app-db';
import type { ScenarioRepository } from '../repository';
import { setupTeamAsAdmin, withCouchServer } from '../test-support/couch-suite';
import { sample } from '../test-support/storage';
import { syncBrowser } from '../test-support/sync-browser';
import { SyncEngine, type SyncSnapshot } from './sync-engine';
import { readCheckpoint, shareDocs, syncStates } from './sync-store';

let server: CouchServer;
let n = 0;
let team = 0;

withCouchServer(
  async (started) => {
    server = started;
    await createUser(server.url, 'ana', 'ana-pw', []);
  },
  { persistent: true },
);

/** A fresh team database per test, with ana as its member. */
async function newTeam(): Promise<string> {
  const { dbName } = await setupTeamAsAdmin(server.url, `faults ${++team}`);
  const user = (await admin(server.url, 'GET', '_users/org.couchdb.user:ana')).json as Record<string, unknown> & {
    roles: string[];
  };
  await admin(server.url, 'PUT', '_users/org.couchdb.user:ana', {
    ...user,
    roles: [...user.roles, memberRole(dbName)],
  });
  return dbName;
}

type Hook = (url: string, init: RequestInit | undefined, real: typeof fetch) => Promise<Response> | null;

async function browser(dbName: string, hook: Hook = () => null, options: { batch?: number; name?: string } = {}) {
  const real = cookieFetch();
  const fetchFn = ((input: string, init?: RequestInit) => hook(input, init, real) ?? real(input, init)) as typeof fetch;
  const snapshots: SyncSnapshot[] = [];
  const name = options.name ?? `fault-browser-${++n}`;
  const engine = { batch: options.batch ?? 20, listenMs: 200, onSnapshot: (s: SyncSnapshot) => snapshots.push(s) };
  const b = await syncBrowser({
    base: server.url,
    dbName,
    user: 'ana',
    password: 'ana-pw',
    name,
    fetch: fetchFn,
    engine,
  });
  return { ...b, snapshots };
}

let lastSeen: () => string = () => '';
/** Waits (bounded) until `check` holds. */
async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}; last: ${lastSeen()}`);
}

async function serverDocs(dbName: string): Promise<{ id: string; rev: string }[]> {
  const all = (await admin(server.url, 'GET', `${dbName}/_all_docs`)).json as {
    rows: { id: string; value: { rev: string } }[];
  };
  return all.rows.filter((r) => !r.id.startsWith('_design/')).map((r) => ({ id: r.id, rev: r.value.rev }));
}

async function changeLines(db: AppDb): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const raw of (await db.getAll('changes')) as { id: string; rev: string }[])
    counts.set(`${raw.id} ${raw.rev}`, (counts.get(`${raw.id} ${raw.rev}`) ?? 0) + 1);
  return counts;
}

async function createShared(repo: ScenarioRepository, db: AppDb, count: number): Promise<string[]> {
  const docs = await repo.createMany(
    Array.from({ length: count }, (_, i) => ({ scenario: { ...sample(), name: `Scenario ${i + 1}` } })),
  );
  await shareDocs(
    db,
    docs.map((d) => d._id),
  );
  return docs.map((d) => d._id);
}

describe('faults against the real server process', () => {
  it('the server stops mid-push and comes back: offline, then every document pushed once', async () => {
    const dbName = await newTeam();
    let bulkCalls = 0;
    let stopped: Promise<void> | null = null;
    const a = await browser(dbName, (url) => {
      if (url.includes('/_bulk_docs') && ++bulkCalls === 2) stopped = server.stop();
      return null;
    });
    const ids = await createShared(a.repo, a.db, 50);
    const running = a.engine.start();
    await until(() => a.engine.snapshot.phase.kind === 'offline', 'offline');
    await (stopped as Promise<void> | null); // assigned in the hook above
    const offline = a.engine.snapshot.phase;
    expect(offline.kind === 'offline' && offline.failure).toBe('network');
    expect(a.engine.snapshot.pending).toBe(30); // the first batch of 20 went through
    await server.start();
    a.engine.kick();
    lastSeen = () => JSON.stringify(a.engine.snapshot.phase);
    // pouchdb-server signs session cookies with a secret made at each start, so the session
    // ended with the process: the engine says so (CouchDB keeps its secret in its config).
    await until(() => a.engine.snapshot.phase.kind === 'signed-out', 'signed out after the restart');
    await running;
    expect(a.engine.snapshot.pending).toBe(30);
    await a.api.login('ana', 'ana-pw'); // the person types the password again
    const again = new SyncEngine({ db: a.db, api: a.api, user: 'ana', batch: 20, listenMs: 200 });
    const resumed = again.start();
    await until(
      () => again.snapshot.phase.kind === 'listening' && again.snapshot.pending === 0,
      'synced after the restart',
    );
    await again.stop();
    await resumed;
    const onServer = await serverDocs(dbName);
    expect(onServer.map((d) => d.id).sort()).toEqual([...ids].sort());
    const states = await syncStates(a.db);
    expect(ids.every((id) => states.get(id) === 'synced')).toBe(true);
    for (const d of onServer) {
      const local = await a.repo.get(d.id);
      expect(local?.ok && local.value._rev).toBe(d.rev);
    }
  }, 60_000);

  it(
    'the network drops mid-pull: the checkpoint stays at the last stored batch, ' +
      'and the next try completes it without duplicates',
    async () => {
      const dbName = await newTeam();
      const a = await browser(dbName);
      const ids = await createShared(a.repo, a.db, 45);
      await a.engine.push();
      let changesCalls = 0;
      const b = await browser(dbName, (url, init, real) => {
        if (!url.includes('/_changes') || ++changesCalls !== 2) return null;
        // Headers arrive, then the connection drops in the middle of the body.
        return real(url, init).then(async (response) => {
          const text = await response.text();
          const body = new ReadableStream<Uint8Array>({
            start(controller) {
              controller.enqueue(new TextEncoder().encode(text.slice(0, text.length / 2)));
              controller.error(new TypeError('terminated: other side closed'));
            },
          });
          return new Response(body, { status: 200, headers: response.headers });
        });
      });
      await expect(b.engine.pull()).rejects.toMatchObject({ failure: 'network' });
      const after = await readCheckpoint(b.db, dbName);
      const stored = (await b.repo.list()).length;
      expect(stored).toBe(19); // exactly the first batch: 20 changes, one of them the design document
      expect(after?.since).toBeDefined();
      await b.engine.pull();
      expect((await b.repo.list()).map((e) => e.ok && e.doc._id).sort()).toEqual([...ids].sort());
      expect([...(await changeLines(b.db)).values()].every((count) => count === 1)).toBe(true);
    },
    60_000,
  );

  it('a server that answers 500, then garbage: offline with the reason, retried with backoff, then synced', async () => {
    const dbName = await newTeam();
    const a = await browser(dbName);
    await createShared(a.repo, a.db, 3);
    await a.engine.push();
    const answers = [
      new Response('{"error":"internal_server_error"}', { status: 500 }),
      new Response('<html>proxy error</html>', { status: 200 }),
      new Response('{"results": "nope"}', { status: 200 }),
    ];
    const b = await browser(dbName, (url) =>
      url.includes('/_changes') && answers.length > 0 ? Promise.resolve(answers.shift() as Response) : null,
    );
    const running = b.engine.start();
    await until(() => b.engine.snapshot.phase.kind === 'listening', 'synced');
    await b.engine.stop();
    await running;
    const failures = b.snapshots.flatMap((s) => (s.phase.kind === 'offline' ? [s.phase.failure] : []));
    expect(failures).toEqual(['server', 'garbage', 'garbage']);
    const delays = b.snapshots.flatMap((s) => (s.phase.kind === 'offline' ? [s.phase.retryAt - s.phase.since] : []));
    expect(delays[0]).toBeGreaterThanOrEqual(20);
    expect((await b.repo.list()).length).toBe(3);
  }, 60_000);

  it('a browser killed during a pull, then reopened: checkpoint consistent, no duplicates', async () => {
    const dbName = await newTeam();
    const a = await browser(dbName);
    const ids = await createShared(a.repo, a.db, 50);
    await a.engine.push();
    const name = `killed-${++n}`;
    const b = await browser(dbName, () => null, { name });
    let batches = 0;
    // "Killed": after the first batch is stored, the connection closes, so the second batch's
    // transaction cannot even start (as when the tab's process dies).
    const killer = new SyncEngine({
      db: b.db,
      api: b.api,
      user: 'ana',
      batch: 20,
      onDocs: () => ++batches === 1 && b.db.close(),
    });
    await expect(killer.pull()).rejects.toThrow();
    const reopened = await openAppDb(name);
    expect((await reopened.getAll('docs')).length).toBe(19); // the first batch (20 changes, one the design document)
    const checkpoint = await readCheckpoint(reopened, dbName);
    const engine = new SyncEngine({ db: reopened, api: b.api, user: 'ana', batch: 20 });
    await engine.pull();
    const docs = (await reopened.getAll('docs')) as { _id: string }[];
    expect(docs.map((d) => d._id).sort()).toEqual([...ids].sort());
    expect([...(await changeLines(reopened)).values()].every((count) => count === 1)).toBe(true);
    const info = (await admin(server.url, 'GET', dbName)).json as { update_seq: number };
    expect((await readCheckpoint(reopened, dbName))?.since).toBe(info.update_seq);
    expect(checkpoint?.since).not.toBe(info.update_seq);
  }, 60_000);
});
