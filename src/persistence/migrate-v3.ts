/**
 * Version 3 of the database: the library becomes CouchDB's own shape, so that a team can sync it.
 *   - every revision (documents, kept versions, the changes log) takes CouchDB's form, 32 hex
 *     digits (widenRev: the same old revision always gives the same new one);
 *   - every scenario document gets `updatedBy` (null: written on this device with no team);
 *   - new stores for the sync: `sync` (per team document: the server revision it is based on),
 *     `quarantine` (pulled documents that fail our schema, kept to show), `team` (the connection
 *     and the `_changes` checkpoint).
 * Records are rewritten as they are (unknown): a record that did not parse before is still
 * reported afterwards, only its revision widened.
 */
import type { IDBPCursorWithValue, IDBPTransaction } from 'idb';
import type { AppDb, AppDbSchema, AppStore } from './app-db';
import { widenRev } from './revision';

type UpgradeTx = IDBPTransaction<AppDbSchema, AppStore[], 'versionchange'>;
type Rec = Record<string, unknown>;

const isRecord = (value: unknown): value is Rec => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Rewrites each record of a store through `change` (which returns null to leave it alone). */
async function rewrite(
  tx: UpgradeTx,
  store: 'docs' | 'history' | 'changes',
  change: (value: Rec) => Rec | null,
): Promise<void> {
  let cursor: IDBPCursorWithValue<AppDbSchema, AppStore[], typeof store, unknown, 'versionchange'> | null = await tx
    .objectStore(store)
    .openCursor();
  while (cursor) {
    const value: unknown = cursor.value;
    const next = isRecord(value) ? change(value) : null;
    if (next) await cursor.update(next);
    cursor = await cursor.continue();
  }
}

export function widenField(value: Rec, field: string): Rec | null {
  const rev = value[field];
  if (typeof rev !== 'string') return null;
  const wide = widenRev(rev);
  return wide === rev ? null : { ...value, [field]: wide };
}

export async function migrateRecords(tx: UpgradeTx): Promise<void> {
  await rewrite(tx, 'docs', (doc) => {
    const widened = widenField(doc, '_rev') ?? doc;
    const authored = doc.type === 'scenario' && !('updatedBy' in doc) ? { ...widened, updatedBy: null } : widened;
    return authored === doc ? null : authored;
  });
  await rewrite(tx, 'history', (version) => widenField(version, 'rev'));
  await rewrite(tx, 'changes', (change) => widenField(change, 'rev'));
}

export function upgradeToV3(db: AppDb, tx: UpgradeTx): void {
  db.createObjectStore('sync', { keyPath: 'id' });
  db.createObjectStore('quarantine', { keyPath: 'id' });
  db.createObjectStore('team');
  // The cursors run inside the upgrade transaction; a failure aborts it, so the database stays
  // at version 2 and the next start tries again (openDB then rejects with the error).
  migrateRecords(tx).catch(() => {
    try {
      tx.abort();
    } catch {
      // Already finished: nothing to undo.
    }
  });
}
