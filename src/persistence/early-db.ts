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
  /** The scenario the library will most likely open first (latestScenario), or null. */
  latest: LatestScenario | null;
  /** This device's records the library reads as it opens (local.ts `device`, seed.ts `seed`). */
  local: { device: unknown; seed: unknown };
}

/** The latest scenario: its id, and the file its figures will be asked for (null: not evaluated). */
export interface LatestScenario {
  id: string;
  file: unknown;
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

/** Reads the interface settings, the documents and this device's records in one transaction. */
export async function readAtStart(db: AppDb): Promise<StartReads> {
  const tx = db.transaction(['settings', 'docs', 'local']);
  const [uiSettings, docs, device, seed] = await Promise.all([
    tx.objectStore('settings').get('ui'), // ui-settings.ts: UI_SETTINGS_KEY
    tx.objectStore('docs').getAll(null, MAX_DOCS + 1),
    tx.objectStore('local').get('device'),
    tx.objectStore('local').get('seed'),
  ]);
  await tx.done;
  return { uiSettings, latest: docs.length > MAX_DOCS ? null : latestScenario(docs), local: { device, seed } };
}

/**
 * The scenario the library will most likely open first: the latest updated one that is not
 * deleted (as Library.start picks it), or null when there is none. Its file is the draft when it
 * has one, null when a cell of that draft does not read yet (such a draft is not evaluated). Read
 * raw, so only a guess: the library opens it first only once it has parsed it, and the app's
 * first request takes the early answer only for exactly the same file.
 */
export function latestScenario(docs: readonly unknown[]): LatestScenario | null {
  const scenarios = docs.filter(
    (doc): doc is Rec =>
      isRecord(doc) && doc.type === 'scenario' && doc.deleted === undefined && typeof doc.updatedAt === 'string',
  );
  const byUpdated = (a: Rec, b: Rec) =>
    String(b.updatedAt).localeCompare(String(a.updatedAt)) || String(a._id).localeCompare(String(b._id));
  const latest = scenarios.sort(byUpdated)[0];
  if (!latest || typeof latest._id !== 'string') return null;
  const draft = latest.draft;
  if (!isRecord(draft)) return { id: latest._id, file: latest.scenario ?? null };
  const reads = Array.isArray(draft.typed) && draft.typed.length === 0;
  return { id: latest._id, file: reads ? (draft.file ?? null) : null };
}
