import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SAMPLES } from '../persistence/seed';
import { readAtStart, type StartReads } from '../persistence/early-db';
import { openStorage } from '../persistence/storage';
import { PAGE } from '../persistence/paged';
import { allEntries, entryId, type Entry } from '../persistence/entries';
import type { ChangeRow } from '../persistence/sync/couch-api';
import { applyPulled } from '../persistence/sync/sync-apply';
import { syncTx, type SyncRecord } from '../persistence/sync/sync-store';
import { freshIndexedDb, loadSample, sample } from '../persistence/test-support/storage';
import { Library } from './library.svelte';
import { ScenarioEditor } from './scenario-editor.svelte';

let opened: Library[] = [];

/** One tab of the app: an editor and a library on the shared (fake) IndexedDB. */
async function startTab(channel = 'test'): Promise<{ library: Library; editor: ScenarioEditor }> {
  const editor = new ScenarioEditor(() => 'en');
  const library = new Library({ connect: () => openStorage(), loadSample, editor, channel });
  opened.push(library);
  await library.start();
  return { library, editor };
}

beforeEach(freshIndexedDb);
afterEach(() => {
  for (const l of opened) l.close();
  opened = [];
});

/** What src/boot.ts reads at start (early-db.ts), from the database as it is now. */
async function startReads(): Promise<StartReads> {
  const storage = await openStorage();
  const reads = await readAtStart(storage.db);
  storage.db.close();
  return reads;
}

const names = (l: Library) => l.visible('en').map((e) => (e.ok ? e.doc.name : `!${e.id}`));

