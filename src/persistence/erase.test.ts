import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyBin, erase, compactChanges } from './erase';
import { keepVersion, listVersions } from './history';
import { readOptimiseSettings, writeOptimiseSettings } from './optimise-settings';
import { freshIndexedDb, openRepo, sample } from './test-support/storage';
import { at } from '../model/checked';

beforeEach(freshIndexedDb);

/** Every stored byte about a scenario, as text: where confidential figures could still hide. */
async function storedAbout(db: Awaited<ReturnType<typeof openRepo>>['db'], id: string): Promise<string> {
  const doc: unknown = await db.get('docs', id);
  const versions = await listVersions(db, id);
  const changes = (await db.getAll('changes')).filter((c) => (c as { id: string }).id === id);
  return JSON.stringify({ doc, versions, changes });
}

describe('delete permanently', () => {
  it('leaves only id, revision and the deleted flag; no version; one line in the changes log', async () => {
    const { db, repo } = await openRepo();
    const doc = await repo.create(sample());
    await keepVersion(db, doc._id, repo.deviceId);
    const renamed = await repo.rename(doc, 'Confidential plant');
    await keepVersion(db, doc._id, repo.deviceId);
    const gone = await repo.remove(renamed);
    expect(await storedAbout(db, doc._id)).toContain('Confidential plant');

    const stub = await erase(repo, gone);
    expect(await db.get('docs', doc._id)).toEqual({ _id: doc._id, _rev: stub._rev, deleted: true });
    expect(Number.parseInt(stub._rev, 10)).toBe(Number.parseInt(gone._rev, 10) + 1);
    expect(await listVersions(db, doc._id)).toEqual([]);
    expect(await repo.changesSince(0)).toEqual([
      expect.objectContaining({ id: doc._id, rev: stub._rev, deleted: true }),
    ]);
    const stored = await storedAbout(db, doc._id);
    expect(stored).not.toContain('Confidential');
    expect(stored).not.toContain(at(sample().measures, 0).name);
  });

  it("removes the scenario's best-package settings (its budget), and only its own", async () => {
    const { db, repo } = await openRepo();
    const doc = await repo.create(sample());
    const other = await repo.create(sample());
    const settings = { version: 1 as const, budget: 123_456, roles: {}, minReduction: null };
    await writeOptimiseSettings(db, doc._id, settings);
    await writeOptimiseSettings(db, other._id, settings);
    await erase(repo, await repo.remove(doc));
    expect(await readOptimiseSettings(db, doc._id)).toBeNull();
    expect(await readOptimiseSettings(db, other._id)).toEqual(settings);
  });

  it('is neither a library entry nor an unreadable record afterwards, and its id is never reused', async () => {
    const { repo } = await openRepo();
    const doc = await repo.create(sample());
    await erase(repo, doc);
    expect(await repo.all()).toEqual([]);
    await expect(repo.put({ ...doc, deleted: undefined } as never, null)).rejects.toThrow();
  });

  it('refuses a stale revision (another tab changed it first)', async () => {
    const { repo } = await openRepo();
    const doc = await repo.create(sample());
    await repo.rename(doc, 'Newer');
    await expect(erase(repo, doc)).rejects.toMatchObject({ name: 'ConflictError' });
    expect((await repo.list()).length).toBe(1);
  });
});

describe('emptying the bin', () => {
  it('erases every deleted scenario, keeps the others whole, and compacts the changes log', async () => {
    const { db, repo } = await openRepo();
    const kept = await repo.create(sample());
    const renamed = await repo.rename(kept, 'Still here');
    const a = await repo.remove(await repo.create(sample()));
    const b = await repo.remove(await repo.create(sample()));
    await keepVersion(db, renamed._id, repo.deviceId);
    expect((await repo.changesSince(0)).length).toBe(6);

    expect((await emptyBin(repo)).sort()).toEqual([a._id, b._id].sort());
    expect(await repo.all()).toEqual([
      expect.objectContaining({ ok: true, doc: expect.objectContaining({ _id: kept._id, name: 'Still here' }) }),
    ]);
    expect((await listVersions(db, kept._id)).length).toBe(1);
    const changes = await repo.changesSince(0);
    expect(changes.map((c) => [c.id, c.rev, c.deleted ?? false]).sort()).toEqual(
      [
        [kept._id, renamed._rev, false],
        [a._id, expect.any(String), true],
        [b._id, expect.any(String), true],
      ].sort(),
    );
    expect(await compactChanges(repo)).toBe(0);
  });
});
