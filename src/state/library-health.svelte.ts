/**
 * Whether the browser may evict this origin's data, and when a backup was last exported. Asks for
 * persistent storage once at start; when it is refused and no backup was exported recently,
 * the library shows a warning with a backup button.
 */
import { createContext } from 'svelte';
import type { AppDb } from '../persistence/app-db';
import { readLocal, writeLocal } from '../persistence/local';

/** A backup older than this (ms) no longer counts as recent: 7 days. */
export const BACKUP_MAX_AGE_MS = 7 * 24 * 3600 * 1000;

export interface StorageManagerLike {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
}

export class StorageHealth {
  /** null while unknown, or where the browser has no storage manager. */
  #persisted = $state<boolean | null>(null);
  #lastBackup = $state<number | null>(null);
  #dismissed = $state(false);
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  get lastBackup(): number | null {
    return this.#lastBackup;
  }

  /** Storage may be evicted and there is no recent backup: say so, until dismissed. */
  get warning(): boolean {
    const recent = this.#lastBackup !== null && this.#now() - this.#lastBackup < BACKUP_MAX_AGE_MS;
    return this.#persisted === false && !recent && !this.#dismissed;
  }

  dismiss(): void {
    this.#dismissed = true;
  }

  async start(db: AppDb, storage: StorageManagerLike | undefined): Promise<void> {
    const backup = await readLocal(db, 'backup').catch(() => undefined);
    if (backup?.ok) this.#lastBackup = Date.parse(backup.value.exportedAt);
    try {
      if (await storage?.persisted?.()) this.#persisted = true;
      else if (storage?.persist) this.#persisted = await storage.persist();
    } catch {
      this.#persisted = false;
    }
  }

  /** Remembers an exported backup (on this device). */
  async noteBackup(db: AppDb, at: number = this.#now()): Promise<void> {
    this.#lastBackup = at;
    // A timestamp, not reactive state: a plain Date is right here.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    await writeLocal(db, 'backup', { exportedAt: new Date(at).toISOString() });
  }
}

export const [getStorageHealth, setStorageHealth] = createContext<StorageHealth>();
