import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { blankScenario } from './blank';
import { ConflictError } from './errors';
import { HISTORY_LIMIT, keepVersion, listVersions } from './history';
import { freshIndexedDb, openRepo, sample, typedCell } from './test-support/storage';
import { assertOk, assertNotOk } from '../model/test-support/assert-result';
import { at } from '../model/checked';

beforeEach(freshIndexedDb);

describe('put with an expected revision', () => {
  it('writes a new document at revision 1 and logs the change', async () => {
    const { repo } = await openRepo();
    const doc = await repo.create(sample());
    expect(doc._id).toMatch(/^scn_[0-9a-f]{8}-[0-9a-f]{4}-7/);
    expect(doc._rev).toMatch(/^1-[0-9a-f]{32}$/);
    expect(doc.deviceId).toBe(repo.deviceId);
    expect(await repo.changesSince(0)).toEqual([{ seq: 1, id: doc._id, rev: doc._rev }]);
  });

  it('fails with a conflict when the revision has moved, and writes nothing', async () => {
    const { repo } = await openRepo();
    const first = await repo.create(sample());
    const renamed = await repo.rename(first, 'A');
    await expect(repo.rename(first, 'B')).rejects.toBeInstanceOf(ConflictError);
    const read = await repo.get(first._id);
    assertOk(read);
    expect(read.value).toMatchObject({ name: 'A', _rev: renamed._rev });
    expect((await repo.changesSince(0)).length).toBe(2);
  });

  it('never reuses an id, not even a deleted one', async () => {
    const { repo } = await openRepo();
    const doc = await repo.create(sample());
    const gone = await repo.remove(doc);
    await expect(
      repo.put({ _id: doc._id, type: 'scenario', name: 'x', scenario: sample() }, null),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(gone.deleted).toBe(true);
  });

  it('sees a write made through another connection (another tab) as a conflict', async () => {
    const a = await openRepo();
    const b = await openRepo();
    const doc = await a.repo.create(sample());
    await b.repo.rename(doc, 'from tab B');
    const err = await a.repo.rename(doc, 'from tab A').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect((err as ConflictError).actualRev).toMatch(/^2-/);
  });

  it('refuses an invalid scenario instead of storing it', async () => {
    const { repo } = await openRepo();
    const bad = { ...sample(), horizonYears: 0 };
    await expect(repo.create(bad)).rejects.toThrow(/horizonYears/);
    expect(await repo.all()).toEqual([]);
  });
});

describe('saving what the editor holds', () => {
  it('keeps the last valid scenario and, beside it, the draft as typed', async () => {
    const { repo } = await openRepo();
    const doc = await repo.create(sample());
    const file = { ...doc.scenario, discountRate: 'abc' } as Record<string, unknown>;
    const saved = await repo.saveDraft(doc, { file, typed: [typedCell(['discountRate'], '12,5,')] }, null);
    expect(saved.scenario).toEqual(doc.scenario);
    expect(saved.draft?.typed[0]?.text).toBe('12,5,');
    const valid = { ...doc.scenario, discountRate: 0.2 };
    const clean = await repo.saveDraft(saved, { file: valid, typed: [] }, valid);
    expect(clean.scenario.discountRate).toBe(0.2);
    expect(clean.draft).toBeUndefined();
  });

  it('takes the library name from the file being edited', async () => {
    const { repo } = await openRepo();
    const doc = await repo.create(blankScenario('Old'));
    const saved = await repo.saveDraft(
      doc,
      { file: { ...doc.scenario, name: 'New name', horizonYears: -1 }, typed: [] },
      null,
    );
    expect(saved.name).toBe('New name');
    expect(saved.scenario.name).toBe('Old');
  });
});

describe('reading records', () => {
  it('reports a record that does not parse, with its raw content, and keeps it', async () => {
    const { db, repo } = await openRepo();
    const raw = { _id: 'scn_broken', type: 'scenario', name: 42 };
    await db.put('docs', raw);
    const [entry] = await repo.list();
    expect(entry).toMatchObject({ ok: false, id: 'scn_broken', raw });
    assertNotOk(entry);
    expect(entry.problem).toContain('_rev');
    // A new document can never take its place.
    await expect(
      repo.put({ _id: 'scn_broken', type: 'scenario', name: 'x', scenario: sample() } as never, null),
    ).rejects.toThrow();
    expect(await db.get('docs', 'scn_broken')).toEqual(raw);
  });

  it('lists neither tombstones nor anything else deleted, and undelete brings one back', async () => {
    const { repo } = await openRepo();
    const keep = await repo.create(blankScenario('keep'));
    const gone = await repo.remove(await repo.create(blankScenario('gone')));
    expect((await repo.list()).map((e) => e.ok && e.doc.name)).toEqual(['keep']);
    await repo.undelete(gone);
    expect((await repo.list()).map((e) => e.ok && e.doc.name).sort()).toEqual(['gone', 'keep']);
    expect(keep.deleted).toBeUndefined();
  });
});

describe('history', () => {
  it('keeps a version once per revision, newest first, at most 50', async () => {
    let t = Date.parse('2026-01-01T00:00:00Z');
    const { db, repo } = await openRepo(() => new Date((t += 1000)));
    let doc = await repo.create(blankScenario('v0'));
    await keepVersion(db, doc._id, repo.deviceId);
    expect(await keepVersion(db, doc._id, repo.deviceId)).toBeNull(); // same revision: not kept twice
    for (let i = 1; i <= HISTORY_LIMIT + 5; i++) {
      doc = await repo.rename(doc, `v${i}`);
      await keepVersion(db, doc._id, repo.deviceId);
    }
    const versions = await listVersions(db, doc._id);
    expect(versions.length).toBe(HISTORY_LIMIT);
    assertOk(versions[0]);
    expect(versions[0].value.name).toBe(`v${HISTORY_LIMIT + 5}`);
    const oldest = versions.at(-1);
    assertOk(oldest);
    expect(oldest.value.name).toBe('v6');
  });

  it('restores a version, keeping the current content as a version first', async () => {
    const { db, repo } = await openRepo();
    const first = await repo.create(blankScenario('first'));
    await keepVersion(db, first._id, repo.deviceId);
    const second = await repo.rename(first, 'second');
    const old = at(await listVersions(db, first._id), 0, 'kept version');
    if (!old.ok) throw new Error(old.problem);
    const restored = await repo.restore(second, old.value);
    expect(restored.name).toBe('first');
    const names = (await listVersions(db, first._id)).map((v) => v.ok && v.value.name);
    expect(names).toEqual(['first', 'second', 'first']);
  });
});
