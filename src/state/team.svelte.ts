/**
 * The team library's state (#13): the connection, the sync engine running in this tab, and what
 * the Team panel and the library list show (status, per-scenario state, last author, conflicts,
 * quarantine). One tab per browser runs the engine (a Web Lock), so two tabs never push the
 * same document against the same base. The password goes to `_session` and nowhere else.
 */
import { createContext } from 'svelte';
import type { ScenarioDoc } from '../persistence/docs';
import { resolveConflict, type Choice } from '../persistence/sync/conflicts';
import { CouchApi, CouchError, type CouchFailure, type FetchLike } from '../persistence/sync/couch-api';
import { SyncEngine, type SyncSnapshot } from '../persistence/sync/sync-engine';
import {
  allRecords,
  listQuarantine,
  readConnection,
  removeTeamData,
  shareDocs,
  syncStates,
  writeConnection,
  type Connection,
  type DocSyncState,
  type Quarantined,
  type SyncRecord,
} from '../persistence/sync/sync-store';
import { ArrivalBatcher } from './arrival-batcher';
import type { Library } from './library.svelte';
import { reasonedFailure, type ReasonedFailure } from './reasoned-failure';

export type ConnectProblem =
  | { kind: 'field'; field: 'server' | 'user' | 'password' | 'database' }
  | ({ kind: 'failure' } & ReasonedFailure<CouchFailure>);

export interface TeamDeps {
  library: Library;
  fetch?: FetchLike;
  /** How long after an edit the push starts (edits come in bursts). */
  pushDelayMs?: number;
}

const noStates: ReadonlyMap<string, DocSyncState> = new Map();
const nowIso = () => new Date().toISOString();

/** How often, at most, the library list takes what the sync stored (ms). */
const LIST_EVERY_MS = 500;

export class TeamState {
  #connection = $state.raw<Connection | null>(null);
  #snapshot = $state.raw<SyncSnapshot | null>(null);
  // Replaced whole on each reload (never mutated), so a plain map in $state.raw is reactive enough.
  #states = $state.raw<ReadonlyMap<string, DocSyncState>>(noStates);
  #conflicts = $state.raw<SyncRecord[]>([]);
  #quarantine = $state.raw<Quarantined[]>([]);
  #busy = $state(false);
  #problem = $state.raw<ConnectProblem | null>(null);
  #engine: SyncEngine | null = null;
  #api: CouchApi | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #deps: TeamDeps;

  constructor(deps: TeamDeps) {
    this.#deps = deps;
  }

  get connection(): Connection | null {
    return this.#connection;
  }
  get snapshot(): SyncSnapshot | null {
    return this.#snapshot;
  }
  get busy(): boolean {
    return this.#busy;
  }
  get problem(): ConnectProblem | null {
    return this.#problem;
  }
  get conflicts(): SyncRecord[] {
    return this.#conflicts;
  }
  get quarantine(): Quarantined[] {
    return this.#quarantine;
  }
  stateOf(id: string): DocSyncState {
    return this.#states.get(id) ?? 'local';
  }

