/**
 * The sync's state machine: push what waits, pull what changed, then listen (a long poll that
 * the client ends itself, since pouchdb-server ignores `timeout`), and after a failure wait
 * with exponential backoff before trying again. Time comes from an injected clock, so the unit
 * tests drive retries and timeouts with a fake one.
 *
 *   start -> push -> pull -> listen -+-> (change arrives / local edit / timeout) -> push ...
 *                    |                 |
 *                    +-(network, 5xx, garbage)-> offline: wait 1 s, 2 s, 4 s ... 60 s -> push
 *                    +-(401) -> signed-out (the person types the password again)
 *                    +-(403, 404) -> denied (stops)
 */
import type { AppDb } from '../app-db';
import type { ScenarioDoc } from '../docs';
import { CouchError, type ChangeRow, type CouchApi, type CouchFailure } from './couch-api';
import { applyPulled, applyPushed, pushBody } from './sync-apply';
import { readCheckpoint } from './sync-store';
import { applyDiscarded, discardBodies, fetchLeaves } from './sync-leaves';
import { SyncTracker, type Waiting } from './sync-tracker';

export interface Clock {
  now(): number;
  /** Resolves after `ms`, or at once when `signal` is aborted. */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      if (signal.aborted) return resolve();
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      }
      signal.addEventListener('abort', done);
    }),
};

export type SyncPhase =
  | { kind: 'starting' }
  | { kind: 'syncing'; pulled: number }
  | { kind: 'listening' }
  | { kind: 'offline'; since: number; retryAt: number; failure: CouchFailure; detail: string }
  | { kind: 'signed-out'; detail: string }
  | { kind: 'denied'; detail: string }
  | { kind: 'stopped' };

export interface SyncSnapshot {
  phase: SyncPhase;
  pending: number;
  conflicts: number;
  quarantined: number;
  /** When the last full push and pull finished (ms). */
  lastSync: number | null;
  /** Documents the server refused (validation), with its reason. */
  refused: { id: string; reason: string }[];
}

export interface EngineOptions {
  db: AppDb;
  api: CouchApi;
  /** The logged-in user: the `updatedBy` of every push. */
  user: string;
  clock?: Clock;
  batch?: number;
  /** How long one long poll may wait before the client ends it and polls again. */
  listenMs?: number;
  backoff?: { initialMs: number; maxMs: number };
  onSnapshot?: (snapshot: SyncSnapshot) => void;
  /**
   * Documents the sync wrote locally (pulled or given the server's revision), with those of them
   * it knows as stored (a pull's, already validated); the others are to be read back.
   */
  onDocs?: (ids: string[], written?: ReadonlyMap<string, ScenarioDoc>) => void;
}

/** How many rows of a `_changes` batch are documents of ours (not `_design/` documents). */
export function scenarioRows(rows: readonly ChangeRow[]): number {
  return rows.reduce((n, row) => (row.id.startsWith('_design/') ? n : n + 1), 0);
}

