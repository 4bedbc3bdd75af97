/**
 * The sync state machine with a fake clock and a scripted fetch: backoff, the client's own
 * long-poll timeout, a kick, answers matched by id. (The protocol against a real server is in
 * sync.integration.test.ts and sync.faults.test.ts.)
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { openAppDb } from '../app-db';
import { loadDeviceId } from '../local';
import { ScenarioRepository } from '../repository';
import { freshIndexedDb, sample } from '../test-support/storage';
import { CouchApi, type FetchLike } from './couch-api';
import { scenarioRows, SyncEngine, type Clock, type SyncSnapshot } from './sync-engine';
import { newId } from '../ids';
import { allRecords, shareDocs, syncStates } from './sync-store';
import { at } from '../../model/checked';

class FakeClock implements Clock {
  t = 1_000_000;
  waiters: { at: number; resolve: () => void }[] = [];
  now(): number {
    return this.t;
  }
  sleep(ms: number, signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      if (signal.aborted) return resolve();
      const waiter = { at: this.t + ms, resolve };
      this.waiters.push(waiter);
      signal.addEventListener('abort', () => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        resolve();
      });
    });
  }
  advance(ms: number): void {
    this.t += ms;
    const due = this.waiters.filter((w) => w.at <= this.t);
    this.waiters = this.waiters.filter((w) => w.at > this.t);
    for (const w of due) w.resolve();
  }
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** Waits (real time, bounded) until the engine has done what the test expects. */
async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`timed out waiting for ${what}`);
}

beforeEach(freshIndexedDb);

async function setup(fetchFn: FetchLike) {
  const clock = new FakeClock();
  const db = await openAppDb();
  const repo = new ScenarioRepository(db, await loadDeviceId(db));
  const snapshots: SyncSnapshot[] = [];
  const api = new CouchApi({ base: '/couchdb', db: 'cp-team-x', fetch: fetchFn });
  const engine = new SyncEngine({
    db,
    api,
    user: 'ana',
    clock,
    listenMs: 25_000,
    backoff: { initialMs: 1000, maxMs: 8000 },
    onSnapshot: (s) => snapshots.push(s),
  });
  return { clock, db, repo, engine, snapshots };
}

const offline = (snapshots: SyncSnapshot[]) => snapshots.flatMap((s) => (s.phase.kind === 'offline' ? [s.phase] : []));

