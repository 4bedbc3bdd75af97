/**
 * The portfolio's cache: each scenario's figures stored under a hash of its content, so that
 * opening the portfolio again evaluates only what changed. Keyed by content, not by revision:
 * sync rewrites revisions without changing content. Values are stored as `unknown` and parsed by
 * the caller, like every other record (a record of another version is a miss, never trusted).
 */
import type { AppDb } from './app-db';

/** Keys sorted at every level: the same content gives the same text whatever its key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, (v as Record<string, unknown>)[k]]),
        )
      : v,
  );
}

/** SHA-256 of the canonical JSON, hex; `salt` names what is computed (a new model version, a new key). */
export async function contentHash(value: unknown, salt: string): Promise<string> {
  const bytes = new TextEncoder().encode(`${salt}\n${canonicalJson(value)}`);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The stored values of `keys`, in order (undefined where none), in one transaction. */
export async function readCached(db: AppDb, keys: readonly string[]): Promise<unknown[]> {
  const tx = db.transaction('portfolio', 'readonly');
  const values = await Promise.all(keys.map((k) => tx.store.get(k)));
  await tx.done;
  return values;
}

/** Stores values by key, in one transaction. */
export async function writeCached(db: AppDb, items: readonly { key: string; value: unknown }[]): Promise<void> {
  if (items.length === 0) return;
  const tx = db.transaction('portfolio', 'readwrite');
  await Promise.all([...items.map((i) => tx.store.put(i.value, i.key)), tx.done]);
}

/** Drops every entry not in `keep` (scenarios deleted or changed), so the cache does not grow forever. */
export async function pruneCached(db: AppDb, keep: ReadonlySet<string>): Promise<number> {
  const tx = db.transaction('portfolio', 'readwrite');
  let removed = 0;
  for (const key of await tx.store.getAllKeys()) {
    if (!keep.has(key)) {
      void tx.store.delete(key);
      removed++;
    }
  }
  await tx.done;
  return removed;
}
