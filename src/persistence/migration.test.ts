import 'fake-indexeddb/auto';
import { writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION, DbOpenError, openAppDb, UPGRADES } from './app-db';
import { keepVersion, listVersions } from './history';
import { loadDeviceId, readLocal } from './local';
import { ScenarioRepository } from './repository';
import { SAMPLES, seedSamples } from './seed';
import { dumpDb, loadDb, readDump } from './test-support/db-fixture';
import { freshIndexedDb, loadSample, openRepo, typedCell } from './test-support/storage';
import { readUiSettings, writeUiSettings } from './ui-settings';

beforeEach(freshIndexedDb);

/** Opens a fixture's database with today's code, as the app does at start. */
async function openFixture(file: string) {
  await loadDb(readDump(file));
  return openRepo();
}

describe('a database of version 1 (interface settings only)', () => {
  it('is upgraded keeping the settings, and gets an empty library ready for the samples', async () => {
    const { db, repo } = await openFixture('v1.json');
    expect(db.version).toBe(DB_VERSION);
    expect(await readUiSettings(db)).toEqual({ kind: 'found', settings: { version: 1, language: 'pt' } });
    expect(await repo.list()).toEqual([]);
    expect((await seedSamples(repo, loadSample)).seeded).toEqual([...SAMPLES]);
  });
});

describe('a database of version 2', () => {
  it('reads every scenario, tombstone, version and change as it was written', async () => {
    const dump = readDump('v2.json');
    const { db, repo } = await openFixture('v2.json');
    expect(repo.deviceId).toBe((dump.stores.local.records.find((r) => r.key === 'device')?.value as { deviceId: string }).deviceId);
    const all = await repo.all();
    expect(all.every((e) => e.ok)).toBe(true);
    expect(all.length).toBe(6);
    const names = (await repo.list()).map((e) => e.ok && e.doc.name).sort();
    expect(names).toContain('Renamed poultry scenario');
    expect(names.length).toBe(5); // one of the six is a tombstone
    const renamed = (await repo.list()).find((e) => e.ok && e.doc.name === 'Renamed poultry scenario');
    expect(renamed?.ok && (await listVersions(db, renamed.doc._id)).length).toBe(2);
    expect((await repo.changesSince(0)).length).toBe(dump.stores.changes.records.length);
    // Nothing seeded twice; a sample added in a later release (the sixth) reaches existing users.
    expect((await seedSamples(repo, loadSample)).seeded).toEqual(['colombia-dairy-verified-rebate']);
  });
});

describe('a half-migrated database', () => {
  it('(first run stopped after two samples) finishes seeding without duplicates', async () => {
    const { repo, db } = await openFixture('v2-half-migrated.json');
    expect((await repo.list()).length).toBe(2);
    const report = await seedSamples(repo, loadSample);
    expect(report.seeded).toEqual(SAMPLES.slice(2));
    expect((await repo.list()).length).toBe(SAMPLES.length);
    const seed = await readLocal(db, 'seed');
    expect(seed?.ok && seed.value.samples.length).toBe(SAMPLES.length);
  });

  describe('(an upgrade that fails half-way)', () => {
    const real = UPGRADES[2]!;
    afterEach(() => {
      UPGRADES[2] = real;
    });

    it('leaves version 1 as it was, and the next start upgrades it', async () => {
      await loadDb(readDump('v1.json'));
      UPGRADES[2] = (db, tx) => {
        real(db, tx);
        throw new Error('the tab was closed during the upgrade');
      };
      await expect(openAppDb()).rejects.toBeInstanceOf(DbOpenError);
      UPGRADES[2] = real;
      const old = await openAppDb(DB_NAME, { version: 1 });
      expect([...old.objectStoreNames]).toEqual(['settings']);
      old.close();
      const { db } = await openRepo();
      expect([...db.objectStoreNames].sort()).toEqual(['changes', 'docs', 'history', 'local', 'portfolio', 'settings']);
      expect(await readUiSettings(db)).toMatchObject({ kind: 'found' });
    });
  });
});

// MAKE_DB_FIXTURES=1 npx vitest run src/persistence/migration: writes a fixture for the version
// this code ships. Run it once per new DB_VERSION and never rewrite an older version's file.
describe.runIf(process.env.MAKE_DB_FIXTURES)('making fixtures', () => {
  const out = (file: string, data: unknown) => writeFileSync(new URL(`../../test/fixtures/db/${file}`, import.meta.url), `${JSON.stringify(data, null, 1)}\n`);

  it('of version 1, by running version 1 (openDB with its one upgrade step)', async () => {
    const db = await openAppDb(DB_NAME, { version: 1 });
    await writeUiSettings(db, { version: 1, language: 'pt' });
    db.close();
    out('v1.json', await dumpDb(DB_NAME, 'Version 1 as shipped: the settings store with the interface language.'));
  });

  it('of version 2 and a half-migrated one', async () => {
    const v1 = await openAppDb(DB_NAME, { version: 1 });
    await writeUiSettings(v1, { version: 1, language: 'es' });
    v1.close();
    const db = await openAppDb();
    const repo = new ScenarioRepository(db, await loadDeviceId(db));
    await seedSamples(repo, (name) => (SAMPLES.indexOf(name as never) < 2 ? loadSample(name) : Promise.reject(new Error('offline'))));
    db.close();
    out('v2-half-migrated.json', await dumpDb(DB_NAME, 'Version 2, upgraded from 1, whose first run stopped after seeding two of the five samples.'));
    const again = await openRepo();
    await seedSamples(again.repo, loadSample);
    const [first, second] = (await again.repo.list()).flatMap((e) => (e.ok ? [e.doc] : []));
    await keepVersion(again.db, first._id, again.repo.deviceId);
    const renamed = await again.repo.rename(first, 'Renamed poultry scenario');
    await keepVersion(again.db, renamed._id, again.repo.deviceId);
    await again.repo.saveDraft(renamed, { file: { ...renamed.scenario, discountRate: 'x' }, typed: [typedCell(['discountRate'], '12,,5')] }, null);
    await again.repo.remove(second);
    await again.repo.create({ ...second.scenario, name: 'A new one' });
    again.db.close();
    out('v2.json', await dumpDb(DB_NAME, 'Version 2: seeded, one renamed with two kept versions and a draft, one deleted (tombstone), one created.'));
  });
});
