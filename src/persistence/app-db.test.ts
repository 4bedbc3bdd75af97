import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DB_NAME, DbOpenError, openAppDb } from './app-db';
import { freshIndexedDb } from './test-support/storage';

beforeEach(freshIndexedDb);

/** A connection of an old tab that ignores requests to close. */
function stubbornOldTab(): Promise<IDBDatabase> {
  return new Promise((resolve) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('settings');
    request.onsuccess = () => resolve(request.result);
  });
}

describe('opening the database', () => {
  it('gives up after the timeout, saying what blocked it, instead of hanging', async () => {
    const old = await stubbornOldTab();
    const onBlocked = vi.fn();
    const error = await openAppDb(DB_NAME, { timeoutMs: 200, onBlocked }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DbOpenError);
    expect((error as DbOpenError).reason).toBe('blocked');
    expect(onBlocked).toHaveBeenCalled();
    old.close();
  });

  it('closes an older connection when a newer version of the app upgrades, and tells it', async () => {
    const onVersionChange = vi.fn();
    const current = await openAppDb(DB_NAME, { onVersionChange });
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, 99);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    expect(onVersionChange).toHaveBeenCalled();
    expect(newer.version).toBe(99);
    expect(() => current.transaction('docs')).toThrow();
    newer.close();
  });

  it('reports a database newer than this app as too new', async () => {
    await new Promise<void>((resolve) => {
      const request = indexedDB.open(DB_NAME, 7);
      request.onsuccess = () => (request.result.close(), resolve());
    });
    await expect(openAppDb()).rejects.toMatchObject({ reason: 'too-new' });
  });
});
