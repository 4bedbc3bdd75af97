/**
 * The database opened by the page's first module (src/boot.ts) while the app's code still loads,
 * instead of after it (issue 15 item 11). The preferences and the library share this connection;
 * the interface settings and the scenario the library will open first are read from it at once,
 * so that the page is drawn in the user's language without another wait, and the engine worker
 * computes that scenario's figures meanwhile.
 */
import { DB_NAME, openAppDb, type AppDb } from './app-db';

/** What the start reads, raw: each is parsed where it is used. */
export interface StartReads {
  /** The `settings` store's `ui` record (ui-settings.ts parses it). */
  uiSettings: unknown;
  /** The scenario file the library will most likely open first (latestScenarioFile), or null. */
  latestFile: unknown;
}

let early: { db: Promise<AppDb>; reads: Promise<StartReads> } | null = null;
const versionChangeListeners = new Set<() => void>();

/** Opens the app's database once per page (creating or upgrading it, as openAppDb does) and starts the reads. */
export function openEarlyDb(): void {
  if (early) return;
  const db = openAppDb(DB_NAME, { onVersionChange: () => versionChangeListeners.forEach((listener) => listener()) });
  const reads = db.then(readAtStart);
  reads.catch(() => undefined); // a failed open is reported by whoever uses the connection
  early = { db, reads };
}

/** The connection opened early, or null when none was; a failed open is the caller's to report. */
export function earlyDb(): Promise<AppDb> | null {
  return early?.db ?? null;
}

/** The reads made as soon as the connection opened, or null when it was not opened early. */
export function earlyReads(): Promise<StartReads> | null {
  return early?.reads ?? null;
}

/** Calls `listener` when a newer version of the app has closed the early connection to upgrade. */
export function onEarlyDbVersionChange(listener: () => void): void {
  versionChangeListeners.add(listener);
}

/** Above this many documents no guess is made: reading them all at once would hold the page up. */
const MAX_DOCS = 500;

type Rec = Record<string, unknown>;
const isRecord = (value: unknown): value is Rec => value !== null && typeof value === 'object';

/** Reads the interface settings and the documents in one transaction. */
export async function readAtStart(db: AppDb): Promise<StartReads> {
  const tx = db.transaction(['settings', 'docs']);
  const [uiSettings, docs] = await Promise.all([
    tx.objectStore('settings').get('ui'), // ui-settings.ts: UI_SETTINGS_KEY
    tx.objectStore('docs').getAll(null, MAX_DOCS + 1),
  ]);
  await tx.done;
  return { uiSettings, latestFile: docs.length > MAX_DOCS ? null : latestScenarioFile(docs) };
}

/**
 * The file the library will most likely open first and ask figures for: the latest updated
 * scenario that is not deleted (as Library.start picks it), its draft when it has one; null when
 * there is none or its draft has cells that do not read yet (those are not evaluated). Read raw:
 * only a guess, which the app's first request takes only when it is exactly the same file.
 */
export function latestScenarioFile(docs: readonly unknown[]): unknown {
  const scenarios = docs.filter(
    (doc): doc is Rec =>
      isRecord(doc) && doc.type === 'scenario' && doc.deleted === undefined && typeof doc.updatedAt === 'string',
  );
  const byUpdated = (a: Rec, b: Rec) =>
    String(b.updatedAt).localeCompare(String(a.updatedAt)) || String(a._id).localeCompare(String(b._id));
  const latest = scenarios.sort(byUpdated)[0];
  if (!latest) return null;
  const draft = latest.draft;
  if (!isRecord(draft)) return latest.scenario ?? null;
  return Array.isArray(draft.typed) && draft.typed.length === 0 ? (draft.file ?? null) : null;
}
