import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { formatPath } from '../model/issues';
import { buildBackup, readImport, scenarioFileText } from './backup';
import { blankScenario } from './blank';
import { keepVersion, listVersions } from './history';
import { applyImport } from './import';
import { freshIndexedDb, openRepo, sample, sampleText } from './test-support/storage';

beforeEach(freshIndexedDb);

const fixture = (dir: string, name: string) =>
  readFileSync(new URL(`../../test/fixtures/${dir}/${name}`, import.meta.url), 'utf8');
const where = (text: string) => readImport(text).problems.map((p) => `${formatPath(p.path)} ${p.code}`);

describe('a backup', () => {
  it('round-trips every scenario, draft and kept version into new ids, overwriting nothing', async () => {
    const { db, repo } = await openRepo();
    const a = await repo.create(sample());
    await keepVersion(db, a._id, repo.deviceId);
    await repo.rename(a, 'Renamed');
    const b = await repo.create(blankScenario('Blank'), {
      file: { ...blankScenario('Blank'), horizonYears: 'x' },
      typed: [],
    });
    const backup = await buildBackup(db, await repo.list());
    expect(backup.scenarios.map((s) => s.name).sort()).toEqual(['Blank', 'Renamed']);

    const plan = readImport(JSON.stringify(backup));
    expect(plan.problems).toEqual([]);
    const added = await applyImport(repo, plan);
    expect(added.map((d) => d._id)).not.toContain(a._id);
    expect((await repo.list()).length).toBe(4);
    const copyOfB = added.find((d) => d.name === 'Blank');
    expect(copyOfB?.draft?.file.horizonYears).toBe('x');
    const copyOfA = added.find((d) => d.name === 'Renamed');
    expect((await listVersions(db, copyOfA?._id ?? '')).length).toBe(1);
    expect(b.draft).toBeDefined();
  });

  it('keeps unreadable records, raw, beside the scenarios', async () => {
    const { db, repo } = await openRepo();
    await db.put('docs', { _id: 'scn_bad', oops: true });
    const backup = await buildBackup(db, await repo.list());
    expect(backup.unreadable).toMatchObject([{ id: 'scn_bad', raw: { _id: 'scn_bad', oops: true } }]);
  });
});

describe('importing one scenario', () => {
  it('accepts a sample as one new scenario', () => {
    const plan = readImport(sampleText('peru-textile-guaranteed-loan'));
    expect(plan).toMatchObject({ kind: 'scenario', problems: [] });
    expect(plan.items.length).toBe(1);
  });

  it('exports the last valid content as a v1 file that imports again', async () => {
    const { repo } = await openRepo();
    const doc = await repo.create(sample());
    expect(readImport(scenarioFileText(doc)).items[0]?.scenario).toEqual(doc.scenario);
  });
});

describe('a broken file', () => {
  it.each([
    ['backup-version-too-new.json', ['version version-too-new']],
    ['backup-scenarios-missing.json', ['scenarios required']],
    ['backup-entry-without-name.json', ['scenarios[0].name required']],
    ['backup-constructor-key.json', ['scenarios[0].scenario.constructor forbidden-key']],
    ['too-deep.json', ['(file) too-deep']],
    ['unknown-format.json', ['format not-a-scenario']],
    ['empty.json', ['(file) not-json']],
  ])('%s is refused, naming where', (file, expected) => {
    expect(where(fixture('import', file))).toEqual(expected);
  });

  it('in a backup, only the bad scenario is left out', () => {
    const plan = readImport(fixture('import', 'backup-one-bad-scenario.json'));
    expect(plan.items.length).toBe(1);
    expect(plan.problems.map((p) => `${formatPath(p.path)} ${p.code}`)).toEqual([
      'scenarios[1].scenario.horizonYears out-of-range',
    ]);
  });

  it('every file in test/fixtures/invalid is refused with at least one problem', () => {
    const dir = new URL('../../test/fixtures/invalid/', import.meta.url);
    for (const name of readdirSync(dir)) {
      const problems = readImport(readFileSync(new URL(name, dir), 'utf8')).problems;
      // Formula errors need the engine: the model's parser lets them through; the editor shows them.
      if (name.startsWith('formula-') && problems.length === 0) continue;
      expect(problems.length, name).toBeGreaterThan(0);
    }
  });

  it('over 5 MB as a scenario is refused before it is read', () => {
    const big = JSON.stringify({ ...sample(), name: 'x'.repeat(6 * 1024 * 1024) });
    expect(where(big)).toEqual(['(file) file-too-large']);
  });
});
