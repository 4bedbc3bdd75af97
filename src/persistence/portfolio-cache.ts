/**
 * The portfolio's cache: each scenario's figures stored under a hash of its content, so that
 * opening the portfolio again evaluates only what changed. Keyed by content, not by revision:
 * sync rewrites revisions without changing content. Values are stored as `unknown` and parsed by
 * the caller, like every other record (a record of another version is a miss, never trusted).
 */
import type { AppDb } from './app-db';
import { at } from '../model/checked';

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

/**
 * The key under which a document revision's content hash is kept, so that opening the portfolio
 * again reads hashes instead of hashing every scenario. A revision names its content (see
 * revision.ts), so the pair never goes stale; `salt` is in the key because the hash depends on it.
 */
export function revisionKey(salt: string, id: string, rev: string): string {
  return `rev\n${salt}\n${id}\n${rev}`;
}

/**
 * Every record of the cache by key, read `page` records at a time (keys and values of a page in
 * one transaction: two requests, not one per record), with `between` awaited between pages so
 * that reading a large cache never holds the page for long.
 */
export async function readAllCached(
  db: AppDb,
  page = 500,
  between: () => Promise<void> = () => Promise.resolve(),
): Promise<Map<string, unknown>> {
  const out = new Map<string, unknown>();
  let after: string | null = null;
  for (;;) {
    const range: IDBKeyRange | undefined = after === null ? undefined : IDBKeyRange.lowerBound(after, true);
    const tx = db.transaction('portfolio', 'readonly');
    const [keys, values]: [string[], unknown[], void] = await Promise.all([
      tx.store.getAllKeys(range, page),
      tx.store.getAll(range, page),
      tx.done,
    ]);
    keys.forEach((k, i) => out.set(k, values[i]));
    if (keys.length < page) return out;
    after = at(keys, keys.length - 1, 'cache key'); // a full page: never empty
    await between();
  }
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
