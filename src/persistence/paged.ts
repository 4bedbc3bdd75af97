/**
 * Reading a large store without freezing the page (#13). A team library of 10,000 scenarios read
 * with one `getAll` and parsed with zod in one go held the main thread for 0.5–0.8 s after a
 * first sync. Here a store is read a page at a time (each page its own short transaction, keyed
 * after the last key read) and the work on each page is cut into slices of a few milliseconds,
 * with a yield to the event loop between them, so input and painting run in between.
 */
import type { AppDb } from './app-db';

/** Records per page: one page's structured clone stays well under a frame. */
export const PAGE = 100;
/** Milliseconds of work before the next yield. */
export const SLICE_MS = 8;

/** The stores read in pages, and the key path of each (app-db.ts, migrate-v3.ts). */
const KEY_PATH = { docs: '_id', sync: 'id' } as const;
type PagedStore = keyof typeof KEY_PATH;

/** Lets the browser handle input and paint before the work goes on (scheduler.yield where there is one). */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** `items.map(fn)`, yielding to the event loop whenever `sliceMs` of work has run. */
export async function mapInSlices<T, U>(
  items: readonly T[],
  fn: (item: T) => U,
  sliceMs = SLICE_MS,
  now: () => number = () => performance.now(),
): Promise<U[]> {
  const out: U[] = [];
  let start = now();
  for (const item of items) {
    out.push(fn(item));
    if (now() - start >= sliceMs) {
      await yieldToEventLoop();
      start = now();
    }
  }
  return out;
}

/**
 * Every value of a store keyed by a key path (`docs` by `_id`, `sync` by `id`), in key order, a
 * page at a time. A record written while the pages are read is seen when its key comes later
 * than the page read last; the caller's own writes are merged by the caller.
 */
export async function* pagesOf(db: AppDb, store: PagedStore, size = PAGE): AsyncGenerator<unknown[]> {
  let after: string | null = null;
  for (;;) {
    const range = after === null ? null : IDBKeyRange.lowerBound(after, true);
    const values = await db.getAll(store, range, size);
    if (values.length > 0) yield values;
    const last = values.at(-1) as Record<string, unknown> | undefined;
    const key = last?.[KEY_PATH[store]];
    if (values.length < size || typeof key !== 'string') return;
    after = key;
    await yieldToEventLoop();
  }
}

/** Every value of a store, read and mapped page by page (see `pagesOf`), the pages joined. */
export async function readPaged<U>(db: AppDb, store: PagedStore, fn: (raw: unknown) => U[]): Promise<U[]> {
  const out: U[] = [];
  for await (const page of pagesOf(db, store)) for (const part of await mapInSlices(page, fn)) out.push(...part);
  return out;
}
