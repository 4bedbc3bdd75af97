/**
 * The portfolio over the library (issue 12): one item per scenario, its figures computed by an
 * engine worker of its own (so the open scenario's edits never queue behind a thousand others),
 * once per content: each result is kept in IndexedDB under a hash of the scenario's content, and
 * opening the portfolio again reads the cache and evaluates only what changed.
 */
import { createContext } from 'svelte';
import { EngineClient } from '../engine/engine-client';
import { startEngineWorker } from '../engine/start-engine-worker';
import { entryResultSchema, portfolioEntries } from '../engine/portfolio';
import type { Stage } from '../model/schema';
import { contentHash, pruneCached, revisionKey, writeCached } from '../persistence/portfolio-cache';
import { bodyOf, type Entry } from '../persistence/repository';
import type { Library } from './library.svelte';
import type { PortfolioItem } from './portfolio-query';
import type { ScenarioEditor } from './scenario-editor.svelte';
import { at } from '../model/checked';
import type { Status } from './status';
import { WorkerJob } from './worker-job.svelte';
import { readPortfolioCache, yieldToPage } from './portfolio-prefetch';

/**
 * Part of every cache key (the content hashes and the revision keys that point at them): raise it
 * whenever the figures computed for the same content change (a model fix, a new figure), so that
 * old entries are missed rather than trusted; and whenever the form they are stored in changes (2: JSON text).
 */
export const CACHE_SALT = 'cp-portfolio-entry-2';
/** Scenarios per worker call: one structured clone each way per batch, short enough for steady progress. */
const BATCH = 40;
/** From this many scenarios to evaluate, a second worker shares them (the machine's other core). */
const TWO_WORKERS_FROM = 200;
/** Items hashed between yields to the page, so that no task runs long (serialising a scenario makes garbage). */
const CHUNK = 30;
/** Work on the page runs this long at most before it yields (a task over 50 ms is a long task). */
const SLICE_MS = 20;
/** Revision keys stored per transaction (all of a transaction's puts are issued in one task). */
const WRITE_PAGE = 200;
/** Figures arriving are shown at most this often, in an animation frame (the table places only the new ones). */
const PUBLISH_MS = 250;

/** Runs `f` in the next animation frame (a timer where there are none, e.g. in tests). */
const nextFrame = (f: () => void) =>
  typeof requestAnimationFrame === 'function' ? requestAnimationFrame(f) : setTimeout(f, 16);

/**
 * A stored figures record: kept as JSON text, which IndexedDB hands back far faster than the
 * objects themselves (an object's fields are rebuilt one by one in the task that reads the page);
 * parsed here a slice at a time, then checked by the schema like every stored record.
 */
function fromText(stored: unknown): unknown {
  if (typeof stored !== 'string') return undefined;
  try {
    return JSON.parse(stored);
  } catch {
    return undefined;
  }
}

type FileOf = { id: string; rev: string; file: Record<string, unknown> };

function text(v: unknown): string | null {
  return typeof v === 'string' && v !== '' ? v : null;
}

function itemOf({ id, file }: FileOf, hash: string): PortfolioItem {
  const app = (file.application ?? {}) as Record<string, unknown>;
  return {
    id,
    name: typeof file.name === 'string' ? file.name : id,
    applicant: text(app.applicant),
    reference: text(app.reference),
    officer: text(app.officer),
    stage: (text(app.stage) as Stage | null) ?? null,
    currency: typeof file.currency === 'string' ? file.currency : '',
    hash,
    state: { kind: 'pending' },
  };
}

export class PortfolioState {
  #items = $state.raw<PortfolioItem[]>([]);
  readonly #job = new WorkerJob();
  #generation = 0;
  #engines: EngineClient[] = [];
  readonly #library: Library;
  readonly #editor: ScenarioEditor;
  readonly #createEngine: () => EngineClient;

  constructor(
    library: Library,
    editor: ScenarioEditor,
    createEngine: () => EngineClient = () => new EngineClient(startEngineWorker, { timeoutMs: 60_000 }),
  ) {
    this.#library = library;
    this.#editor = editor;
    this.#createEngine = createEngine;
  }

  get items(): PortfolioItem[] {
    return this.#items;
  }
  /** The evaluation of what changed: running with how many of the scenarios to evaluate are done, or failed. */
  get status(): Status {
    return this.#job.status;
  }