describe('the sync engine', () => {
  it('offline: retries after 1 s, 2 s, 4 s, 8 s, 8 s, keeps "offline since" the first failure, and goes at once on a kick', async () => {
    let calls = 0;
    const { clock, engine, snapshots } = await setup(() => {
      calls++;
      return Promise.reject(new TypeError('Failed to fetch'));
    });
    const running = engine.start();
    const started = clock.now();
    for (const [i, delay] of [1000, 2000, 4000, 8000, 8000].entries()) {
      await until(() => offline(snapshots).length === i + 1, `failure ${i + 1}`);
      const last = at(offline(snapshots), i, 'offline snapshot');
      expect(last.failure).toBe('network');
      expect(last.since).toBe(started);
      expect(last.retryAt - clock.now()).toBe(delay);
      expect(calls).toBe(i + 1);
      clock.advance(delay - 1);
      await new Promise((r) => setTimeout(r, 20));
      expect(calls).toBe(i + 1); // not before its time
      clock.advance(1);
    }
    await until(() => offline(snapshots).length === 6, 'sixth failure');
    engine.kick(); // e.g. the browser's `online` event
    await until(() => calls === 7, 'a retry at once');
    expect(clock.now() - started).toBe(1000 + 2000 + 4000 + 8000 + 8000);
    await engine.stop();
    await running;
    expect(engine.snapshot.phase.kind).toBe('stopped');
  });

  it('listens with a long poll that the client ends after listenMs (pouchdb-server ignores `timeout`), then polls again', async () => {
    const polls: string[] = [];
    const { clock, engine } = await setup((url, init) => {
      if (url.includes('feed=longpoll')) {
        polls.push(url);
        return new Promise((_, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        );
      }
      if (url.includes('_changes')) return Promise.resolve(json({ results: [], last_seq: 7 }));
      return Promise.reject(new Error(`unexpected ${url}`));
    });
    const running = engine.start();
    await until(() => polls.length === 1, 'the first long poll');
    expect(polls[0]).toContain('since=7');
    expect(engine.snapshot.phase.kind).toBe('listening');
    clock.advance(24_999);
    await new Promise((r) => setTimeout(r, 20));
    expect(polls.length).toBe(1);
    clock.advance(1);
    await until(() => polls.length === 2, 'the second long poll');
    expect(engine.snapshot.lastSync).toBe(clock.now());
    await engine.stop();
    await running;
  });

  it('pushes with the base revisions and matches answers by id, not order: one written, one in conflict', async () => {
    const bodies: unknown[] = [];
    let first: string | null = null;
    let second: string | null = null;
    const serverRev = `2-${'a'.repeat(32)}`;
    const theirsRev = `3-${'b'.repeat(32)}`;
    const { repo, db, engine } = await setup((url, init) => {
      if (url.endsWith('_bulk_docs')) {
        bodies.push(JSON.parse(init?.body as string));
        // Answered in reverse order, as pouchdb-server may.
        return Promise.resolve(
          json(
            [
              { id: second, error: 'conflict', reason: 'Document update conflict.' },
              { id: first, ok: true, rev: serverRev },
            ],
            201,
          ),
        );
      }
      if (url.includes('_all_docs'))
        return repo.get(second ?? '').then((r) =>
          json({
            rows: [
              {
                key: second,
                value: { rev: theirsRev },
                doc: r?.ok ? { ...r.value, _rev: theirsRev, name: 'Theirs', updatedBy: 'beto' } : null,
              },
            ],
          }),
        );
      return Promise.reject(new Error(`unexpected ${url}`));
    });
    repo.author = 'ana';
    const a = await repo.create(sample());
    const b = await repo.create({ ...sample(), name: 'Second' });
    [first, second] = [a._id, b._id];
    await shareDocs(db, [a._id, b._id]);
    await engine.push();
    const sent = (bodies[0] as { docs: { _id: string; _rev?: string; updatedBy: string }[] }).docs;
    expect(sent.map((d) => [d._id, d._rev, d.updatedBy])).toEqual([
      [a._id, undefined, 'ana'],
      [b._id, undefined, 'ana'],
    ]);
    const states = await syncStates(db);
    expect([states.get(a._id), states.get(b._id)]).toEqual(['synced', 'conflict']);
    const written = await repo.get(a._id);
    expect(written?.ok && written.value._rev).toBe(serverRev);
    const conflict = (await allRecords(db)).find((r) => r.id === b._id)?.conflict;
    expect([conflict?.rev, conflict?.doc?.name, conflict?.updatedBy]).toEqual([theirsRev, 'Theirs', 'beto']);
    const mine = await repo.get(b._id);
    expect(mine?.ok && mine.value.name).toBe('Second'); // the local version is kept as it was
  });

  it('a wrong or expired session (401, no user) stops with "signed out", not a retry loop', async () => {
    const { engine } = await setup((url) => {
      if (url.endsWith('/_session')) return Promise.resolve(json({ ok: true, userCtx: { name: null, roles: [] } }));
      return Promise.resolve(json({ error: 'unauthorized', reason: 'You are not authorized to access this db.' }, 401));
    });
    await engine.start();
    expect(engine.snapshot.phase).toEqual({ kind: 'signed-out', detail: 'You are not authorized to access this db.' });
  });

  it('counts in its progress only the scenarios pulled, not the design document that comes with them', async () => {
    const doc = (n: number) => ({
      _id: newId('scn'),
      _rev: `1-${String(n).repeat(32)}`,
      type: 'scenario',
      name: `Pulled ${n}`,
      scenario: { ...sample(), name: `Pulled ${n}` },
      updatedAt: '2026-01-01T00:00:00.000Z',
      deviceId: newId('dev'),
      updatedBy: 'beto',
    });
    const rows = [doc(1), doc(2)].map((d, i) => ({ seq: i + 2, id: d._id, changes: [{ rev: d._rev }], doc: d }));
    const design = { _id: '_design/cp-scenarios', _rev: `1-${'d'.repeat(32)}`, validate_doc_update: 'function () {}' };
    const results = [{ seq: 1, id: design._id, changes: [{ rev: design._rev }], doc: design }, ...rows];
    const { engine, snapshots } = await setup((url) =>
      url.includes('_changes') && url.includes('since=0')
        ? Promise.resolve(json({ results, last_seq: 3 }))
        : Promise.reject(new Error(`unexpected ${url}`)),
    );
    await engine.pull();
    const progress = snapshots.flatMap((s) => (s.phase.kind === 'syncing' ? [s.phase.pulled] : []));
    expect(progress).toEqual([2]);
    expect(scenarioRows(results)).toBe(2);
  });
});
