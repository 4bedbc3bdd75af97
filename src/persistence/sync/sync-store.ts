/**
 * What the sync keeps in IndexedDB (stores `sync`, `quarantine`, `team` of version 3), read and
 * written in the same transactions as the documents, so that a page closed at any moment leaves
 * the documents, their sync records and the checkpoint consistent with each other.
 *
 * A team document has a sync record: `base` is the server revision the local document derives
 * from (null: never pushed) and `localRev` the local revision equal to it. The document has
 * changes waiting when its `_rev` differs from `localRev`. A scenario with no record is local only.
 */
import { z } from '../../model/zod';
import type { AppDb, AppStore, WriteTx } from '../app-db';
import { readWith, scenarioDocSchema, type Change, type ScenarioDoc } from '../docs';
import { readPaged } from '../paged';
import { REV_PATTERN } from '../revision';

const rev = z.string().regex(REV_PATTERN);
const isoDate = z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);

/** A version on the server (its revision, content and who wrote it), as a conflict shows it. */
const versionSchema = z.strictObject({
  rev,
  deleted: z.boolean(),
  /** The server's document (null when the server's version is a deletion). */
  doc: scenarioDocSchema.nullable(),
  updatedBy: z.string().nullable(),
  updatedAt: isoDate.nullable(),
});
export type ServerVersion = z.infer<typeof versionSchema>;

/** The server's version that differs from the local edits: kept until a person chooses. */
const conflictSchema = versionSchema.extend({
  /**
   * A losing revision left on the server by replication between sites (CouchDB's `_conflicts`),
   * not a version the server took instead of ours: the local document is then the server's
   * winning revision, and whichever is kept, this revision is deleted on the server.
   */
  leaf: z.literal(true).optional(),
  /** The document's other losing revisions, shown one after another once this one is decided. */
  queue: z.array(versionSchema).optional(),
  /** How many losing revisions the document had when they were found (this one is number `of - queue.length`). */
  of: z.number().int().positive().optional(),
});
export type Theirs = z.infer<typeof conflictSchema>;

export const syncRecordSchema = z.strictObject({
  id: z.string(),
  base: rev.nullable(),
  localRev: rev.nullable(),
  conflict: conflictSchema.optional(),
  /** Losing revisions (`_conflicts`) a person has decided about: deleted on the server by the next push. */
  discard: z.array(rev).optional(),
});
export type SyncRecord = z.infer<typeof syncRecordSchema>;

export const quarantineSchema = z.strictObject({
  id: z.string(),
  rev: z.string(),
  raw: z.unknown(),
  problem: z.string(),
  receivedAt: isoDate,
});
export type Quarantined = z.infer<typeof quarantineSchema>;

/** The team this device is connected to; the password is never kept. */
export const connectionSchema = z.strictObject({
  base: z.string().min(1),
  db: z.string().min(1),
  user: z.string().min(1),
  connectedAt: isoDate,
});
export type Connection = z.infer<typeof connectionSchema>;
const checkpointSchema = z.strictObject({ db: z.string(), since: z.union([z.string(), z.number()]), at: isoDate });
export type Checkpoint = z.infer<typeof checkpointSchema>;

export const SYNC_STORES: AppStore[] = ['docs', 'changes', 'sync', 'quarantine', 'team'];

export function syncTx(db: AppDb): WriteTx {
  return db.transaction(SYNC_STORES, 'readwrite', { durability: 'strict' });
}

export async function readConnection(db: AppDb): Promise<Connection | null> {
  const read = readWith(connectionSchema, await db.get('team', 'connection'));
  return read.ok ? read.value : null;
}

export async function writeConnection(db: AppDb, connection: Connection): Promise<void> {
  await db.put('team', connectionSchema.parse(connection), 'connection');
}

export async function readCheckpoint(db: AppDb | WriteTx, dbName: string): Promise<Checkpoint | null> {
  const raw = 'objectStore' in db ? await db.objectStore('team').get('checkpoint') : await db.get('team', 'checkpoint');
  const read = readWith(checkpointSchema, raw);
  // A checkpoint of another database (the device changed teams) is no checkpoint.
  return read.ok && read.value.db === dbName ? read.value : null;
}

// Reads of an id with no record return null before zod: a failed parse builds an error and its
// text, which for every new document of a first sync of 10,000 was time on the main thread.
export async function readRecord(tx: WriteTx, id: string): Promise<SyncRecord | null> {
  const raw: unknown = await tx.objectStore('sync').get(id);
  if (raw === undefined) return null;
  const read = readWith(syncRecordSchema, raw);
  return read.ok ? read.value : null;
}

/** Every sync record, read a page at a time (paged.ts): a team of 10,000 does not freeze the page. */
export function allRecords(db: AppDb): Promise<SyncRecord[]> {
  return readPaged(db, 'sync', (raw) => {
    const read = readWith(syncRecordSchema, raw);
    return read.ok ? [read.value] : [];
  });
}

