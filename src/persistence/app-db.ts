/**
 * The app's IndexedDB database: opening and upgrading it. Records are stored as `unknown` and
 * parsed on read (docs.ts), so a record written by another version of the app is reported,
 * never trusted.
 *
 * Versions shipped:
 *   1  `settings` (interface settings by name).
 *   2  adds `docs` (CouchDB-shaped documents by `_id`, tombstones included), `changes` (the local
 *      changes log, `seq` auto-numbered), `history` (kept versions of each scenario) and `local`
 *      (this device's own records: device id, seeding, last backup; never replicated, like
 *      CouchDB's `_local/` documents). `settings` is kept as it was.
 *   3  revisions in CouchDB's form, `updatedBy`, and the team sync stores (migrate-v3.ts).
 *   4  adds `portfolio`: each scenario's portfolio figures by a hash of its content (a cache,
 *      rebuilt from the scenarios when missing). Step 3 belongs to the team library (sync); the
 *      upgrade skips a step this build does not have, so 4 works with or without it.
 */
import { upgradeToV3 } from './migrate-v3';
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';

export const DB_NAME = 'cp-scenario-modeller';
export const DB_VERSION = 4;

export interface AppDbSchema extends DBSchema {
  /** Small records by name, e.g. `ui` for the interface settings. */
  settings: { key: string; value: unknown };
  docs: { key: string; value: unknown };
  changes: { key: number; value: unknown };
  /** Indexed by [scenarioId, _id]: version ids are UUIDv7, so that order is the order kept. */
  history: { key: string; value: unknown; indexes: { 'by-scenario': [string, string] } };
  local: { key: string; value: unknown };
  /** Per team document: the server's revision it is based on (sync/sync-store.ts). */
  sync: { key: string; value: unknown };
  /** Pulled documents that fail our schema: shown, never opened. */
  quarantine: { key: string; value: unknown };
  /** The team connection and the `_changes` checkpoint, by name. */
  team: { key: string; value: unknown };
  /** Portfolio figures by content hash (src/persistence/portfolio-cache.ts). */
  portfolio: { key: string; value: unknown };
}

export type AppDb = IDBPDatabase<AppDbSchema>;
export type AppStore = StoreNames<AppDbSchema>;
type UpgradeTx = IDBPTransaction<AppDbSchema, AppStore[], 'versionchange'>;
export type WriteTx = IDBPTransaction<AppDbSchema, AppStore[], 'readwrite'>;

/** One step per version: what `oldVersion < n` must do. Exported so the tests can stop half-way. */
export const UPGRADES: Partial<Record<number, (db: AppDb, tx: UpgradeTx) => void>> = {
  1: (db) => {
    db.createObjectStore('settings');
  },
  2: (db) => {
    db.createObjectStore('docs', { keyPath: '_id' });
    db.createObjectStore('changes', { keyPath: 'seq', autoIncrement: true });
    const history = db.createObjectStore('history', { keyPath: '_id' });
    history.createIndex('by-scenario', ['scenarioId', '_id']);
    db.createObjectStore('local');
  },
  3: upgradeToV3,
  4: (db) => {
    if (!db.objectStoreNames.contains('portfolio')) db.createObjectStore('portfolio');
  },
};

/** Why the database could not be opened; the recovery screen shows it. */
export class DbOpenError extends Error {
  constructor(
    readonly reason: 'timeout' | 'blocked' | 'failed' | 'too-new',
    message: string,
  ) {
    super(message);
    this.name = 'DbOpenError';
  }
}

export interface OpenOptions {
  /** Give up after this long (ms) instead of hanging; default 10 s. */
  timeoutMs?: number;
  /** Another tab still has an older version open and keeps this one waiting. */
  onBlocked?: () => void;
  /** A newer version of the app wants to upgrade: this connection has been closed for it. */
  onVersionChange?: () => void;
  /** The browser closed the connection (storage cleared, disk trouble). */
  onTerminated?: () => void;
  /** For tests: upgrade only to this version. */
  version?: number;
}

/** Opens (creating or upgrading) the database, or rejects with a DbOpenError; never hangs. */
export function openAppDb(name: string = DB_NAME, options: OpenOptions = {}): Promise<AppDb> {
  const { timeoutMs = 10_000, version = DB_VERSION } = options;
  let timedOut = false;
  let blocked = false;
  const opening = openDB<AppDbSchema>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      // A failed step aborts the whole upgrade (the database stays at oldVersion) and openDB
      // rejects; the transaction's own promise would otherwise be an unhandled rejection.
      tx.done.catch(() => undefined);
      for (let v = oldVersion + 1; v <= (newVersion ?? version); v++) UPGRADES[v]?.(db, tx);
    },
    blocked() {
      blocked = true;
      options.onBlocked?.();
    },
    blocking() {
      // Closing at once lets the newer tab upgrade; this tab must then stop writing (and says so).
      void opening.then((db) => db.close());
      options.onVersionChange?.();
    },
    terminated() {
      options.onTerminated?.();
    },
  });
  // A late success after the timeout would leave a connection nobody closes: close it.
  void opening.then(
    (db) => timedOut && db.close(),
    () => undefined,
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      // Blocked: an open tab of an older version keeps the upgrade waiting (and ignores the request to close).
      const reason = blocked ? 'blocked' : 'timeout';
      reject(
        new DbOpenError(
          reason,
          `the database did not open within ${timeoutMs} ms${blocked ? ': another tab holds an older version open' : ''}`,
        ),
      );
    }, timeoutMs);
  });
  const opened = opening.catch((error: unknown) => {
    const name = error instanceof DOMException ? error.name : '';
    const message = error instanceof Error ? error.message : String(error);
    throw new DbOpenError(name === 'VersionError' ? 'too-new' : 'failed', message);
  });
  return Promise.race([opened, timeout]).finally(() => clearTimeout(timer));
}
