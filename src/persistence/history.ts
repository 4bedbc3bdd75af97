/**
 * Kept versions of each scenario: the last HISTORY_LIMIT, to look at and restore. When to keep
 * one (a pause, or every few minutes of editing) is the autosave's decision; this file keeps it.
 */
import type { AppDb, AppStore, WriteTx } from './app-db';
import { readWith, scenarioDocSchema, versionDocSchema, type Read, type ScenarioDoc, type VersionDoc } from './docs';
import { newId } from './ids';

export const HISTORY_LIMIT = 50;

const range = (scenarioId: string) => IDBKeyRange.bound([scenarioId, ''], [scenarioId, '\uffff']);

/** Adds a version of `doc` unless the newest kept version is already that revision; trims to the limit. */
export async function keepVersionIn(
  tx: WriteTx,
  doc: ScenarioDoc,
  deviceId: string,
  now: Date,
): Promise<VersionDoc | null> {
  const index = tx.objectStore('history').index('by-scenario');
  const newest = await index.openCursor(range(doc._id), 'prev');
  if (newest && (newest.value as { rev?: unknown }).rev === doc._rev) return null;
  const version = versionDocSchema.parse({
    _id: newId('ver'),
    type: 'version',
    scenarioId: doc._id,
    rev: doc._rev,
    name: doc.name,
    scenario: doc.scenario,
    ...(doc.draft ? { draft: doc.draft } : {}),
    savedAt: now.toISOString(),
    deviceId,
  });
  await tx.objectStore('history').put(version);
  const keys = await index.getAllKeys(range(doc._id));
  for (const key of keys.slice(0, Math.max(0, keys.length - HISTORY_LIMIT)))
    await tx.objectStore('history').delete(key);
  return version;
}

/** The kept versions of a scenario, newest first, each parsed or reported. */
export async function listVersions(db: AppDb, scenarioId: string): Promise<Read<VersionDoc>[]> {
  const raws = await db.getAllFromIndex('history', 'by-scenario', range(scenarioId));
  return raws.reverse().map((raw) => readWith(versionDocSchema, raw));
}

/** Keeps the stored document's current revision as a version (after a pause in editing). */
export async function keepVersion(
  db: AppDb,
  scenarioId: string,
  deviceId: string,
  now = new Date(),
): Promise<VersionDoc | null> {
  const tx: WriteTx = db.transaction(['docs', 'history'] as AppStore[], 'readwrite', { durability: 'strict' });
  const read = readWith(scenarioDocSchema, await tx.objectStore('docs').get(scenarioId));
  // Nothing to keep for a record that does not parse or is deleted; the transaction just ends.
  const kept = read.ok && !read.value.deleted ? await keepVersionIn(tx, read.value, deviceId, now) : null;
  await tx.done;
  return kept;
}