  get #db() {
    return this.#deps.library.storage.db;
  }

  /** After the library opened: a saved connection resumes if the browser still has its session. */
  async start(): Promise<void> {
    const library = this.#deps.library;
    library.onWrite = (doc) => void this.#written(doc);
    this.#connection = await readConnection(this.#db);
    await this.#reload();
    const connection = this.#connection;
    if (!connection) return;
    const api = this.#makeApi(connection);
    const who = await api.session().catch(() => null);
    if (who === connection.user) this.#run(api, connection);
    else
      this.#snapshot = {
        phase: { kind: 'signed-out', detail: '' },
        pending: 0,
        conflicts: this.#conflicts.length,
        quarantined: this.#quarantine.length,
        lastSync: null,
        refused: [],
      };
  }

  #makeApi(c: Pick<Connection, 'base' | 'db'>): CouchApi {
    return new CouchApi({ base: c.base, db: c.db, fetch: this.#deps.fetch ?? ((url, init) => fetch(url, init)) });
  }

  /** Signs in, checks membership, keeps the connection (never the password) and starts syncing. */
  async connect(form: { base: string; user: string; password: string; db: string }): Promise<boolean> {
    const base = form.base.trim();
    const user = form.user.trim();
    const db = form.db.trim();
    const missing = !base ? 'server' : !user ? 'user' : !form.password ? 'password' : !db ? 'database' : null;
    if (missing) {
      this.#problem = { kind: 'field', field: missing };
      return false;
    }
    this.#busy = true;
    this.#problem = null;
    try {
      const api = this.#makeApi({ base, db });
      await api.login(user, form.password);
      await api.dbInfo();
      const connection: Connection = { base, db, user, connectedAt: nowIso() };
      await writeConnection(this.#db, connection);
      this.#connection = connection;
      this.#run(api, connection);
      return true;
    } catch (error) {
      const failure = error instanceof CouchError ? error.failure : 'network';
      // pouchdb-server answers 401 to a signed-in non-member (CouchDB: 403): after a login that worked, it is "denied".
      const denied = failure === 'unauthorized' && error instanceof CouchError && /access this db/i.test(error.message);
      this.#problem = { kind: 'failure', ...reasonedFailure(denied ? 'forbidden' : failure, error) };
      return false;
    } finally {
      this.#busy = false;
    }
  }

  #run(api: CouchApi, connection: Connection): void {
    this.#api = api;
    this.#deps.library.storage.repo.author = connection.user;
    const engine = new SyncEngine({
      db: this.#db,
      api,
      user: connection.user,
      onSnapshot: (s) => {
        this.#snapshot = s;
        if (s.phase.kind !== 'syncing') void this.#arrivals.flush();
      },
      onDocs: (ids, written) => void this.#arrivals.add(ids, written),
    });
    this.#engine = engine;
    const go = () => engine.start();
    // One tab syncs; the others wait for the lock (and take over when that tab closes).
    if (typeof navigator !== 'undefined' && 'locks' in navigator)
      void navigator.locks.request(`cp-team-sync:${connection.db}`, go);
    else void go();
    if (typeof window !== 'undefined') window.addEventListener('online', this.#online);
  }

  readonly #online = () => this.#engine?.kick();

  /** Documents the sync wrote, on their way to the library list. */
  readonly #arrivals = new ArrivalBatcher({
    everyMs: LIST_EVERY_MS,
    // Each pulled batch joins the list as it comes (as the pull stored it). The sync states are
    // read again only once a pull is done: reading every record after every batch of 200 made a
    // first sync of 10,000 quadratic.
    deliver: (ids, written) => this.#deps.library.syncedDocs(ids, written),
    settle: async () => {
      if (this.#snapshot?.phase.kind !== 'syncing') await this.#reload();
    },
  });

  async #written(doc: ScenarioDoc): Promise<void> {
    if (!this.#connection) return;
    // A scenario created while connected joins the team; one made before stays local until shared.
    if (doc._rev.startsWith('1-') && !this.#states.has(doc._id)) await shareDocs(this.#db, [doc._id]);
    await this.#reload();
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#engine?.kick(), this.#deps.pushDelayMs ?? 800);
  }

  async share(id: string): Promise<void> {
    await shareDocs(this.#db, [id]);
    await this.#reload();
    this.#engine?.kick();
  }

  async #reload(): Promise<void> {
    const revs: Record<string, string> = Object.fromEntries(
      this.#deps.library.entries.flatMap((e) => (e.ok ? [[e.doc._id, e.doc._rev]] : [])),
    );
    const records = await allRecords(this.#db);
    this.#states = await syncStates(this.#db, (id) => revs[id], records);
    this.#conflicts = records.filter((r) => r.conflict);
    this.#quarantine = await listQuarantine(this.#db);
  }

  async resolve(id: string, choice: Choice, copyName?: string): Promise<void> {
    const copy = await resolveConflict(this.#db, id, choice, copyName);
    await this.#deps.library.syncedDocs(copy ? [id, copy] : [id]);
    await this.#reload();
    this.#engine?.kick();
  }

  /** Stops syncing and signs out; the team's scenarios stay on this device. */
  async disconnect(): Promise<void> {
    const engine = this.#engine;
    this.#engine = null;
    if (typeof window !== 'undefined') window.removeEventListener('online', this.#online);
    await engine?.stop();
    await this.#api?.logout().catch(() => undefined);
    this.#api = null;
    await this.#db.delete('team', 'connection');
    this.#connection = null;
    this.#snapshot = null;
    this.#deps.library.storage.repo.author = null;
  }

  /** Disconnects and erases the team's scenarios (and their sync data) from this device. */
  async removeData(): Promise<number> {
    await this.disconnect();
    const count = await removeTeamData(this.#db);
    await this.#deps.library.refresh();
    await this.#reload();
    return count;
  }

  /** What removing would erase: team scenarios, and those with changes not yet sent. */
  teamCounts(): { count: number; pending: number } {
    let pending = 0;
    for (const state of this.#states.values()) if (state === 'waiting' || state === 'conflict') pending++;
    return { count: this.#states.size, pending };
  }
}

export const [getTeam, setTeam] = createContext<TeamState>();
