/** Opens everything a tab needs to read and write scenarios: the database, this device's id, the repository. */
import { openAppDb, type AppDb, type OpenOptions } from './app-db';
import { loadDeviceId } from './local';
import { ScenarioRepository } from './repository';

export interface Storage {
  db: AppDb;
  repo: ScenarioRepository;
}

export async function openStorage(name?: string, options?: OpenOptions): Promise<Storage> {
  return storageOn(openAppDb(name, options));
}

/** The same, on a connection already being opened, with the device record read at start (early-db.ts). */
export async function storageOn(opening: Promise<AppDb>, deviceAtStart?: Promise<unknown>): Promise<Storage> {
  deviceAtStart?.catch(() => undefined); // read again by loadDeviceId; a failed open is reported as such
  const db = await opening;
  return { db, repo: new ScenarioRepository(db, await loadDeviceId(db, deviceAtStart)) };
}