export async function listQuarantine(db: AppDb): Promise<Quarantined[]> {
  return (await db.getAll('quarantine')).flatMap((raw) => {
    const read = readWith(quarantineSchema, raw);
    return read.ok ? [read.value] : [];
  });
}

/** Stores a document as the sync writes it (revision from the server) with its line in the changes log; returns it as stored. */
export async function storeDoc(tx: WriteTx, doc: ScenarioDoc): Promise<ScenarioDoc> {
  const parsed = scenarioDocSchema.parse(doc);
  await storeParsed(tx, parsed);
  return parsed;
}

/**
 * `storeDoc` for a document that is the output of `scenarioDocSchema` as it is (a pulled one,
 * read by `theirsOf`): parsing it a second time was a tenth of a first sync's main-thread time.
 */
export async function storeParsed(tx: WriteTx, doc: ScenarioDoc): Promise<void> {
  await tx.objectStore('docs').put(doc);
  const change: Omit<Change, 'seq'> = doc.deleted
    ? { id: doc._id, rev: doc._rev, deleted: true }
    : { id: doc._id, rev: doc._rev };
  await tx.objectStore('changes').add(change as Change);
}

export async function readDoc(tx: WriteTx, id: string): Promise<ScenarioDoc | null> {
  const raw: unknown = await tx.objectStore('docs').get(id);
  if (raw === undefined) return null;
  const read = readWith(scenarioDocSchema, raw);
  return read.ok ? read.value : null;
}

/**
 * Makes scenarios team documents (their next push sends them). Existing records are left alone.
 * Each gets a line in the changes log, which is how the running sync (perhaps in another tab)
 * learns that there is something new to push (sync-tracker.ts).
 */
export async function shareDocs(db: AppDb, ids: string[]): Promise<void> {
  const tx = syncTx(db);
  for (const id of ids)
    if (!(await tx.objectStore('sync').get(id))) {
      await tx.objectStore('sync').put({ id, base: null, localRev: null } satisfies SyncRecord);
      const doc = await readDoc(tx, id);
      if (doc) await tx.objectStore('changes').add({ id, rev: doc._rev } as Change);
    }
  await tx.done;
}

export type DocSyncState = 'local' | 'synced' | 'waiting' | 'conflict';

/**
 * Each scenario's state for the library list, by id. `revOf` (a document's revision, from the
 * list already in memory) saves reading every document again.
 */
export async function syncStates(
  db: AppDb,
  revOf?: (id: string) => string | undefined,
  records?: SyncRecord[],
): Promise<Map<string, DocSyncState>> {
  records ??= await allRecords(db);
  const states = new Map<string, DocSyncState>();
  for (const r of records) {
    const known = revOf?.(r.id);
    const raw = known ? { _rev: known } : ((await db.get('docs', r.id)) as { _rev?: unknown } | undefined);
    states.set(r.id, r.conflict ? 'conflict' : raw?._rev === r.localRev && !r.discard?.length ? 'synced' : 'waiting');
  }
  return states;
}

/** The team documents with local changes to push (not those in conflict: a person decides those first). */
export async function pendingDocs(db: AppDb): Promise<{ doc: ScenarioDoc; record: SyncRecord }[]> {
  const pending: { doc: ScenarioDoc; record: SyncRecord }[] = [];
  for (const record of await allRecords(db)) {
    if (record.conflict) continue;
    const raw = (await db.get('docs', record.id)) as { _rev?: unknown } | undefined;
    // Compared raw first: parsing every scenario of a large team on each cycle would be slow.
    if (raw === undefined || raw._rev === record.localRev) continue;
    const read = readWith(scenarioDocSchema, raw);
    // A tombstone never pushed has nothing to delete on the server.
    if (read.ok && read.value._rev !== record.localRev && !(read.value.deleted && record.base === null))
      pending.push({ doc: read.value, record });
  }
  return pending;
}

/**
 * Erases the team's data from this device: its documents (and their kept versions), sync
 * records, quarantine, checkpoint and connection. Scenarios that were never shared stay.
 */
export async function removeTeamData(db: AppDb): Promise<number> {
  const ids = (await allRecords(db)).map((r) => r.id);
  const tx = db.transaction([...SYNC_STORES, 'history'], 'readwrite', { durability: 'strict' });
  for (const id of ids) {
    await tx.objectStore('docs').delete(id);
    const versions = await tx
      .objectStore('history')
      .index('by-scenario')
      .getAllKeys(IDBKeyRange.bound([id, ''], [id, '\uffff']));
    for (const key of versions) await tx.objectStore('history').delete(key);
  }
  await tx.objectStore('sync').clear();
  await tx.objectStore('quarantine').clear();
  await tx.objectStore('team').clear();
  await tx.done;
  return ids.length;
}
