/** This device's own records (store `local`): its id, what was seeded, when a backup was last exported. */
import type { AppDb, WriteTx } from './app-db';
import { localSchemas, readWith, type LocalValues, type Read } from './docs';
import { newId } from './ids';

type LocalKey = keyof LocalValues;
type LocalValue<K extends LocalKey> = LocalValues[K];

export async function readLocal<K extends LocalKey>(db: AppDb, key: K): Promise<Read<LocalValue<K>> | undefined> {
  const raw = await db.get('local', key);
  return raw === undefined ? undefined : readWith(localSchemas[key], raw);
}

export async function writeLocal<K extends LocalKey>(db: AppDb | WriteTx, key: K, value: LocalValue<K>): Promise<void> {
  const parsed = localSchemas[key].parse(value);
  if ('objectStore' in db) await db.objectStore('local').put(parsed, key);
  else await db.put('local', parsed, key);
}

/**
 * This device's id, made on first use; `readAtStart` is its record when read already, raw. An unreadable device record is kept aside under
 * `device.unreadable` (not dropped) and a new id is made: the id only labels writes.
 */
export async function loadDeviceId(db: AppDb, readAtStart?: Promise<unknown>): Promise<string> {
  // Read-only first, as on every start but the first (or the record read at start, early-db.ts): a
  // read-write transaction waits for every other one on the store and commits to disk ('strict'),
  // a while on a busy device (issue 15 item 11).
  const readAgain = () => db.get('local', 'device');
  const stored = await (readAtStart ? readAtStart.catch(readAgain) : readAgain());
  const known = stored === undefined ? undefined : readWith(localSchemas.device, stored);
  if (known?.ok) return known.value.deviceId;
  const tx = db.transaction('local', 'readwrite', { durability: 'strict' });
  const store = tx.objectStore('local');
  const raw = await store.get('device');
  const read = raw === undefined ? undefined : readWith(localSchemas.device, raw);
  if (read?.ok) {
    await tx.done;
    return read.value.deviceId;
  }
  if (read) await store.put(raw, 'device.unreadable');
  const deviceId = newId('dev');
  await store.put({ deviceId }, 'device');
  await tx.done;
  return deviceId;
}
