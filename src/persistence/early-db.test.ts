import 'fake-indexeddb/auto'; // the IDB* classes idb checks values against
import { beforeEach, describe, expect, it } from 'vitest';
import { visibleEntries } from '../state/library-query';
import { allEntries } from './entries';
import { latestScenario, readAtStart } from './early-db';
import { freshIndexedDb, openRepo, sample } from './test-support/storage';
import { readUiSettings, writeUiSettings } from './ui-settings';

beforeEach(freshIndexedDb);

/** A clock one minute later on every call, so that each write is the latest. */
function ticking(): () => Date {
  let t = Date.UTC(2026, 0, 1);
  return () => new Date((t += 60_000));
}

/** The file the library opens at start (Library.start: the latest valid entry, its draft if any). */
async function libraryFirstFile(db: Awaited<ReturnType<typeof openRepo>>['db']): Promise<unknown> {
  const latest = visibleEntries(await allEntries(db), '', 'updated', 'en').find((e) => e.ok);
  return latest?.ok ? (latest.doc.draft?.file ?? latest.doc.scenario) : null;
}

describe('the scenario guessed at start for the engine to compute early', () => {
  it('is the one the library opens: the latest updated, deleted ones skipped', async () => {
    const { db, repo } = await openRepo(ticking());
    await repo.create(sample('bolivia-poultry-slaughterhouse'));
    const second = await repo.create(sample('colombia-green-credit-rebate'));
    const third = await repo.create(sample('bolivia-ep3-portfolio'));
    expect(latestScenario(await db.getAll('docs'))).toEqual({ id: third._id, file: third.scenario });
    await repo.remove(third);
    const guessed = latestScenario(await db.getAll('docs'))?.file;
    expect(guessed).toEqual(second.scenario);
    // Taken only when the very same text: the library's parsed copy writes out identically.
    expect(JSON.stringify(guessed)).toBe(JSON.stringify(await libraryFirstFile(db)));
  });

  it('is the draft as saved when it reads, and none while a cell of it does not read yet', async () => {
    const { db, repo } = await openRepo(ticking());
    const doc = await repo.create(sample());
    const file = { ...doc.scenario, name: 'Edited' } as Record<string, unknown>;
    const saved = await repo.saveDraft(doc, { file, typed: [] }, null);
    expect(latestScenario(await db.getAll('docs'))?.file).toEqual(file);
    expect(JSON.stringify(latestScenario(await db.getAll('docs'))?.file)).toBe(
      JSON.stringify(await libraryFirstFile(db)),
    );
    const hint = { key: 'formula.strayComma' as const, params: { example: '=MAX(1; 2)' } };
    await repo.saveDraft(saved, { file, typed: [{ path: ['name'], text: '=MAX(1,2)', hint }] }, null);
    expect(latestScenario(await db.getAll('docs'))?.file).toBeNull();
  });

  it('is none in an empty library', () => {
    expect(latestScenario([])).toBeNull();
  });
});

describe('the reads made at start', () => {
  it('bring the interface settings as stored, for the preferences to parse', async () => {
    const { db } = await openRepo();
    expect((await readAtStart(db)).uiSettings).toBeUndefined();
    await writeUiSettings(db, { version: 1, language: 'pt', figuresCollapsed: true });
    const reads = await readAtStart(db);
    expect(reads.uiSettings).toEqual({ version: 1, language: 'pt', figuresCollapsed: true });
    expect(await readUiSettings(db)).toEqual({ kind: 'found', settings: reads.uiSettings });
    expect(reads.latest).toBeNull();
    expect(reads.local).toEqual({ device: await db.get('local', 'device'), seed: undefined });
    expect(reads.local.device).toMatchObject({ deviceId: expect.stringMatching(/^dev_/) });
  });
});