export class SyncEngine {
  readonly #o: Required<Omit<EngineOptions, 'onSnapshot' | 'onDocs'>> & Pick<EngineOptions, 'onSnapshot' | 'onDocs'>;
  #stopped = new AbortController();
  #wake = new AbortController();
  #running: Promise<void> | null = null;
  readonly #tracker: SyncTracker;
  #snapshot: SyncSnapshot = {
    phase: { kind: 'starting' },
    pending: 0,
    conflicts: 0,
    quarantined: 0,
    lastSync: null,
    refused: [],
  };

  constructor(options: EngineOptions) {
    this.#o = {
      clock: realClock,
      batch: 200,
      listenMs: 25_000,
      backoff: { initialMs: 1000, maxMs: 60_000 },
      ...options,
    };
    this.#tracker = new SyncTracker(options.db);
  }

  get snapshot(): SyncSnapshot {
    return this.#snapshot;
  }

  /** Runs until stopped, signed out or denied; resolves then. */
  start(): Promise<void> {
    this.#running ??= this.#loop();
    return this.#running;
  }

  /** Something changed here (an edit, a conflict resolved) or the browser came online: go now. */
  kick(): void {
    this.#wake.abort();
  }

  async stop(): Promise<void> {
    this.#stopped.abort();
    this.#wake.abort();
    await this.#running;
  }

  async #emit(phase: SyncPhase, recount = true): Promise<void> {
    const { db } = this.#o;
    if (recount) {
      // Counted from what changed since the last look (sync-tracker.ts), not by reading every record:
      // during a pull the counts are left as they were (progress only).
      const pending = await this.#tracker.refresh();
      this.#snapshot = {
        ...this.#snapshot,
        pending: pending.length,
        conflicts: this.#tracker.conflicts,
        quarantined: await db.count('quarantine'),
      };
    }
    this.#snapshot = { ...this.#snapshot, phase };
    this.#o.onSnapshot?.(this.#snapshot);
  }

  async #loop(): Promise<void> {
    const { clock, backoff } = this.#o;
    let failures = 0;
    let since: number | null = null;
    while (!this.#stopped.signal.aborted) {
      if (this.#wake.signal.aborted) this.#wake = new AbortController();
      try {
        await this.#emit({ kind: 'syncing', pulled: 0 });
        await this.push();
        await this.pull();
        failures = 0;
        since = null;
        this.#snapshot = { ...this.#snapshot, lastSync: clock.now() };
        await this.#emit({ kind: 'listening' });
        await this.#listen();
      } catch (error) {
        if (this.#stopped.signal.aborted) break;
        const failure = error instanceof CouchError ? error.failure : 'server';
        const detail = error instanceof Error ? error.message : String(error);
        // 401 means "who are you?": a session that ended. pouchdb-server also answers 401 (where
        // CouchDB 3 answers 403) to a signed-in user who is not a member: asking tells them apart.
        if (failure === 'unauthorized')
          return this.#end({ kind: (await this.#signedIn()) ? 'denied' : 'signed-out', detail });
        if (failure === 'forbidden' || failure === 'not-found') return this.#end({ kind: 'denied', detail });
        // An IndexedDB failure is not the network's: it is reported the same way and retried.
        failures++;
        since ??= clock.now();
        const delay = Math.min(backoff.maxMs, backoff.initialMs * 2 ** (failures - 1));
        await this.#emit({ kind: 'offline', since, retryAt: clock.now() + delay, failure, detail });
        await clock.sleep(delay, this.#wake.signal);
      }
    }
    await this.#end({ kind: 'stopped' });
  }

  async #signedIn(): Promise<boolean> {
    try {
      return (await this.#o.api.session()) !== null;
    } catch {
      return false;
    }
  }

  async #end(phase: SyncPhase): Promise<void> {
    await this.#emit(phase);
  }

  /** Pushes every waiting document, a batch at a time. */
  async push(): Promise<void> {
    const { db, api, user, batch } = this.#o;
    const refused: { id: string; reason: string }[] = [];
    const waiting = await this.#tracker.refresh();
    // Documents edited here; decided losing revisions are deleted after them (pushDiscards).
    const pending = waiting.filter((w) => w.doc._rev !== w.record.localRev);
    for (let i = 0; i < pending.length; i += batch) {
      const sent = pending.slice(i, i + batch);
      const answers = await api.bulkDocs(sent.map((p) => pushBody(p.doc, p.record, user)));
      // A row refused as "unauthorized" means the session or the membership is gone, not this document.
      const unauthorized = [...answers.values()].find((a) => 'error' in a && a.error === 'unauthorized');
      if (unauthorized && 'error' in unauthorized)
        throw new CouchError('unauthorized', unauthorized.reason ?? 'unauthorized');
      const conflicted = [...answers.values()].filter((a) => 'error' in a && a.error === 'conflict').map((a) => a.id);
      const current: Awaited<ReturnType<CouchApi['current']>> =
        conflicted.length > 0 ? await api.current(conflicted) : new Map<string, never>();
      const report = await applyPushed(db, sent, answers, current, user);
      this.#tracker.touch(report.conflicts);
      refused.push(...report.refused);
      this.#o.onDocs?.([...report.pushed, ...report.conflicts]);
    }
    this.#snapshot = { ...this.#snapshot, refused };
    await this.#pushDiscards(waiting.filter((w) => w.record.discard?.length));
  }

  /** Deletes on the server the losing revisions (`_conflicts`) a person has decided about. */
  async #pushDiscards(waiting: Waiting[]): Promise<void> {
    const { db, api, user, batch, clock } = this.#o;
    // One losing revision per document per request (answers are matched by id); a document with
    // several goes again, as long as each round deletes one.
    for (let round = waiting; round.length > 0;) {
      const more = new Set<string>();
      for (let i = 0; i < round.length; i += batch) {
        const sent = discardBodies(round.slice(i, i + batch), user, new Date(clock.now()));
        const answers = await api.bulkDocs(sent);
        for (const id of await applyDiscarded(db, sent, answers)) more.add(id);
        this.#tracker.touch(sent.map((b) => String(b._id)));
      }
      round = more.size > 0 ? (await this.#tracker.refresh()).filter((w) => more.has(w.doc._id)) : [];
    }
  }

  /** Pulls every change since the checkpoint, a batch at a time; each batch is stored with its checkpoint. */
  async pull(): Promise<void> {
    const { db, api, batch, clock } = this.#o;
    let pulled = 0;
    for (;;) {
      const since = (await readCheckpoint(db, api.options.db))?.since ?? 0;
      const { results, lastSeq } = await api.changes(since, batch);
      if (results.length > 0 || String(lastSeq) !== String(since)) {
        const leaves = await fetchLeaves(api, results);
        const report = await applyPulled(db, api.options.db, results, lastSeq, new Date(clock.now()), leaves);
        this.#tracker.touch(report.conflicts); // a conflict is marked on the record only, without a log line
        pulled += scenarioRows(results); // the progress counts scenarios, not the design document
        this.#o.onDocs?.([...report.stored, ...report.conflicts], report.written);
        await this.#emit({ kind: 'syncing', pulled }, false);
      }
      if (results.length < batch) return;
    }
  }

  /** Waits for the next change (or a kick, or the client's own timeout), and stores what came. */
  async #listen(): Promise<void> {
    const { db, api, batch, clock, listenMs } = this.#o;
    const wake = this.#wake;
    if (wake.signal.aborted) return;
    const timeout = new AbortController();
    void clock.sleep(listenMs, timeout.signal).then(() => {
      if (!timeout.signal.aborted) wake.abort();
    });
    try {
      const since = (await readCheckpoint(db, api.options.db))?.since ?? 0;
      const { results, lastSeq } = await api.changes(since, batch, { longpoll: true, signal: wake.signal });
      if (results.length > 0 || String(lastSeq) !== String(since)) {
        const leaves = await fetchLeaves(api, results);
        const report = await applyPulled(db, api.options.db, results, lastSeq, new Date(clock.now()), leaves);
        this.#tracker.touch(report.conflicts); // a conflict is marked on the record only, without a log line
        this.#o.onDocs?.([...report.stored, ...report.conflicts], report.written);
      }
    } catch (error) {
      // Ended by us (a kick, the timeout, stop): not a failure.
      if (!wake.signal.aborted) throw error;
    } finally {
      timeout.abort();
    }
  }
}
