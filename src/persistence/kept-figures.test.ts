import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { resultsSchema } from '../model/results';
import { erase } from './erase';
import { keptFiguresKey, readKeptFigures, writeKeptFigures } from './kept-figures';
import { freshIndexedDb, openRepo, sample, sampleText } from './test-support/storage';

beforeEach(freshIndexedDb);

/** Figures of the sample from its expected file: an independent source, not this code's output. */
function expectedFigures() {
  const name = 'bolivia-poultry-slaughterhouse';
  const results = resultsSchema.parse(JSON.parse(sampleText(`${name}.expected`)));
  return { results, formulaValues: { 'measures.0.capex': 1234.5 } };
}

describe('figures kept from the last session', () => {
  it('come back for the same content, whatever its key order', async () => {
    const { db, repo } = await openRepo();
    const doc = await repo.create(sample());
    const figures = expectedFigures();
    await writeKeptFigures(db, doc._id, doc.scenario, 0.2, figures);
    const reordered = Object.fromEntries(Object.entries(doc.scenario).reverse());
    const read = await readKeptFigures(db, doc._id, reordered, 0.2);
    if (read === null) throw new Error('expected the kept figures');
    expect(read.results.project.npv).toBe(figures.results.project.npv);
    expect(read.formulaValues).toEqual({ 'measures.0.capex': 1234.5 });
  });

  it('are a miss for another content, another delta, another scenario or nothing kept', async () => {
    const { db, repo } = await openRepo();
    const doc = await repo.create(sample());
    expect(await readKeptFigures(db, doc._id, doc.scenario, 0.2)).toBeNull();
    await writeKeptFigures(db, doc._id, doc.scenario, 0.2, expectedFigures());
    const edited = { ...doc.scenario, discountRate: 0.4321 };
    expect(await readKeptFigures(db, doc._id, edited, 0.2)).toBeNull();
    expect(await readKeptFigures(db, doc._id, doc.scenario, 0.1)).toBeNull();
    expect(await readKeptFigures(db, 'scn_other', doc.scenario, 0.2)).toBeNull();
  });

  it('are a miss when the record does not read (another version of the app), never trusted', async () => {
    const { db, repo } = await openRepo();
    const doc = await repo.create(sample());
    await writeKeptFigures(db, doc._id, doc.scenario, 0.2, expectedFigures());
    const raw = (await db.get('local', keptFiguresKey(doc._id))) as Record<string, unknown>;
    await db.put('local', { ...raw, results: { format: 'cp-results', version: 2 } }, keptFiguresKey(doc._id));
    expect(await readKeptFigures(db, doc._id, doc.scenario, 0.2)).toBeNull();
  });

  it('refuses to keep figures that do not match the results schema', async () => {
    const { db, repo } = await openRepo();
    const doc = await repo.create(sample());
    const bad = { results: { ...expectedFigures().results, project: null }, formulaValues: {} };
    await expect(writeKeptFigures(db, doc._id, doc.scenario, 0.2, bad as never)).rejects.toThrow();
    expect(await db.get('local', keptFiguresKey(doc._id))).toBeUndefined();
  });

  it('go with the scenario when it is deleted permanently', async () => {
    const { db, repo } = await openRepo();
    const doc = await repo.create(sample());
    await writeKeptFigures(db, doc._id, doc.scenario, 0.2, expectedFigures());
    await erase(repo, await repo.remove(doc));
    expect(await db.get('local', keptFiguresKey(doc._id))).toBeUndefined();
  });
});
