import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto'; // the IDB* classes idb checks values against
import { beforeEach, describe, expect, it } from 'vitest';
import { openAppDb } from './app-db';
import { readUiSettings, writeUiSettings } from './ui-settings';

beforeEach(() => {
  // A fresh, empty IndexedDB for every test.
  globalThis.indexedDB = new IDBFactory();
});

describe('reading the interface settings', () => {
  it('finds nothing in a new database', async () => {
    const db = await openAppDb();
    expect(await readUiSettings(db)).toEqual({ kind: 'missing' });
  });

  it('returns what was written, after the database is reopened', async () => {
    const first = await openAppDb();
    await writeUiSettings(first, { version: 1, language: 'en' });
    first.close();
    const second = await openAppDb();
    expect(await readUiSettings(second)).toEqual({ kind: 'found', settings: { version: 1, language: 'en' } });
  });

  it('reports a record it cannot parse, with the raw content, instead of a default', async () => {
    const db = await openAppDb();
    await db.put('settings', { version: 1, language: 'fr' }, 'ui');
    const read = await readUiSettings(db);
    expect(read).toMatchObject({
      kind: 'unreadable',
      raw: { version: 1, language: 'fr' },
      problem: expect.stringContaining('language'),
    });
  });
});

describe('writing the interface settings', () => {
  it('refuses an invalid record', async () => {
    const db = await openAppDb();
    // @ts-expect-error: the type already forbids it; the schema guards callers that cast.
    await expect(writeUiSettings(db, { version: 1, language: 'fr' })).rejects.toThrow();
  });
});
