import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { openAppDb } from '../persistence/app-db';
import { freshIndexedDb } from '../persistence/test-support/storage';
import { BACKUP_MAX_AGE_MS, StorageHealth } from './library-health.svelte';

beforeEach(freshIndexedDb);

const DAY = 24 * 3600 * 1000;
const refused = { persisted: () => Promise.resolve(false), persist: () => Promise.resolve(false) };

describe('the backup warning', () => {
  it('shows when storage may be evicted and no recent backup exists, until dismissed', async () => {
    const health = new StorageHealth(() => 100 * DAY);
    await health.start(await openAppDb(), refused);
    expect(health.warning).toBe(true);
    health.dismiss();
    expect(health.warning).toBe(false);
  });

  it('does not show when the browser keeps the storage, or where it has no storage manager', async () => {
    const kept = new StorageHealth(() => 100 * DAY);
    await kept.start(await openAppDb(), { persisted: () => Promise.resolve(true) });
    expect(kept.warning).toBe(false);
    const unknown = new StorageHealth(() => 100 * DAY);
    await unknown.start(await openAppDb(), undefined);
    expect(unknown.warning).toBe(false);
  });

  it('a backup noted on this device counts for 7 days, also for a later start', async () => {
    const db = await openAppDb();
    let now = 100 * DAY;
    const health = new StorageHealth(() => now);
    await health.start(db, refused);
    await health.noteBackup(db);
    expect(health.lastBackup).toBe(100 * DAY);
    expect(health.warning).toBe(false);
    now += BACKUP_MAX_AGE_MS;
    expect(health.warning).toBe(true);

    const later = new StorageHealth(() => 101 * DAY);
    await later.start(db, refused);
    expect(later.lastBackup).toBe(100 * DAY);
    expect(later.warning).toBe(false);
  });
});
