/**
 * Reading a large library without freezing the page (#13): pages in key order with nothing lost
 * or repeated, work cut into slices with the event loop let in between, and the library's rows
 * read that way equal to the one-read list.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { allEntries, entriesOf } from './entries';
import { mapInSlices, pagesOf, PAGE } from './paged';
import { freshIndexedDb, openRepo, sample } from './test-support/storage';

beforeEach(freshIndexedDb);

describe('paged reading', () => {
  it('reads a store a page at a time, in key order, every record once', async () => {
    const { db } = await openRepo();
    const ids = Array.from({ length: 2 * PAGE + 50 }, (_, i) => `id-${String(i).padStart(4, '0')}`);
    const tx = db.transaction('sync', 'readwrite');
    for (const id of [...ids].reverse()) await tx.store.put({ id, base: null, localRev: null });
    await tx.done;
    const pages: unknown[][] = [];
    for await (const page of pagesOf(db, 'sync')) pages.push(page);
    expect(pages.map((p) => p.length)).toEqual([PAGE, PAGE, 50]);
    expect(pages.flat().map((r) => (r as { id: string }).id)).toEqual(ids);
  });

  it('ends after a last full page, and reads an empty store as no page', async () => {
    const { db } = await openRepo();
    const empty: unknown[][] = [];
    for await (const page of pagesOf(db, 'sync')) empty.push(page);
    expect(empty).toEqual([]);
    const tx = db.transaction('sync', 'readwrite');
    for (let i = 0; i < 3; i++) await tx.store.put({ id: `id-${i}`, base: null, localRev: null });
    await tx.done;
    const pages: unknown[][] = [];
    for await (const page of pagesOf(db, 'sync', 3)) pages.push(page);
    expect(pages.map((p) => p.length)).toEqual([3]);
  });

  it('lets the event loop run between slices of work, not inside one', async () => {
    let clock = 0;
    const seen: string[] = [];
    setTimeout(() => seen.push('timer'), 0);
    // Each item "takes" 3 ms: with 8 ms slices, the timer runs after the third item.
    const out = await mapInSlices(
      [1, 2, 3, 4, 5, 6],
      (n) => {
        clock += 3;
        seen.push(String(n));
        return n * 2;
      },
      8,
      () => clock,
    );
    expect(out).toEqual([2, 4, 6, 8, 10, 12]);
    expect(seen).toEqual(['1', '2', '3', 'timer', '4', '5', '6']);
  });

  it('reads the library page by page as the one read does, unreadable records and tombstones included', async () => {
    const { db, repo } = await openRepo();
    const base = sample();
    const docs = await repo.createMany(
      Array.from({ length: PAGE + 7 }, (_, i) => ({ scenario: { ...base, name: `S${i}` } })),
    );
    const first = docs[0];
    if (!first) throw new Error('nothing created');
    await repo.remove(first);
    await db.put('docs', { _id: 'scn_broken', name: 42 });
    const paged = await allEntries(db);
    expect(paged).toHaveLength(PAGE + 8);
    const byId = (e: (typeof paged)[number]) => (e.ok ? e.doc._id : e.id);
    expect(paged.map(byId).sort()).toEqual((await repo.all()).map(byId).sort());
    expect(paged.find((e) => !e.ok)).toMatchObject({ ok: false, id: 'scn_broken' });
    expect(paged.find((e) => e.ok && e.doc._id === first._id)).toMatchObject({ ok: true, doc: { deleted: true } });
  });

  it('reads rows by id, and names the ids that have no record', async () => {
    const { db, repo } = await openRepo();
    const a = await repo.create(sample());
    const { entries, missing } = await entriesOf(db, [a._id, 'scn_gone']);
    expect(entries).toEqual([{ ok: true, doc: a }]);
    expect(missing).toEqual(['scn_gone']);
  });
});