describe('the library', () => {
  it('seeds the samples on the first run only, and opens the latest', async () => {
    const { library, editor } = await startTab();
    expect(library.phase).toEqual({ kind: 'ready' });
    expect(library.seedReport?.seeded).toEqual([...SAMPLES]);
    expect(library.entries.length).toBe(SAMPLES.length);
    expect(editor.file.name).toBe(library.open?.name);
    const again = await startTab();
    expect(again.library.seedReport?.seeded).toEqual([]);
    expect(again.library.entries.length).toBe(SAMPLES.length);
  });

  it('takes the seeding marker read at start instead of reading it again', async () => {
    const editor = new ScenarioEditor(() => 'en');
    // A marker naming every sample, on an empty database: trusted, so nothing is seeded.
    const reads = await startReads();
    const atStart = () => Promise.resolve({ ...reads, local: { ...reads.local, seed: { samples: [...SAMPLES] } } });
    const library = new Library({ connect: () => openStorage(), loadSample, editor, channel: 'g', atStart });
    opened.push(library);
    await library.start();
    expect(library.seedReport).toEqual({ seeded: [], failed: [] });
    expect(library.entries).toEqual([]);
  });

  it('seeds in the user language, and a sample picked again in that language comes as "(2)"', async () => {
    const editor = new ScenarioEditor(() => 'en');
    const library = new Library({
      connect: () => openStorage(),
      loadSample,
      editor,
      channel: 'es',
      sampleLanguage: () => Promise.resolve('es'),
    });
    opened.push(library);
    await library.start();
    const peru = 'Tintorería textil, Perú: préstamo garantizado de producción más limpia';
    expect(names(library)).toContain(peru);
    const copy = await library.create('x', 'peru-textile-guaranteed-loan', 'es-CO');
    expect(copy.name).toBe(`${peru} (2)`);
    expect(copy.scenario.measures[0]?.name).toBe('Caldera de alta eficiencia');
    // In English the sample's own name, free in this library: no "(2)".
    const english = await library.create('x', 'peru-textile-guaranteed-loan', 'en-US');
    expect(english.name).toBe('Textile dye house, Peru: guaranteed cleaner production loan');
  });

  it('searches without regard to case or accents, and sorts by name or last change', async () => {
    const { library } = await startTab();
    await library.create('Água e energia');
    library.sort = 'name';
    expect(names(library)[0]).toBe('Água e energia');
    library.query = 'AGUA';
    expect(names(library)).toEqual(['Água e energia']);
    library.query = '';
    library.sort = 'updated';
    expect(names(library)[0]).toBe('Água e energia');
  });

  it('deletes with undo, across a reload', async () => {
    const { library } = await startTab();
    const doc = await library.create('Temporary');
    await library.remove(doc);
    expect(names(library)).not.toContain('Temporary');
    expect(library.open).toBeNull();
    await library.undoRemove();
    const later = await startTab();
    expect(names(later.library)).toContain('Temporary');
  });

  it('deletes permanently, and empties the bin: nothing of the content is left in the store', async () => {
    const { library } = await startTab();
    const a = await library.create('Secret A');
    const b = await library.create('Secret B');
    await library.remove(a);
    expect(library.binCount).toBe(1);
    await library.eraseDeleted();
    expect(library.binCount).toBe(0);
    expect(library.deleted).toBeNull();
    await library.remove(b);
    expect(await library.emptyBin()).toBe(1);
    const later = await startTab();
    expect(later.library.entries.some((e) => !e.ok)).toBe(false);
    const stored = JSON.stringify(await later.library.storage.db.getAll('docs'));
    expect(stored).not.toContain('Secret');
  });

  it('renames and duplicates, keeping ids apart', async () => {
    const { library } = await startTab();
    const doc = await library.create('First');
    const renamed = await library.rename(doc, 'Renamed');
    const copy = await library.duplicate(renamed, 'Renamed (copy)');
    expect(copy._id).not.toBe(doc._id);
    expect(names(library)).toEqual(expect.arrayContaining(['Renamed', 'Renamed (copy)']));
  });

  it('shows a record that cannot be read, with its raw content, first in the list', async () => {
    const { library } = await startTab();
    await library.storage.db.put('docs', { _id: 'scn_broken', type: 'scenario' });
    await library.refresh();
    expect(names(library)[0]).toBe('!scn_broken');
    await library.openScenario('scn_broken');
    expect(library.openProblem?.raw).toEqual({ _id: 'scn_broken', type: 'scenario' });
  });

  it('shows the recovery screen when the database does not open', async () => {
    const editor = new ScenarioEditor(() => 'en');
    const library = new Library({ connect: () => Promise.reject(new Error('disabled')), loadSample, editor });
    let ready = false;
    void library.ready.then(() => (ready = true));
    await library.start();
    expect(library.phase).toEqual({ kind: 'failed', reason: 'failed', detail: 'disabled' });
    await Promise.resolve();
    expect(ready).toBe(false);
  });

  it('is ready once open and listed', async () => {
    const editor = new ScenarioEditor(() => 'en');
    const library = new Library({ connect: () => openStorage(), loadSample, editor });
    opened.push(library);
    let listed = -1;
    void library.ready.then(() => (listed = library.entries.length));
    await library.start();
    expect(listed).toBe(SAMPLES.length);
  });

  it('tells another tab of each write, which refreshes its list', async () => {
    const a = await startTab();
    const b = await startTab();
    await a.library.create('Made in tab A');
    await vi.waitFor(() => expect(names(b.library)).toContain('Made in tab A'));
  });

  it('takes many documents written by the team sync into the list a page at a time, dropping those erased', async () => {
    const { library } = await startTab();
    const { repo, db } = library.storage;
    const base = sample();
    const docs = await repo.createMany(
      Array.from({ length: 2 * PAGE + 5 }, (_, i) => ({ scenario: { ...base, name: `Team ${i}` } })),
    );
    const seeded = library.entries.length;
    const sizes = new Set<number>();
    const watch = setInterval(() => sizes.add(library.entries.length), 0);
    await library.syncedDocs([...docs.map((d) => d._id), 'scn_erased']);
    clearInterval(watch);
    expect(library.entries.length).toBe(seeded + docs.length);
    // Seen between the first and the last page: the list grew while the rest was read.
    expect([...sizes].some((n) => n > seeded && n < seeded + docs.length)).toBe(true);
    const first = docs[0];
    if (!first) throw new Error('nothing created');
    await db.delete('docs', first._id);
    await library.syncedDocs([first._id]);
    expect(library.entries.some((e) => e.ok && e.doc._id === first._id)).toBe(false);
  });

  it('takes the documents a pull stored as they are, and the list equals the list read afresh from the store', async () => {
    const { library } = await startTab();
    const { repo, db } = library.storage;
    const rev = (n: number, c: string) => `${n}-${c.repeat(32)}`;
    const base = sample();
    const [kept, gone, mine] = await repo.createMany(
      ['Kept', 'Gone', 'Mine'].map((name) => ({ scenario: { ...base, name } })),
    );
    if (!kept || !gone || !mine) throw new Error('nothing created');
    const tx = syncTx(db);
    for (const d of [kept, gone, mine])
      await tx.objectStore('sync').put({ id: d._id, base: d._rev, localRev: d._rev } satisfies SyncRecord);
    await tx.done;
    await library.refresh();
    await library.openScenario(kept._id);
    const remote = vi.fn();
    library.onRemoteChange = remote;
    await repo.rename(mine, 'Mine, edited here'); // pending: the server's change is a conflict
    const fresh = (i: number) => `scn_01890a5d-ac96-7b5c-a000-00000000000${i}`;
    const rows: ChangeRow[] = [
      ...[1, 2].map((i) => ({
        seq: i,
        id: fresh(i),
        changes: [{ rev: rev(1, 'a') }],
        doc: { ...kept, _id: fresh(i), _rev: rev(1, 'a'), name: `New ${i}`, updatedBy: 'beto' },
      })),
      { seq: 3, id: fresh(3), changes: [{ rev: rev(1, 'b') }], doc: { _id: fresh(3), nonsense: true } },
      {
        seq: 4,
        id: kept._id,
        changes: [{ rev: rev(2, 'c') }],
        doc: { ...kept, _rev: rev(2, 'c'), name: 'Kept, theirs' },
      },
      { seq: 5, id: gone._id, changes: [{ rev: rev(2, 'd') }], deleted: true },
      { seq: 6, id: mine._id, changes: [{ rev: rev(2, 'e') }], doc: { ...mine, _rev: rev(2, 'e'), name: 'Theirs' } },
      { seq: 7, id: fresh(4), changes: [{ rev: rev(2, 'f') }], deleted: true }, // never here: nothing stored
    ];
    const report = await applyPulled(db, 'cp-team-x', rows, 7, new Date());
    expect(report.quarantined).toEqual([fresh(3)]);
    expect(report.conflicts).toEqual([mine._id]);
    expect([...report.written.keys()].sort()).toEqual([fresh(1), fresh(2), kept._id, gone._id].sort());
    await library.syncedDocs([...report.stored, ...report.conflicts], report.written);

    const byId = (list: Entry[]) => [...list].sort((a, b) => entryId(a).localeCompare(entryId(b)));
    expect(byId(library.entries)).toEqual(byId(await allEntries(db)));
    // Taken as the pull gave them, not read back.
    const listed = library.entries.find((e) => e.ok && e.doc._id === fresh(1));
    expect(listed?.ok && listed.doc).toBe(report.written.get(fresh(1)));
    expect(names(library)).not.toContain('Gone');
    expect(names(library)).toContain('Mine, edited here');
    // The open scenario changed on the server: offered as before.
    expect(remote).toHaveBeenCalledWith(expect.objectContaining({ id: kept._id, rev: rev(2, 'c') }));
  });
});