  /**
   * Brings the items up to date with the library's entries: cached figures at once (found by
   * the revision's stored hash; only revisions not seen before are hashed), the rest evaluated
   * in batches. A newer call supersedes a running one.
   */
  async refresh(entries: readonly Entry[] = this.#library.entries): Promise<void> {
    const generation = ++this.#generation;
    const stale = () => generation !== this.#generation;
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a lookup within one refresh, not state
    const known = new Map(this.#items.map((it) => [it.id, it]));
    const files: FileOf[] = [];
    const unreadable: PortfolioItem[] = [];
    for (const e of entries) {
      if (!e.ok)
        unreadable.push({
          ...itemOf({ id: e.id, rev: '', file: {} }, ''),
          state: { kind: 'unreadable', problem: e.problem },
        });
      else if (!e.doc.deleted)
        files.push({
          id: e.doc._id,
          rev: e.doc._rev,
          file: (e.doc.draft?.file ?? e.doc.scenario) as Record<string, unknown>,
        });
    }
    const db = this.#library.storage.db;
    // Usually already under way: started when the tab was chosen (portfolio-prefetch.ts).
    const cache = await readPortfolioCache(db);
    if (stale()) return;
    const items = files.map((f) => {
      const hash = cache.get(revisionKey(CACHE_SALT, f.id, f.rev));
      return itemOf(f, typeof hash === 'string' ? hash : '');
    });
    // Revisions not seen before (edited, imported, synced): hashed by content, a few per task.
    const unhashed = items.flatMap((it, i) => (it.hash === '' ? [i] : []));
    const newKeys: { key: string; value: unknown }[] = [];
    for (let i = 0; i < unhashed.length; i += CHUNK) {
      const chunk = unhashed.slice(i, i + CHUNK);
      const hashes = await Promise.all(chunk.map((k) => contentHash(at(files, k, 'scenario').file, CACHE_SALT)));
      if (stale()) return;
      chunk.forEach((k, j) => {
        const [item, file, hash] = [at(items, k, 'item'), at(files, k, 'scenario'), at(hashes, j, 'content hash')];
        item.hash = hash;
        newKeys.push({ key: revisionKey(CACHE_SALT, file.id, file.rev), value: hash });
      });
      if (i + CHUNK < unhashed.length) await yieldToPage();
    }
    let slice = performance.now();
    for (const it of items) {
      const before = known.get(it.id);
      // Same content as shown: keep its figures; else the cache's, checked like every stored record.
      if (before && before.hash === it.hash && before.state.kind !== 'pending') it.state = before.state;
      else {
        const parsed = entryResultSchema.safeParse(fromText(cache.get(it.hash)));
        if (parsed.success)
          it.state = parsed.data.ok
            ? { kind: 'ok', entry: parsed.data.entry, dscrBreach: parsed.data.dscrBreach }
            : { kind: 'invalid', issues: parsed.data.issues };
      }
      if (performance.now() - slice > SLICE_MS) {
        await yieldToPage();
        if (stale()) return;
        slice = performance.now();
      }
    }
    this.#items = [...items, ...unreadable];
    // The new revisions' hashes are stored while the figures are computed, a page per transaction.
    const keysWritten = (async () => {
      for (let i = 0; i < newKeys.length && !stale(); i += WRITE_PAGE) {
        await writeCached(db, newKeys.slice(i, i + WRITE_PAGE));
        await yieldToPage();
      }
    })();
    keysWritten.catch(() => undefined); // awaited below unless superseded or failed first
    const todo = items.filter((it) => it.state.kind === 'pending');
    // Nothing to evaluate: a run this refresh superseded no longer shows as under way.
    if (todo.length === 0) this.#job.reset();
    else {
      // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a lookup within one refresh, not state
      const byId = new Map(files.map((f) => [f.id, f.file]));
      if (!(await this.#evaluate(todo, byId, stale))) return;
    }
    await keysWritten;
    if (stale()) return;
    // Everything computed: records of contents and revisions no longer in the library go, so the
    // cache read at the next opening holds the library and little else.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a lookup within one refresh, not state
    const live = new Set(files.flatMap((f, i) => [at(items, i, 'item').hash, revisionKey(CACHE_SALT, f.id, f.rev)]));
    if ([...cache.keys()].some((k) => !live.has(k))) await pruneCached(db, live);
  }

  /**
   * Evaluates `todo` in batches on one worker, or two when there are many (each pulls the next
   * batch when done), storing each batch's figures and publishing them every PUBLISH_MS.
   * Resolves to false when superseded or failed.
   */
  async #evaluate(todo: PortfolioItem[], byId: Map<string, unknown>, stale: () => boolean): Promise<boolean> {
    const db = this.#library.storage.db;
    const workers = todo.length >= TWO_WORKERS_FROM ? 2 : 1;
    while (this.#engines.length < workers) this.#engines.push(this.#createEngine());
    const job = this.#job;
    const signal = job.start(todo.length);
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- updates gathered between redraws, not state
    const pendingUpdates = new Map<string, PortfolioItem['state']>();
    let published = performance.now();
    let frame = false;
    const publish = () => {
      published = performance.now();
      frame = false;
      if (pendingUpdates.size === 0 || stale()) return;
      this.#items = this.#items.map((it) => {
        const state = pendingUpdates.get(it.id);
        return state ? { ...it, state } : it;
      });
      pendingUpdates.clear();
    };
    let next = 0;
    let done = 0;
    let failed = false;
    const run = async (engine: EngineClient) => {
      while (!stale() && !failed && next < todo.length) {
        const batch = todo.slice(next, (next += BATCH));
        const results = await portfolioEntries(
          engine,
          batch.map((it) => byId.get(it.id)),
        );
        if (stale()) return;
        await writeCached(
          db,
          batch.map((it, k) => ({ key: it.hash, value: JSON.stringify(at(results, k, 'portfolio reply')) })),
        );
        batch.forEach((it, k) => {
          const r = at(results, k, 'portfolio reply');
          pendingUpdates.set(
            it.id,
            r.ok ? { kind: 'ok', entry: r.entry, dscrBreach: r.dscrBreach } : { kind: 'invalid', issues: r.issues },
          );
        });
        done += batch.length;
        if (stale()) return;
        if (!frame && performance.now() - published >= PUBLISH_MS) {
          frame = true;
          nextFrame(publish);
        }
        job.progress(signal, done, todo.length);
      }
    };
    try {
      await Promise.all(this.#engines.slice(0, workers).map(run));
    } catch (e) {
      failed = true;
      if (!stale()) job.fail(signal, e);
      return false;
    } finally {
      // The second worker served the first computation; later edits are one scenario at a time.
      for (const engine of this.#engines.splice(1)) engine.terminate();
    }
    if (stale()) return false;
    publish();
    job.done(signal);
    return true;
  }

  /** Sets (or with null removes) a scenario's stage: through the editor when it is open, else in the stored document. */
  async setStage(id: string, stage: Stage | null): Promise<void> {
    if (this.#library.open?._id === id) {
      this.#editor.type([{ path: ['application', 'stage'], text: stage ?? '' }]);
      return;
    }
    const entry = this.#library.entries.find((e) => e.ok && e.doc._id === id);
    if (!entry?.ok) return;
    const doc = entry.doc;
    const withStage = (file: Record<string, unknown>) => {
      const app = { ...((file.application as Record<string, unknown> | undefined) ?? {}) };
      if (stage === null) delete app.stage;
      else app.stage = stage;
      return { ...file, application: app };
    };
    await this.#library.write(async (storage) => {
      const body = bodyOf(doc);
      body.scenario = withStage(doc.scenario) as typeof doc.scenario;
      if (doc.draft) body.draft = { ...doc.draft, file: withStage(doc.draft.file) };
      return [await storage.repo.put(body, doc._rev)];
    });
  }

  /** Stops the portfolio's worker (the next refresh starts one). */
  stop(): void {
    this.#generation++;
    for (const engine of this.#engines.splice(0)) engine.terminate();
    this.#job.reset();
  }
}

export const [getPortfolio, setPortfolio] = createContext<PortfolioState>();

let shared: PortfolioState | null = null;
/** The page's one portfolio state, made on first use: leaving the tab and coming back keeps its figures and worker. */
export function portfolioFor(library: Library, editor: ScenarioEditor): PortfolioState {
  shared ??= new PortfolioState(library, editor);
  return shared;
}
