import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { DB_NAME, openAppDb } from './app-db';
import { pruneCached, readAllCached, revisionKey, writeCached } from './portfolio-cache';
import { freshIndexedDb } from './test-support/storage';

beforeEach(freshIndexedDb);

describe('the portfolio cache', () => {
  it('reads every record in pages, each value under its own key, the last page short or empty', async () => {
    const db = await openAppDb(DB_NAME);
    const records = Array.from({ length: 7 }, (_, i) => ({ key: `k${i}`, value: { n: i } }));
    await writeCached(db, records);
    let pauses = 0;
    for (const page of [1, 2, 3, 7, 100]) {
      const all = await readAllCached(db, page, () => Promise.resolve(void pauses++));
      expect([...all.entries()]).toEqual(records.map((r) => [r.key, r.value]));
    }
    // Pages of 1, 2, 3, 7 give 7, 3, 2, 1 pauses (a full last page is followed by an empty one).
    expect(pauses).toBe(13);
    db.close();
  });

  it('keys a revision by salt, document and revision, and prunes what is not kept', async () => {
    const db = await openAppDb(DB_NAME);
    const a = revisionKey('salt-1', 'doc', '1-aa');
    expect(new Set([a, revisionKey('salt-2', 'doc', '1-aa'), revisionKey('salt-1', 'doc', '2-bb')]).size).toBe(3);
    await writeCached(db, [
      { key: a, value: 'hash-a' },
      { key: 'hash-a', value: { ok: true } },
      { key: 'hash-old', value: { ok: true } },
    ]);
    expect(await pruneCached(db, new Set([a, 'hash-a']))).toBe(1);
    expect([...(await readAllCached(db)).keys()].sort()).toEqual(['hash-a', a].sort());
    db.close();
  });
});
