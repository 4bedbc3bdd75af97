/**
 * The portfolio's cache read, started when the Portfolio tab is chosen rather than once its code
 * has loaded (issue 12: opened again ≤ 200 ms). The tab's module is fetched on first use, so
 * without this the IndexedDB read (a round trip to the browser's storage process) waited behind
 * that fetch; started at the click, the two overlap. A read found here is only ever a snapshot of
 * a cache keyed by content, so one a little old can only miss entries (then hashed or evaluated
 * again), never give wrong figures.
 */
import type { AppDb } from '../persistence/app-db';
import { readAllCached } from '../persistence/portfolio-cache';
import type { Library } from './library.svelte';

/**
 * Cache records read per IndexedDB page: two per scenario (its figures, its revision's hash), so
 * 1,000 scenarios are read in one page (one round trip), and one page is cloned in well under 50 ms.
 */
export const READ_PAGE = 2500;
/** A read started longer ago than this is not used (the tab's code failed to load, say): read again. */
const FRESH_MS = 10_000;

export const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

let started: { db: AppDb; at: number; read: Promise<Map<string, unknown>> } | null = null;

/** Starts reading the portfolio's cache, for the portfolio's next refresh; nothing while the library is not open. */
export function prefetchPortfolioCache(library: Library): void {
  if (library.phase.kind !== 'ready') return;
  const db = library.storage.db;
  const read = readAllCached(db, READ_PAGE, yieldToPage);
  read.catch(() => undefined); // a failed read is read again by the refresh
  started = { db, at: performance.now(), read };
}

/** The cache of `db`: the read prefetched for it when there is a recent one (used once), else a new read. */
export function readPortfolioCache(db: AppDb): Promise<Map<string, unknown>> {
  const s = started;
  started = null;
  if (s && s.db === db && performance.now() - s.at < FRESH_MS)
    return s.read.catch(() => readAllCached(db, READ_PAGE, yieldToPage));
  return readAllCached(db, READ_PAGE, yieldToPage);
}
