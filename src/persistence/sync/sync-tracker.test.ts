/**
 * What waits to be pushed, found from the changes log after a first full look: local edits,
 * deletions, scenarios shared later (possibly by another tab: a second connection here), a
 * person's "keep mine", and not the documents the sync itself stored.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { openAppDb } from '../app-db';
import { loadDeviceId } from '../local';
import { ScenarioRepository } from '../repository';
import { freshIndexedDb, sample } from '../test-support/storage';
import { resolveConflict } from './conflicts';
import { applyPulled } from './sync-apply';
import { shareDocs, syncTx, type SyncRecord } from './sync-store';
import { SyncTracker } from './sync-tracker';
import { PAGE } from '../paged';

beforeEach(freshIndexedDb);

const rev = (n: number, c: string) => `${n}-${c.repeat(32)}`;

async function setup() {
  const db = await openAppDb();
  const repo = new ScenarioRepository(db, await loadDeviceId(db));
  repo.author = 'ana';
  return { db, repo, tracker: new SyncTracker(db) };
}

/** Marks a document as synced at its current revision (as a push answer would). */
async function markSynced(db: Awaited<ReturnType<typeof openAppDb>>, id: string, at: string) {
  const tx = syncTx(db);
  await tx.objectStore('sync').put({ id, base: at, localRev: at } satisfies SyncRecord);
  await tx.done;
}

describe('the sync tracker', () => {
  it('finds shared scenarios on the first look, then edits and deletions from the log, and drops synced ones', async () => {
    const { db, repo, tracker } = await setup();
    const a = await repo.create(sample());
    const b = await repo.create({ ...sample(), name: 'B' });
    const local = await repo.create({ ...sample(), name: 'Local only' });
    await shareDocs(db, [a._id, b._id]);
    expect((await tracker.refresh()).map((w) => w.doc._id)).toEqual([a._id, b._id].sort());

    await markSynced(db, a._id, a._rev);
    await markSynced(db, b._id, b._rev);
    expect(await tracker.refresh()).toEqual([]);

    const renamed = await repo.rename(a, 'A renamed');
    await repo.rename(local, 'Still local'); // no sync record: never pushed
    const waiting = await tracker.refresh();
    expect(waiting.map((w) => [w.doc._id, w.doc.name, w.record.base])).toEqual([[a._id, 'A renamed', a._rev]]);

    await repo.remove(b);
    const after = await tracker.refresh();
    expect(after.map((w) => [w.doc._id, w.doc.deleted === true]).sort()).toEqual(
      [
        [a._id, false],
        [b._id, true],
      ].sort(),
    );
    await markSynced(db, renamed._id, renamed._rev);
    expect((await tracker.refresh()).map((w) => w.doc._id)).toEqual([b._id]);
  });

  it('sees a scenario shared through another connection (another tab), and not documents pulled from the server', async () => {
    const { db, repo, tracker } = await setup();
    const doc = await repo.create(sample()); // local only when the tracker first looks
    await tracker.refresh();
    const other = await openAppDb();
    await shareDocs(other, [doc._id]);
    expect((await tracker.refresh()).map((w) => w.doc._id)).toEqual([doc._id]);

    const pulled = { ...doc, _id: 'scn_01890a5d-ac96-7b5c-a000-000000000001' };
    await applyPulled(
      db,
      'cp-team-x',
      [{ seq: 5, id: pulled._id, changes: [{ rev: rev(1, 'c') }], doc: { ...pulled, _rev: rev(1, 'c') } }],
      5,
      new Date(),
    );
    const waiting = await tracker.refresh();
    expect(waiting.map((w) => w.doc._id)).toEqual([doc._id]);
  });

  it('counts conflicts, and "keep mine" (a record changed without a log line) makes the scenario wait', async () => {
    const { db, repo, tracker } = await setup();
    const mine = await repo.create(sample());
    await markSynced(db, mine._id, mine._rev);
    await tracker.refresh();
    const edited = await repo.rename(mine, 'Mine');
    const theirs = { ...mine, _rev: rev(2, 'd'), name: 'Theirs', updatedBy: 'beto' };
    await applyPulled(
      db,
      'cp-team-x',
      [{ seq: 9, id: mine._id, changes: [{ rev: theirs._rev }], doc: theirs }],
      9,
      new Date(),
    );
    tracker.touch([mine._id]); // as the engine does with a pull's conflicts
    expect(await tracker.refresh()).toEqual([]);
    expect(tracker.conflicts).toBe(1);

    await resolveConflict(db, mine._id, 'mine');
    const waiting = await tracker.refresh();
    expect(tracker.conflicts).toBe(0);
    expect(waiting.map((w) => [w.doc._rev, w.doc.name, w.record.base])).toEqual([[edited._rev, 'Mine', theirs._rev]]);
  });

  it('looks at more ids than one page holds (a page per transaction) and misses none', async () => {
    const { db, repo, tracker } = await setup();
    const base = sample();
    const docs = await repo.createMany(
      Array.from({ length: 2 * PAGE + 3 }, (_, i) => ({ scenario: { ...base, name: `S${i}` } })),
    );
    await shareDocs(
      db,
      docs.map((d) => d._id),
    );
    expect(await tracker.refresh()).toHaveLength(docs.length);
    for (const d of docs.slice(0, PAGE + 1)) await markSynced(db, d._id, d._rev);
    const after = await tracker.refresh();
    expect(after.map((w) => w.doc._id)).toEqual(
      docs
        .slice(PAGE + 1)
        .map((d) => d._id)
        .sort(),
    );
  });
});
