/**
 * "Delete permanently" and "empty the bin": a deleted scenario's tombstone still holds its whole
 * content (so a delete can be undone) and its kept versions stay in `history`; company
 * financials are confidential, so erasing leaves only what sync needs to pass the deletion on,
 * a CouchDB-style deletion stub `{_id, _rev, deleted: true}`, removes every kept version, and
 * compacts the changes log to one line per document (the latest), as CouchDB's `_changes` does.
 * Kept apart from repository.ts: the revision check is the same, the shapes are only these.
 */
import type { AppStore, WriteTx } from './app-db';
import { changeSchema, scenarioDocSchema, type Change } from './docs';
import { ConflictError } from './errors';
import { erasedDocSchema, type ErasedDoc } from './erased';
import { dropKeptFigures } from './kept-figures';
import { deleteOptimiseSettingsIn } from './optimise-settings';
import { abortQuietly, type ScenarioRepository } from './repository';
import { nextRev } from './revision';

// `settings`: the best-package run settings; `local`: the figures kept for a fast start (kept-figures.ts).
const STORES: AppStore[] = ['docs', 'changes', 'history', 'settings', 'local'];
const historyOf = (id: string) => IDBKeyRange.bound([id, ''], [id, '\uffff']);

/** Erases inside the caller's transaction: the stub, no versions, one line in the changes log. */
async function eraseIn(tx: WriteTx, id: string, expectedRev: string): Promise<ErasedDoc> {
  const docs = tx.objectStore('docs');
  const current: unknown = await docs.get(id);
  const currentRev = current !== null && typeof current === 'object' ? (current as { _rev?: unknown })._rev : undefined;
  if (currentRev !== expectedRev)
    throw new ConflictError(id, expectedRev, typeof currentRev === 'string' ? currentRev : null);
  const stub = erasedDocSchema.parse({
    _id: id,
    _rev: nextRev(expectedRev, { _id: id, deleted: true }),
    deleted: true,
  });
  await docs.put(stub as never);
  const history = tx.objectStore('history');
  for (const key of await history.index('by-scenario').getAllKeys(historyOf(id))) await history.delete(key);
  await deleteOptimiseSettingsIn(tx, id);
  await dropChangesOf(tx, new Set([id]));
  await dropKeptFigures(tx, id);
  await tx.objectStore('changes').add({ id, rev: stub._rev, deleted: true } as Change);
  return stub;
}

/** Removes every line of the changes log that names one of `ids`. */
async function dropChangesOf(tx: WriteTx, ids: ReadonlySet<string>): Promise<void> {
  let cursor = await tx.objectStore('changes').openCursor();
  while (cursor) {
    const id = (cursor.value as { id?: unknown }).id;
    if (typeof id === 'string' && ids.has(id)) await cursor.delete();
    cursor = await cursor.continue();
  }
}

/** Keeps only the latest line per document in the changes log (older ones say nothing sync needs). */
async function compactIn(tx: WriteTx): Promise<number> {
  const latest = new Map<string, number>();
  const lines: { seq: number; id: string }[] = [];
  for (const raw of await tx.objectStore('changes').getAll()) {
    const line = changeSchema.safeParse(raw);
    if (!line.success) continue; // an unreadable line is left as it is, never dropped unseen
    lines.push(line.data);
    latest.set(line.data.id, Math.max(latest.get(line.data.id) ?? 0, line.data.seq));
  }
  let removed = 0;
  for (const line of lines) {
    if (latest.get(line.id) !== line.seq) {
      await tx.objectStore('changes').delete(line.seq);
      removed++;
    }
  }
  return removed;
}

async function inTransaction<T>(repo: ScenarioRepository, run: (tx: WriteTx) => Promise<T>): Promise<T> {
  const tx = repo.db.transaction(STORES, 'readwrite', { durability: 'strict' });
  let result: T;
  try {
    result = await run(tx);
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
  await tx.done;
  return result;
}

/** Deletes a scenario permanently (deleted already or not): content and kept versions are gone for good. */
export function erase(repo: ScenarioRepository, doc: { _id: string; _rev: string }): Promise<ErasedDoc> {
  return inTransaction(repo, (tx) => eraseIn(tx, doc._id, doc._rev));
}

/** Empties the bin: every deleted scenario that still holds content is erased; the changes log is compacted. Returns the ids erased. */
export function emptyBin(repo: ScenarioRepository): Promise<string[]> {
  return inTransaction(repo, async (tx) => {
    const erased: string[] = [];
    for (const raw of await tx.objectStore('docs').getAll()) {
      const doc = scenarioDocSchema.safeParse(raw);
      if (doc.success && doc.data.deleted) {
        await eraseIn(tx, doc.data._id, doc.data._rev);
        erased.push(doc.data._id);
      }
    }
    await compactIn(tx);
    return erased;
  });
}

/** Compacts the changes log on its own (one line per document). Returns how many lines went. */
export function compactChanges(repo: ScenarioRepository): Promise<number> {
  return inTransaction(repo, compactIn);
}
