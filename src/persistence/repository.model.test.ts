/**
 * Model-based test: random sequences of creates, saves (valid or as typed), renames, deletes,
 * undeletes, reloads and refreshes, from two tabs (two connections to one database), checked
 * after every step against an in-memory model. A tab writes with the revision it last read, so
 * a write after the other tab's is a conflict, exactly when the model says so.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AppDb } from './app-db';
import { blankScenario } from './blank';
import type { ScenarioDoc } from './docs';
import { ConflictError } from './errors';
import { HISTORY_LIMIT, keepVersion, listVersions } from './history';
import type { ScenarioRepository } from './repository';
import { revNumber } from './revision';
import { freshIndexedDb, openRepo, typedCell } from './test-support/storage';

interface ModelDoc {
  name: string;
  scenarioName: string;
  hasDraft: boolean;
  writes: number;
  deleted: boolean;
}

interface Model {
  docs: Map<string, ModelDoc>;
  /** What each tab last read: the write count of each document. */
  seen: [Map<string, number>, Map<string, number>];
  writes: number;
}

interface Tab {
  db: AppDb;
  repo: ScenarioRepository;
  known: Map<string, ScenarioDoc>;
}

type Real = [Tab, Tab];
type Cmd = fc.AsyncCommand<Model, Real>;

async function openTab(): Promise<Tab> {
  const { db, repo } = await openRepo();
  const tab: Tab = { db, repo, known: new Map() };
  await refreshTab(tab);
  return tab;
}

async function refreshTab(tab: Tab): Promise<void> {
  tab.known = new Map((await tab.repo.all()).flatMap((e) => (e.ok ? [[e.doc._id, e.doc] as const] : [])));
}

const seeAll = (m: Model, t: 0 | 1) => {
  m.seen[t] = new Map([...m.docs].map(([id, d]) => [id, d.writes]));
};

/** Picks one of the documents the tab knows, by position. */
const pick = (tab: Tab, n: number): ScenarioDoc | undefined =>
  [...tab.known.values()].sort((a, b) => a._id.localeCompare(b._id))[n % Math.max(1, tab.known.size)];

/** A write through a tab: succeeds exactly when the model says the tab's revision is current. */
async function write(
  m: Model,
  r: Real,
  t: 0 | 1,
  n: number,
  allowed: (d: ScenarioDoc) => boolean,
  act: (tab: Tab, d: ScenarioDoc) => Promise<ScenarioDoc>,
  apply: (d: ModelDoc) => void,
) {
  const tab = r[t];
  const doc = pick(tab, n);
  if (!doc || !allowed(doc)) return;
  const model = m.docs.get(doc._id)!;
  const current = m.seen[t].get(doc._id) === model.writes;
  expect(revNumber(doc._rev)).toBe(m.seen[t].get(doc._id));
  const result = await act(tab, doc).catch((e: unknown) => e);
  if (!current) {
    expect(result).toBeInstanceOf(ConflictError);
    return;
  }
  expect(result).not.toBeInstanceOf(Error);
  apply(model);
  model.writes++;
  m.writes++;
  m.seen[t].set(doc._id, model.writes);
  tab.known.set(doc._id, result as ScenarioDoc);
}

const cmd = (name: string, run: (m: Model, r: Real) => Promise<void>): Cmd => ({
  check: () => true,
  run: async (m, r) => {
    await run(m, r);
    await compare(m, r);
  },
  toString: () => name,
});

const tabArb = fc.constantFrom<0 | 1>(0, 1);
const nameArb = fc.constantFrom('Dairy', 'Textiles', 'Poultry', 'Água', 'Año 2');

