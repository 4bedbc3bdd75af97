/**
 * Helpers for the sync tests against a real pouchdb-server: one "browser" (its own IndexedDB
 * database, a repository, an API logged in as a team member and a sync engine), and two browsers
 * that edited the same shared scenario apart.
 */
import { cookieFetch } from '../../../test/couch/pouchdb-server';
import { openAppDb } from '../app-db';
import { loadDeviceId } from '../local';
import { ScenarioRepository } from '../repository';
import { CouchApi } from '../sync/couch-api';
import { SyncEngine, type EngineOptions } from '../sync/sync-engine';
import { shareDocs } from '../sync/sync-store';
import { sample } from './storage';

export interface SyncBrowserOptions {
  /** The server's URL and the team's database on it. */
  base: string;
  dbName: string;
  user: string;
  password: string;
  /** The browser's IndexedDB database: one name a browser. */
  name: string;
  /** The browser's fetch (a cookie jar of its own unless given). */
  fetch?: typeof fetch;
  /** Engine options over the tests' defaults (a 300 ms long poll, a 20 to 200 ms back-off). */
  engine?: Partial<Omit<EngineOptions, 'db' | 'api' | 'user'>>;
}

export type SyncBrowser = Awaited<ReturnType<typeof syncBrowser>>;

/** A browser with the user logged in to the team database; nothing synced yet. */
export async function syncBrowser(o: SyncBrowserOptions) {
  const db = await openAppDb(o.name);
  const repo = new ScenarioRepository(db, await loadDeviceId(db));
  repo.author = o.user;
  const api = new CouchApi({ base: o.base, db: o.dbName, fetch: o.fetch ?? cookieFetch() });
  await api.login(o.user, o.password);
  const engine = new SyncEngine({
    db,
    api,
    user: o.user,
    listenMs: 300,
    backoff: { initialMs: 20, maxMs: 200 },
    ...o.engine,
  });
  return { db, repo, api, engine };
}

/**
 * A scenario that `a` creates and shares and `b` pulls, then each renames it offline (nothing
 * pushed since): the start of every conflict. Returns the scenario's id.
 */
export async function renamedApart(a: SyncBrowser, b: SyncBrowser, nameA: string, nameB: string): Promise<string> {
  const doc = await a.repo.create(sample());
  await shareDocs(a.db, [doc._id]);
  await a.engine.push();
  await b.engine.pull();
  const atA = await a.repo.get(doc._id);
  const atB = await b.repo.get(doc._id);
  if (!atA?.ok || !atB?.ok) throw new Error('not synced');
  await a.repo.rename(atA.value, nameA);
  await b.repo.rename(atB.value, nameB);
  return doc._id;
}
