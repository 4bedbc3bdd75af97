import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { formatPath } from '../model/issues';
import { MAX_BACKUP_BYTES, MAX_BACKUP_HISTORY, readImport, readImportFile } from './backup';
import { listVersions } from './history';
import { applyImport } from './import';
import { freshIndexedDb, openRepo, sample } from './test-support/storage';
import { at } from '../model/checked';

beforeEach(freshIndexedDb);

const iso = (day: number) => new Date(Date.UTC(2026, 0, day)).toISOString();

function backupWith(entry: Record<string, unknown>): string {
  const scenario = sample();
  return JSON.stringify({
    format: 'cp-backup',
    version: 1,
    exportedAt: iso(1),
    scenarios: [{ id: 'scn_x', name: scenario.name, updatedAt: iso(2), scenario, ...entry }],
  });
}

const where = (problems: { path: (string | number)[]; code: string }[]) =>
  problems.map((p) => `${formatPath(p.path)} ${p.code}`);

describe('a backup with hostile parts', () => {
  it('skips and reports a history entry the write would refuse, and restores the rest', async () => {
    const scenario = sample();
    const text = backupWith({
      history: [
        { savedAt: 'yesterday', name: 'old', scenario },
        { savedAt: iso(3), name: 'kept', scenario },
      ],
    });
    const plan = readImport(text);
    expect(where(plan.problems)).toEqual(['scenarios[0].history[0] bad-value']);
    const { db, repo } = await openRepo();
    const added = await applyImport(repo, plan);
    expect(added.length).toBe(1);
    const versions = await listVersions(db, at(added, 0)._id);
    expect(versions.map((v) => (v.ok ? v.value.name : v.problem))).toEqual(['kept']);
  });

  it('keeps a draft with "measures": [null] away from the editor, and still restores the scenario', async () => {
    const file = { ...sample(), measures: [null] };
    const plan = readImport(backupWith({ draft: { file, typed: [] } }));
    expect(where(plan.problems)).toEqual(['scenarios[0].draft bad-value']);
    expect(at(plan.problems, 0).message).toContain('measures[0]');
    expect(plan.items.length).toBe(1);
    expect(at(plan.items, 0).draft).toBeUndefined();
    const { repo } = await openRepo();
    const added = await applyImport(repo, plan);
    expect(at(added, 0).draft).toBeUndefined();
  });

  it('checks the drafts of kept versions the same way', () => {
    const scenario = sample();
    const plan = readImport(
      backupWith({
        history: [
          { savedAt: iso(3), name: 'v', scenario, draft: { file: { ...scenario, resources: 'x' }, typed: [] } },
        ],
      }),
    );
    expect(where(plan.problems)).toEqual(['scenarios[0].history[0] bad-value']);
    expect(at(plan.items, 0).history).toEqual([]);
  });

  it('keeps a draft shaped like a scenario even when its values are wrong', () => {
    const file = { ...sample(), horizonYears: 'x', measures: [{ id: 'm1', savings: { water: 'abc' } }] };
    const plan = readImport(backupWith({ draft: { file, typed: [] } }));
    expect(plan.problems).toEqual([]);
    expect(at(plan.items, 0).draft?.file.horizonYears).toBe('x');
  });

  it(`keeps the newest ${MAX_BACKUP_HISTORY} versions of a scenario and reports the rest`, () => {
    const scenario = sample();
    const history = Array.from({ length: MAX_BACKUP_HISTORY + 3 }, (_, i) => ({
      savedAt: iso(i + 1),
      name: `v${i}`,
      scenario,
    }));
    const plan = readImport(backupWith({ history }));
    expect(where(plan.problems)).toEqual(['scenarios[0].history too-many']);
    expect(at(plan.items, 0).history.length).toBe(MAX_BACKUP_HISTORY);
    expect(at(plan.items, 0).history.map((h) => h.name)).not.toContain('v0');
  });
});

describe('a file to import', () => {
  it('is refused by its size before it is read', async () => {
    let read = false;
    const plan = await readImportFile({
      name: 'huge.json',
      size: MAX_BACKUP_BYTES + 1,
      text: () => ((read = true), Promise.resolve('{}')),
    });
    expect(read).toBe(false);
    expect(where(plan.problems)).toEqual(['(file) file-too-large']);
  });

  it('within the limit is read', async () => {
    const plan = await readImportFile({
      name: 'one.json',
      size: 10,
      text: () => Promise.resolve(JSON.stringify(sample())),
    });
    expect(plan.problems).toEqual([]);
    expect(plan.items.length).toBe(1);
  });
});