const commands = [
  fc.tuple(tabArb, nameArb).map(([t, name]) =>
    cmd(`create(${t}, ${name})`, async (m, r) => {
      const doc = await r[t].repo.create(blankScenario(name));
      r[t].known.set(doc._id, doc);
      m.docs.set(doc._id, { name, scenarioName: name, hasDraft: false, writes: 1, deleted: false });
      m.seen[t].set(doc._id, 1);
      m.writes++;
    }),
  ),
  fc.tuple(tabArb, fc.nat(), nameArb, fc.boolean()).map(([t, n, name, valid]) =>
    cmd(`save(${t}, ${n}, ${name}, ${valid ? 'valid' : 'as typed'})`, (m, r) =>
      write(
        m,
        r,
        t,
        n,
        (d) => !d.deleted,
        (tab, d) => {
          const file = { ...d.scenario, name, ...(valid ? {} : { horizonYears: 'ten' }) };
          const typed = valid ? [] : [typedCell(['horizonYears'], 'ten')];
          return tab.repo.saveDraft(d, { file, typed }, valid ? { ...d.scenario, name } : null);
        },
        (md) => {
          md.name = name;
          if (valid) md.scenarioName = name;
          md.hasDraft = !valid;
        },
      ),
    ),
  ),
  fc.tuple(tabArb, fc.nat(), nameArb).map(([t, n, name]) =>
    cmd(`rename(${t}, ${n}, ${name})`, (m, r) =>
      write(
        m,
        r,
        t,
        n,
        (d) => !d.deleted,
        (tab, d) => tab.repo.rename(d, name),
        (md) => {
          md.name = name;
          md.scenarioName = name;
        },
      ),
    ),
  ),
  fc.tuple(tabArb, fc.nat()).map(([t, n]) =>
    cmd(`delete(${t}, ${n})`, (m, r) =>
      write(
        m,
        r,
        t,
        n,
        (d) => !d.deleted,
        (tab, d) => tab.repo.remove(d),
        (md) => void (md.deleted = true),
      ),
    ),
  ),
  fc.tuple(tabArb, fc.nat()).map(([t, n]) =>
    cmd(`undelete(${t}, ${n})`, (m, r) =>
      write(
        m,
        r,
        t,
        n,
        (d) => d.deleted === true,
        (tab, d) => tab.repo.undelete(d),
        (md) => void (md.deleted = false),
      ),
    ),
  ),
  fc.tuple(tabArb, fc.nat()).map(([t, n]) =>
    cmd(`keepVersion(${t}, ${n})`, async (_m, r) => {
      const d = pick(r[t], n);
      if (d) await keepVersion(r[t].db, d._id, r[t].repo.deviceId);
    }),
  ),
  tabArb.map((t) =>
    cmd(`reload(${t})`, async (m, r) => {
      r[t].db.close();
      r[t] = await openTab();
      seeAll(m, t);
    }),
  ),
  tabArb.map((t) =>
    cmd(`refresh(${t})`, async (m, r) => {
      await refreshTab(r[t]);
      seeAll(m, t);
    }),
  ),
];

/** Everything stored, read afresh through tab 0, must be what the model says. */
async function compare(m: Model, r: Real): Promise<void> {
  const all = await r[0].repo.all();
  expect(all.every((e) => e.ok)).toBe(true);
  const stored = new Map(all.flatMap((e) => (e.ok ? [[e.doc._id, e.doc] as const] : [])));
  expect([...stored.keys()].sort()).toEqual([...m.docs.keys()].sort());
  for (const [id, want] of m.docs) {
    const doc = stored.get(id)!;
    expect({
      name: doc.name,
      scenarioName: doc.scenario.name,
      hasDraft: doc.draft !== undefined,
      writes: revNumber(doc._rev),
      deleted: doc.deleted === true,
    }).toEqual(want);
    expect((await listVersions(r[0].db, id)).length).toBeLessThanOrEqual(HISTORY_LIMIT);
  }
  const changes = await r[0].repo.changesSince(0);
  expect(changes.length).toBe(m.writes);
  expect(changes.map((c) => c.seq)).toEqual(changes.map((_, i) => i + 1));
}

describe('the repository against a model, from two tabs', () => {
  it('agrees after every step of 1,000 random sequences', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 14 }), async (cmds) => {
        freshIndexedDb();
        const real: Real = [await openTab(), await openTab()];
        const model: Model = { docs: new Map(), seen: [new Map(), new Map()], writes: 0 };
        try {
          await fc.asyncModelRun(() => ({ model, real }), cmds);
        } finally {
          real[0].db.close();
          real[1].db.close();
        }
      }),
      { numRuns: 1000 },
    );
  }, 600_000);
});
