/**
 * Databases as JSON, for the migration tests: `dumpDb` writes what a database holds (stores,
 * their key paths, indexes and records), `loadDb` rebuilds exactly that in fake-indexeddb at the
 * recorded version, with the raw IndexedDB API, so no current code shapes the old database.
 */
import { readFileSync } from 'node:fs';

export interface StoreDump {
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: { name: string; keyPath: string | string[]; unique: boolean }[];
  records: { key: IDBValidKey; value: unknown }[];
}

export interface DbDump {
  description: string;
  name: string;
  version: number;
  stores: Record<string, StoreDump>;
}

const done = (request: IDBRequest) =>
  new Promise<unknown>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('request failed'));
  });

export async function dumpDb(name: string, description: string): Promise<DbDump> {
  const db = (await done(indexedDB.open(name))) as IDBDatabase;
  const dump: DbDump = { description, name, version: db.version, stores: {} };
  for (const storeName of Array.from(db.objectStoreNames)) {
    const store = db.transaction(storeName).objectStore(storeName);
    const keys = (await done(store.getAllKeys())) as IDBValidKey[];
    const values = (await done(store.getAll())) as unknown[];
    dump.stores[storeName] = {
      keyPath: store.keyPath,
      autoIncrement: store.autoIncrement,
      indexes: Array.from(store.indexNames, (n) => {
        const index = store.index(n);
        return { name: n, keyPath: index.keyPath, unique: index.unique };
      }),
      records: keys.map((key, i) => ({ key, value: values[i] })),
    };
  }
  db.close();
  return dump;
}

export async function loadDb(dump: DbDump): Promise<void> {
  const request = indexedDB.open(dump.name, dump.version);
  request.onupgradeneeded = () => {
    const db = request.result;
    for (const [storeName, s] of Object.entries(dump.stores)) {
      const store = db.createObjectStore(storeName, { keyPath: s.keyPath, autoIncrement: s.autoIncrement });
      for (const index of s.indexes) store.createIndex(index.name, index.keyPath, { unique: index.unique });
      // Inline keys come from the value; out-of-line ones are given.
      for (const r of s.records) store.put(r.value, s.keyPath === null ? r.key : undefined);
    }
  };
  const db = (await done(request)) as IDBDatabase;
  db.close();
}

export function readDump(file: string): DbDump {
  return JSON.parse(readFileSync(new URL(`../../../test/fixtures/db/${file}`, import.meta.url), 'utf8')) as DbDump;
}
