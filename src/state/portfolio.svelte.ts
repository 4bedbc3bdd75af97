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
import { contentHash, readCached, writeCached } from '../persistence/portfolio-cache';
import { bodyOf, type Entry } from '../persistence/repository';
import type { Library } from './library.svelte';
import type { PortfolioItem } from './portfolio-query';
import type { ScenarioEditor } from './scenario-editor.svelte';
import { at } from '../model/checked';

/**
 * Part of every cache key: raise it whenever the figures computed for the same content change
 * (a model fix, a new figure), so that old entries are missed rather than trusted.
 */
export const CACHE_SALT = 'cp-portfolio-entry-1';
/** Scenarios per worker call: small enough for steady progress, large enough to keep the worker busy. */
const BATCH = 25;
/** Items hashed or parsed between yields to the page, so that no task runs long. */
const CHUNK = 60;
/** The table and totals are redrawn at most this often while computing (each redraw sorts and totals every row). */
const PUBLISH_MS = 400;

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

type FileOf = { id: string; file: Record<string, unknown> };

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
  #progress = $state.raw<{ done: number; total: number } | null>(null);
  #error = $state.raw<string | null>(null);
  #generation = 0;
  #engine: EngineClient | null = null;
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
  /** While computing: how many of the scenarios to evaluate are done. */
  get progress(): { done: number; total: number } | null {
    return this.#progress;
  }
  get error(): string | null {
    return this.#error;
  }

  /**
   * Brings the items up to date with the library's entries: cached figures at once, the rest
   * evaluated in batches. A newer call supersedes a running one.
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
          id: e.id,
          name: e.id,
          applicant: null,
          reference: null,
          officer: null,
          stage: null,
          currency: '',
          hash: '',
          state: { kind: 'unreadable', problem: e.problem },
        });
      else if (!e.doc.deleted)
        files.push({ id: e.doc._id, file: (e.doc.draft?.file ?? e.doc.scenario) as Record<string, unknown> });
    }
    const items: PortfolioItem[] = [];
    for (let i = 0; i < files.length; i += CHUNK) {
      const chunk = files.slice(i, i + CHUNK);
      const hashes = await Promise.all(chunk.map((f) => contentHash(f.file, CACHE_SALT)));
      chunk.forEach((f, k) => {
        const before = known.get(f.id);
        const hash = at(hashes, k, 'content hash');
        const item = itemOf(f, hash);
        // Same content as shown: keep its figures (no cache read needed).
        items.push(
          before && before.hash === hash && before.state.kind !== 'pending' ? { ...item, state: before.state } : item,
        );
      });
      if (stale()) return;
      if (i + CHUNK < files.length) await yieldToPage();
    }
    items.push(...unreadable);
    const db = this.#library.storage.db;
    const missing = items.filter((it) => it.state.kind === 'pending');
    for (let i = 0; i < missing.length; i += CHUNK) {
      const chunk = missing.slice(i, i + CHUNK);
      const cached = await readCached(
        db,
        chunk.map((it) => it.hash),
      );
      chunk.forEach((it, k) => {
        const parsed = entryResultSchema.safeParse(cached[k]);
        if (parsed.success)
          it.state = parsed.data.ok
            ? { kind: 'ok', entry: parsed.data.entry, dscrBreach: parsed.data.dscrBreach }
            : { kind: 'invalid', issues: parsed.data.issues };
      });
      if (stale()) return;
      if (i + CHUNK < missing.length) await yieldToPage();
    }
    this.#items = items;
    const todo = items.filter((it) => it.state.kind === 'pending');
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a lookup within one refresh, not state
    const byId = new Map(files.map((f) => [f.id, f.file]));
    this.#error = null;
    this.#progress = todo.length > 0 ? { done: 0, total: todo.length } : null;
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a lookup within one refresh, not state
    const pendingUpdates = new Map<string, PortfolioItem['state']>();
    let published = performance.now();
    const publish = () => {
      published = performance.now();
      if (pendingUpdates.size === 0) return;
      this.#items = this.#items.map((it) => {
        const state = pendingUpdates.get(it.id);
        return state ? { ...it, state } : it;
      });
      pendingUpdates.clear();
    };
    for (let i = 0; i < todo.length && !stale(); i += BATCH) {
      const batch = todo.slice(i, i + BATCH);
      let results;
      try {
        this.#engine ??= this.#createEngine();
        results = await portfolioEntries(
          this.#engine,
          batch.map((it) => byId.get(it.id)),
        );
      } catch (e) {
        if (!stale()) {
          this.#error = e instanceof Error ? e.message : String(e);
          this.#progress = null;
        }
        return;
      }
      if (stale()) return;
      await writeCached(
        db,
        batch.map((it, k) => ({ key: it.hash, value: at(results, k, 'portfolio reply') })),
      );
      batch.forEach((it, k) => {
        const r = at(results, k, 'portfolio reply');
        pendingUpdates.set(
          it.id,
          r.ok ? { kind: 'ok', entry: r.entry, dscrBreach: r.dscrBreach } : { kind: 'invalid', issues: r.issues },
        );
      });
      const last = i + BATCH >= todo.length;
      if (last || performance.now() - published >= PUBLISH_MS) publish();
      this.#progress = { done: Math.min(i + BATCH, todo.length), total: todo.length };
    }
    if (!stale()) {
      publish();
      this.#progress = null;
    }
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
    this.#engine?.terminate();
    this.#engine = null;
    this.#progress = null;
  }
}

export const [getPortfolio, setPortfolio] = createContext<PortfolioState>();

let shared: PortfolioState | null = null;
/** The page's one portfolio state, made on first use: leaving the tab and coming back keeps its figures and worker. */
export function portfolioFor(library: Library, editor: ScenarioEditor): PortfolioState {
  shared ??= new PortfolioState(library, editor);
  return shared;
}
