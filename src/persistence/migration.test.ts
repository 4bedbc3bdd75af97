import 'fake-indexeddb/auto';
import { writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION, DbOpenError, openAppDb, UPGRADES, type AppDb } from './app-db';
import { keepVersion, listVersions } from './history';
import { loadDeviceId, readLocal } from './local';
import { ScenarioRepository } from './repository';
import { SAMPLES, seedSamples } from './seed';
import { dumpDb, loadDb, readDump } from './test-support/db-fixture';
import { freshIndexedDb, loadSample, openRepo, typedCell } from './test-support/storage';
import { readUiSettings, writeUiSettings } from './ui-settings';
import { assertOk } from '../model/test-support/assert-result';
import { at } from '../model/checked';

/** The object stores of the current version, sorted. */
const STORES = ['changes', 'docs', 'history', 'local', 'portfolio', 'quarantine', 'settings', 'sync', 'team'];

beforeEach(freshIndexedDb);

/** Opens a fixture's database with today's code, as the app does at start. */
async function openFixture(file: string) {
  await loadDb(readDump(file));
  return openRepo();
}

/** A store's records in a dump; a test naming a store the dump lacks fails here, by name. */
function recordsOf(dump: ReturnType<typeof readDump>, store: string) {
  const found = dump.stores[store];
  if (!found) throw new Error(`the dump has no store ${store}`);
  return found.records;
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
    expect(repo.deviceId).toBe(
      (recordsOf(dump, 'local').find((r) => r.key === 'device')?.value as { deviceId: string }).deviceId,
    );
    const all = await repo.all();
    expect(all.every((e) => e.ok)).toBe(true);
    expect(all.length).toBe(6);
    const names = (await repo.list()).map((e) => e.ok && e.doc.name).sort();
    expect(names).toContain('Renamed poultry scenario');
    expect(names.length).toBe(5); // one of the six is a tombstone
    const renamed = (await repo.list()).find((e) => e.ok && e.doc.name === 'Renamed poultry scenario');
    expect(renamed?.ok && (await listVersions(db, renamed.doc._id)).length).toBe(2);
    expect((await repo.changesSince(0)).length).toBe(recordsOf(dump, 'changes').length);
    // Nothing seeded twice; a sample added in a later release (the sixth) reaches existing users.
    expect((await seedSamples(repo, loadSample)).seeded).toEqual(['colombia-dairy-verified-rebate']);
  });
});

describe('a database of version 2, upgraded to version 3 (CouchDB revisions, authors)', () => {
  const oldRevs = (dump: ReturnType<typeof readDump>, store: string, field: string) =>
    recordsOf(dump, store).map((r) => [r.key, (r.value as Record<string, string>)[field]] as const);

  it('widens every revision to 32 hex digits, the same old revision to the same new one everywhere', async () => {
    const dump = readDump('v2.json');
    const { db, repo } = await openFixture('v2.json');
    const docs = (await repo.all()).flatMap((e) => (e.ok ? [e.doc] : []));
    expect(docs.length).toBe(6);
    for (const [key, old] of oldRevs(dump, 'docs', '_rev')) {
      expect(old).toMatch(/^\d+-[0-9a-f]{26}$/);
      const doc = docs.find((d) => d._id === key);
      expect(doc?._rev).toMatch(/^\d+-[0-9a-f]{32}$/);
      expect(old !== undefined && doc?._rev.startsWith(old)).toBe(true); // write count and hash kept, only extended
      expect(doc?.updatedBy).toBeNull(); // written with no team
    }
    const changes = await repo.changesSince(0);
    const oldChanges = oldRevs(dump, 'changes', 'rev');
    expect(changes.map((c) => c.rev.slice(0, -6))).toEqual(oldChanges.map(([, rev]) => rev));
    // The newest change of each document names the document's current revision.
    for (const doc of docs) expect(changes.filter((c) => c.id === doc._id).at(-1)?.rev).toBe(doc._rev);
    const renamed = docs.find((d) => d.name === 'Renamed poultry scenario');
    const versions = renamed ? await listVersions(db, renamed._id) : [];
    expect(versions.length).toBe(2);
    // A kept version names a revision that the changes log also names (both widened alike).
    for (const v of versions) expect(v.ok && changes.some((c) => c.rev === v.value.rev)).toBe(true);
    expect([...db.objectStoreNames].sort()).toEqual(STORES);
  });

  it('writes after the upgrade continue from the widened revision, with the author when a team is connected', async () => {
    const { repo } = await openFixture('v2.json');
    const first = at(
      (await repo.list()).flatMap((e) => (e.ok ? [e.doc] : [])),
      0,
      'scenario',
    );
    repo.author = 'ana.perez';
    const next = await repo.rename(first, 'After the upgrade');
    expect(Number.parseInt(next._rev, 10)).toBe(Number.parseInt(first._rev, 10) + 1);
    expect(next.updatedBy).toBe('ana.perez');
  });

  it('an unreadable record stays unreadable and is still kept (only its revision widened)', async () => {
    const dump = readDump('v2.json');
    const docs = recordsOf(dump, 'docs');
    const stored = at(docs, 0, 'stored scenario');
    docs[0] = { key: stored.key, value: { ...(stored.value as Record<string, unknown>), name: 42 } };
    await loadDb(dump);
    const { repo } = await openRepo();
    const bad = (await repo.all()).filter((e) => !e.ok);
    expect(bad.length).toBe(1);
    expect(at(bad, 0).ok === false && (at(bad, 0).raw as { _rev: string })._rev).toMatch(/^\d+-[0-9a-f]{32}$/);
  });

  describeFailedUpgrade(3, {
    unchanged: async (old) => {
      const raw = (await old.getAll('docs')) as { _rev: string }[];
      expect(raw.every((d) => /^\d+-[0-9a-f]{26}$/.test(d._rev))).toBe(true);
    },
    upgraded: async ({ repo }) => expect((await repo.all()).every((e) => e.ok)).toBe(true),
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
    assertOk(seed);
    expect(seed.value.samples.length).toBe(SAMPLES.length);
  });

  describeFailedUpgrade(2, {
    unchanged: (old) => expect([...old.objectStoreNames]).toEqual(['settings']),
    upgraded: async ({ db }) => {
      expect([...db.objectStoreNames].sort()).toEqual(STORES);
      expect(await readUiSettings(db)).toMatchObject({ kind: 'found' });
    },
  });
});

