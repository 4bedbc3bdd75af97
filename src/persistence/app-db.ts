/** The app's IndexedDB database: opening and upgrading it. Records are stored as `unknown` and parsed on read. */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

export const DB_NAME = 'cp-scenario-modeller';
export const DB_VERSION = 1;

export interface AppDbSchema extends DBSchema {
  /** Small records by name, e.g. `ui` for the interface settings. */
  settings: { key: string; value: unknown };
}

export type AppDb = IDBPDatabase<AppDbSchema>;

/** Opens (creating or upgrading) the database. Each schema version adds one step below. */
export function openAppDb(name: string = DB_NAME): Promise<AppDb> {
  return openDB<AppDbSchema>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) db.createObjectStore('settings');
    },
  });
}