// MAKE_DB_FIXTURES=1 npx vitest run src/persistence/migration: writes a fixture for the version
// this code ships. Run it once per new DB_VERSION and never rewrite an older version's file.
describe.runIf(process.env.MAKE_DB_FIXTURES)('making fixtures', () => {
  const out = (file: string, data: unknown) =>
    writeFileSync(new URL(`../../test/fixtures/db/${file}`, import.meta.url), `${JSON.stringify(data, null, 1)}\n`);

  it('of version 1, by running version 1 (openDB with its one upgrade step)', async () => {
    const db = await openAppDb(DB_NAME, { version: 1 });
    await writeUiSettings(db, { version: 1, language: 'pt' });
    db.close();
    out('v1.json', await dumpDb(DB_NAME, 'Version 1 as shipped: the settings store with the interface language.'));
  });

  // Versions 1 and 2 are frozen (their files were made by the code that shipped them); today's
  // code writes version 3 records, so this now makes v3.json.
  it('of version 3', async () => {
    const v1 = await openAppDb(DB_NAME, { version: 1 });
    await writeUiSettings(v1, { version: 1, language: 'es' });
    v1.close();
    const db = await openAppDb();
    const repo = new ScenarioRepository(db, await loadDeviceId(db));
    await seedSamples(repo, (name) =>
      SAMPLES.indexOf(name as never) < 2 ? loadSample(name) : Promise.reject(new Error('offline')),
    );
    db.close();

    const again = await openRepo();
    await seedSamples(again.repo, loadSample);
    const listed = (await again.repo.list()).flatMap((e) => (e.ok ? [e.doc] : []));
    const [first, second] = [at(listed, 0, 'scenario'), at(listed, 1, 'scenario')];
    await keepVersion(again.db, first._id, again.repo.deviceId);
    const renamed = await again.repo.rename(first, 'Renamed poultry scenario');
    await keepVersion(again.db, renamed._id, again.repo.deviceId);
    await again.repo.saveDraft(
      renamed,
      { file: { ...renamed.scenario, discountRate: 'x' }, typed: [typedCell(['discountRate'], '12,,5')] },
      null,
    );
    await again.repo.remove(second);
    await again.repo.create({ ...second.scenario, name: 'A new one' });
    again.db.close();
    out(
      'v3.json',
      await dumpDb(
        DB_NAME,
        'Version 3: seeded, one renamed with two kept versions and a draft, one deleted (tombstone), one created.',
      ),
    );
  });
});

describe('seeding in the user language', () => {
  it('seeds the samples with their Spanish or Portuguese names, once', async () => {
    const { repo } = await openRepo();
    expect((await seedSamples(repo, loadSample, 'pt')).seeded).toEqual([...SAMPLES]);
    const names = (await repo.list()).flatMap((e) => (e.ok ? [e.doc.name] : []));
    expect(names).toContain('Tinturaria têxtil, Peru: empréstimo garantido de produção mais limpa');
    expect(names).toContain('EP3 Bolívia: medidas recomendadas implementadas em sete plantas');
    expect(names).not.toContain('Textile dye house, Peru: guaranteed cleaner production loan');
    const dairy = (await repo.list()).find((e) => e.ok && e.doc.name.startsWith('Laticínio, Colômbia'));
    expect(dairy?.ok && dairy.doc.scenario.measures.map((m) => m.name)).toEqual([
      'Recuperação de calor do pasteurizador e retorno de condensado',
      'Inversores de frequência nos compressores de refrigeração',
      'Reúso do enxágue final do CIP',
    ]);
    expect(dairy?.ok && dairy.doc.scenario.verification?.productionUnit).toBe('t de leite processado');
    expect((await seedSamples(repo, loadSample, 'es')).seeded).toEqual([]);
  });
});

/**
 * The upgrade to `version` made to do its work and then throw, as when the tab is closed during
 * it: the database of the version before (its fixture), opened at that version, must be as it was
 * (`unchanged`), and the next start, with the real upgrade, must upgrade it (`upgraded`).
 */
function describeFailedUpgrade(
  version: number,
  checks: {
    unchanged: (old: AppDb) => Promise<void> | void;
    upgraded: (opened: Awaited<ReturnType<typeof openRepo>>) => Promise<void>;
  },
) {
  const before = version - 1;
  describe(`(an upgrade to ${version} that fails half-way)`, () => {
    const real = UPGRADES[version]!;
    afterEach(() => {
      UPGRADES[version] = real;
    });

    it(`leaves version ${before} as it was, and the next start upgrades it`, async () => {
      await loadDb(readDump(`v${before}.json`));
      UPGRADES[version] = (db, tx) => {
        real(db, tx);
        throw new Error('the tab was closed during the upgrade');
      };
      await expect(openAppDb()).rejects.toBeInstanceOf(DbOpenError);
      UPGRADES[version] = real;
      const old = await openAppDb(DB_NAME, { version: before });
      await checks.unchanged(old);
      old.close();
      await checks.upgraded(await openRepo());
    });
  });
}
