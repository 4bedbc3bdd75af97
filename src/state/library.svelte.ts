/**
 * The library of scenarios: the list, the open scenario, and every write this tab makes. Writes
 * run one at a time (each uses the revision the previous one produced) and are announced to the
 * other tabs on a BroadcastChannel, so that they refresh or, for the scenario open there, offer
 * a choice (autosave.svelte.ts).
 */
import { emptyBin, erase } from '../persistence/erase';
import { createContext } from 'svelte';
import { DbOpenError } from '../persistence/app-db';
import { blankScenario } from '../persistence/blank';
import { readLocal, writeLocal } from '../persistence/local';
import { copyName, currencyOfLocale } from '../i18n/locale-currency';
import { languageOf, type UiLanguage } from '../i18n/locale';
import { sampleIn } from '../i18n/sample-text';
import { keepVersion, listVersions } from '../persistence/history';
import { checkScenario, type Read, type ScenarioDoc, type StoredDraft, type VersionDoc } from '../persistence/docs';
import { seedSamples, type SeedReport } from '../persistence/seed';
import { allEntries, distinct, entriesOf, entryId, mergeEntries, type Entry } from '../persistence/entries';
import { PAGE, yieldToEventLoop } from '../persistence/paged';
import type { Storage } from '../persistence/storage';
import type { StartReads } from '../persistence/early-db';
import type { ScenarioEditor } from './scenario-editor.svelte';
import { visibleEntries, type SortKey } from './library-query';
import { reasonedFailure, type ReasonedFailure } from './reasoned-failure';

export type LibraryPhase =
  | { kind: 'opening' }
  | { kind: 'ready' }
  /** The database did not open: the recovery screen shows why. */
  | ({ kind: 'failed' } & ReasonedFailure<DbOpenError['reason']>)
  /** A newer version of the app took the database over in another tab. */
  | { kind: 'closed' };

/** What other tabs hear after each write. */
export interface ChangeMessage {
  kind: 'changed';
  id: string;
  rev: string;
  tab: string;
}

export interface LibraryDeps {
  connect: () => Promise<Storage>;
  loadSample: (name: string) => Promise<string>;
  /** The language the first run seeds the samples in (the user's, once the preferences are read); English without it. */
  sampleLanguage?: () => Promise<UiLanguage>;
  editor: ScenarioEditor;
  /** The channel name; tabs of one origin that share it hear each other. */
  channel?: string;
  /**
   * What the page read as it started (src/persistence/early-db.ts), for the first start only: the
   * seeding marker is taken from it instead of being read again (issue 15 item 11).
   */
  atStart?: () => Promise<StartReads> | null;
}

export class Library {
  #phase = $state.raw<LibraryPhase>({ kind: 'opening' });
  #entries = $state.raw<Entry[]>([]);
  #open = $state.raw<ScenarioDoc | null>(null);
  #openProblem = $state.raw<Extract<Entry, { ok: false }> | null>(null);
  #query = $state('');
  #sort = $state<SortKey>('updated');
  #deleted = $state.raw<ScenarioDoc | null>(null);
  #seed = $state.raw<SeedReport | null>(null);
  #storage: Storage | null = null;
  #queue: Promise<unknown> = Promise.resolve();
  #channel: BroadcastChannel | null = null;
  readonly tab = crypto.getRandomValues(new Uint32Array(2)).join('-');
  readonly #deps: LibraryDeps;
  /** Set by the autosave: a change to the open scenario came from another tab. */
  onRemoteChange: ((message: ChangeMessage) => void) | null = null;
  /** Set by the team sync (#13): this tab wrote a document, so it may have changes to push. */
  onWrite: ((doc: ScenarioDoc) => void) | null = null;

  #listed!: () => void;
  /**
   * Resolves once the library is open and listed, before the latest scenario is shown (never, if
   * the database does not open): what works on the library's store starts then (the team sync).
   */
  readonly ready = new Promise<void>((resolve) => (this.#listed = resolve));

  constructor(deps: LibraryDeps) {
    this.#deps = deps;
  }

  get phase(): LibraryPhase {
    return this.#phase;
  }
  get entries(): Entry[] {
    return this.#entries;
  }
  get open(): ScenarioDoc | null {
    return this.#open;
  }
  /** The open id's record when it cannot be read: shown with its raw content, never replaced. */
  get openProblem(): Extract<Entry, { ok: false }> | null {
    return this.#openProblem;
  }
  get query(): string {
    return this.#query;
  }
  set query(value: string) {
    this.#query = value;
  }
  get sort(): SortKey {
    return this.#sort;
  }
  set sort(value: SortKey) {
    this.#sort = value;
  }
  /** The scenario deleted last, while its undo is offered. */
  get deleted(): ScenarioDoc | null {
    return this.#deleted;
  }
  get seedReport(): SeedReport | null {
    return this.#seed;
  }
  get storage(): Storage {
    if (!this.#storage) throw new Error('the library is not open');
    return this.#storage;
  }

  /** The list as shown: search and sort applied. */
  visible(locale: string): Entry[] {
    return visibleEntries(this.#entries, this.#query, this.#sort, locale);
  }

  /** Opens the database, seeds the samples on the first run, and opens the latest scenario. */
  async start(): Promise<void> {
    this.#phase = { kind: 'opening' };
    try {
      this.#storage = await this.#deps.connect();
      performance.mark('cp:db-open');
    } catch (error) {
      const reason = error instanceof DbOpenError ? error.reason : 'failed';
      this.#phase = { kind: 'failed', ...reasonedFailure(reason, error) };
      return;
    }
    this.#listen();
    const atStart = this.#deps.atStart?.() ?? null;
    try {
      const language = (await this.#deps.sampleLanguage?.()) ?? 'en';
      const seedRecord = atStart?.then((reads) => reads.local.seed);
      this.#seed = await seedSamples(this.#storage.repo, this.#deps.loadSample, language, seedRecord);
    } catch (error) {
      this.#seed = { seeded: [], failed: [{ name: '*', problem: String(error) }] };
    }
    performance.mark('cp:seeded');
    await this.refresh();
    performance.mark('cp:listed');
    this.#phase = { kind: 'ready' };
    this.#listed();
    const latest = visibleEntries(this.#entries, '', 'updated', 'en').find((e) => e.ok);
    if (latest?.ok) {
      await this.beforeFirstShow?.(latest.doc);
      this.#show(latest.doc);
    }
  }

  /** Called when a newer version of the app upgrades the database: this tab stops writing. */
  closeForUpgrade(): void {
    this.#phase = { kind: 'closed' };
    this.#channel?.close();
  }

  /** Stops listening and closes the database (tests, and a page that is going away). */
  close(): void {
    this.#channel?.close();
    this.#storage?.db.close();
  }

  /** Reads the whole list again, a page at a time (entries.ts): a large library does not freeze the page. */
  async refresh(): Promise<void> {
    this.#entries = await allEntries(this.storage.db);
  }

  #listen(): void {
    if (typeof BroadcastChannel === 'undefined') return;
    this.#channel?.close(); // a second start (the recovery screen's "try again") listens once
    this.#channel = new BroadcastChannel(this.#deps.channel ?? 'cp-library');
    this.#channel.onmessage = (event: MessageEvent<ChangeMessage>) => {
      const message = event.data;
      if (message?.kind !== 'changed' || message.tab === this.tab) return;
      // A failed refresh leaves the list as it was; the next write or start reads it again.
      this.refresh().catch(() => undefined);
      if (message.id === this.#open?._id && message.rev !== this.#open._rev) this.onRemoteChange?.(message);
    };
  }

  /** Runs writes one after another; a failed one does not stop the next. */
  #serial<T>(write: () => Promise<T>): Promise<T> {
    const next = this.#queue.then(write, write);
    this.#queue = next.catch(() => undefined);
    return next;
  }

  /** Takes a document this tab has just written into the list (and the editor's record), and tells other tabs. */
  #adopt(doc: ScenarioDoc): ScenarioDoc {
    this.#entries = [...this.#entries.filter((e) => entryId(e) !== doc._id), { ok: true, doc }];
    if (this.#open?._id === doc._id) this.#open = doc;
    this.#channel?.postMessage({ kind: 'changed', id: doc._id, rev: doc._rev, tab: this.tab } satisfies ChangeMessage);
    this.onWrite?.(doc);
    return doc;
  }

  /**
   * Documents the team sync wrote are read by id, a page at a time, and merged into the list as
   * each page is read (a first sync of 10,000 shows them as they come, never all parsed in one
   * task). An id with no record any more (erased) is dropped from the list.
   */
  async #reread(ids: string[]): Promise<void> {
    const unique = distinct(ids);
    for (let i = 0; i < unique.length; i += PAGE) {
      const { entries, missing } = await entriesOf(this.storage.db, unique.slice(i, i + PAGE));
      this.#entries = mergeEntries(this.#entries, entries, missing);
      if (i + PAGE < unique.length) await yieldToEventLoop();
    }
  }

  /**
   * The team sync wrote documents (#13): those it gives as stored (`known`, validated by the pull)
   * join the list as they are, the others are read again; the open scenario takes the new
   * revision silently when only the revision and author changed (its push came back), and
   * otherwise is offered like another tab's change.
   */
  async syncedDocs(ids: string[], known?: ReadonlyMap<string, ScenarioDoc>): Promise<void> {
    const unique = distinct(ids);
    // Reading back what the pull had just validated and stored was the heaviest task of each page.
    const given = unique.flatMap((id): Entry[] => {
      const doc = known?.get(id);
      return doc ? [{ ok: true, doc }] : [];
    });
    if (given.length > 0) this.#entries = mergeEntries(this.#entries, given, []);
    await this.#reread(known ? unique.filter((id) => !known.has(id)) : unique);
    const open = this.#open;
    if (!open || !ids.includes(open._id)) return;
    const read = await this.storage.repo.get(open._id);
    if (!read?.ok || read.value._rev === open._rev) return;
    const content = (d: ScenarioDoc) => JSON.stringify([d.name, d.scenario, d.draft ?? null, d.deleted ?? false]);
    if (content(read.value) === content(open)) this.#open = read.value;
    else this.onRemoteChange?.({ kind: 'changed', id: open._id, rev: read.value._rev, tab: 'team-sync' });
  }

  #show(doc: ScenarioDoc): void {
    this.#open = doc;
    this.#openProblem = null;
    this.#deps.editor.open(structuredClone(doc.draft?.file ?? doc.scenario), structuredClone(doc.draft?.typed ?? []));
    this.#shownRevision = this.#deps.editor.revision;
    this.onShow?.(doc);
  }

  /** Set by main.ts: a scenario was loaded into the editor (its figures are asked for at once). */
  onShow?: (doc: ScenarioDoc) => void;
  /** Set by main.ts: runs before the first scenario is shown (reads its kept figures); never rejects. */
  beforeFirstShow?: (doc: ScenarioDoc) => Promise<void>;

  #shownRevision = -1;
  /** The editor's revision right after a scenario was loaded into it: nothing to save at that one. */
  get shownRevision(): number {
    return this.#shownRevision;
  }

  /** Keeps the stored revision of a scenario as a version (see history.ts), in this tab's queue. */
  keepVersion(id: string): Promise<unknown> {
    return this.#serial(() => keepVersion(this.storage.db, id, this.storage.repo.deviceId));
  }

  /** Opens a scenario in the editor, as stored now (re-read, so another tab's last write is seen). */
  async openScenario(id: string): Promise<void> {
    const read = await this.storage.repo.get(id);
    if (!read) return;
    if (read.ok) this.#show(read.value);
    else {
      this.#open = null;
      this.#openProblem = { ok: false, id, raw: read.raw, problem: read.problem };
    }
  }

  /** Saves the editor's draft into the open scenario: what validates becomes its last valid content. */
  saveOpen(draft: StoredDraft, options: { keepVersion?: boolean } = {}): Promise<ScenarioDoc> {
    return this.#serial(async () => {
      const doc = this.#open;
      if (!doc) throw new Error('no scenario is open');
      const valid = checkScenario(draft.file);
      return this.#adopt(await this.storage.repo.saveDraft(doc, draft, valid.ok ? valid.value : null, options));
    });
  }

  /**
   * A new scenario, blank or from a sample. A blank one starts in the currency of the blank one
   * created last, else of the user's region (`locale`); a sample already in the list comes as
   * "its name (2)". A sample comes in `language` (src/i18n/sample-text.ts).
   */
  async create(name: string, sample?: string, locale = 'en-US', language = languageOf(locale)): Promise<ScenarioDoc> {
    const scenario = sample
      ? checkScenario(sampleIn(sample, JSON.parse(await this.#deps.loadSample(sample)), language))
      : { ok: true as const, value: blankScenario(name, await this.#newCurrency(locale)) };
    if (!scenario.ok) throw new Error(scenario.issues.map((i) => i.message).join('; '));
    if (sample)
      scenario.value.name = copyName(
        scenario.value.name,
        this.#entries.flatMap((e) => (e.ok ? [e.doc.name] : [])),
      );
    const doc = await this.#serial(async () => this.#adopt(await this.storage.repo.create(scenario.value)));
    if (!sample) await writeLocal(this.storage.db, 'lastNew', { id: doc._id });
    this.#show(doc);
    return doc;
  }

  async #newCurrency(locale: string): Promise<string> {
    const last = await readLocal(this.storage.db, 'lastNew');
    const doc = last?.ok ? this.#entries.find((e) => e.ok && e.doc._id === last.value.id) : undefined;
    return doc?.ok ? doc.doc.scenario.currency : currencyOfLocale(locale);
  }

  /** A copy that keeps the draft as typed too. */
  duplicate(doc: ScenarioDoc, name: string): Promise<ScenarioDoc> {
    return this.#serial(async () => this.#adopt(await this.storage.repo.duplicate(doc, name)));
  }

  /** A new scenario from the editor's draft: "keep mine as a copy" after a conflict. */
  saveAsCopy(draft: StoredDraft, fallback: ScenarioDoc): Promise<ScenarioDoc> {
    return this.#serial(async () => {
      const valid = checkScenario(draft.file);
      const clean = valid.ok && draft.typed.length === 0;
      const doc = await this.storage.repo.create(valid.ok ? valid.value : fallback.scenario, clean ? undefined : draft);
      this.#show(this.#adopt(doc));
      return doc;
    });
  }

  rename(doc: ScenarioDoc, name: string): Promise<ScenarioDoc> {
    return this.#serial(async () => this.#adopt(await this.storage.repo.rename(this.#latest(doc), name)));
  }

  /** Deletes (a tombstone) and offers undo; the open scenario is closed. */
  remove(doc: ScenarioDoc): Promise<ScenarioDoc> {
    return this.#serial(async () => {
      const gone = this.#adopt(await this.storage.repo.remove(this.#latest(doc)));
      this.#deleted = gone;
      if (this.#open?._id === gone._id) this.#open = null;
      return gone;
    });
  }

  undoRemove(): Promise<ScenarioDoc | null> {
    const gone = this.#deleted;
    if (!gone) return Promise.resolve(null);
    this.#deleted = null;
    return this.#serial(async () => this.#adopt(await this.storage.repo.undelete(gone)));
  }

  dismissUndo(): void {
    this.#deleted = null;
  }

  /** Deleted scenarios that still hold their content (the bin). */
  get binCount(): number {
    return this.#entries.filter((e) => e.ok && e.doc.deleted).length;
  }

  /** Deletes for good the scenario just deleted: its content and kept versions are erased. */
  eraseDeleted(): Promise<void> {
    const gone = this.#deleted;
    if (!gone) return Promise.resolve();
    this.#deleted = null;
    return this.#serial(async () => this.#forget(await erase(this.storage.repo, this.#latest(gone))));
  }

  /** Empties the bin: every deleted scenario is erased for good. Resolves to how many. */
  emptyBin(): Promise<number> {
    this.#deleted = null;
    return this.#serial(async () => {
      const ids = await emptyBin(this.storage.repo);
      await this.refresh();
      for (const id of ids)
        this.#channel?.postMessage({ kind: 'changed', id, rev: '', tab: this.tab } satisfies ChangeMessage);
      return ids.length;
    });
  }

  /** Drops an erased scenario from the list and tells the other tabs. */
  #forget(stub: { _id: string; _rev: string }): void {
    this.#entries = this.#entries.filter((e) => entryId(e) !== stub._id);
    if (this.#open?._id === stub._id) this.#open = null;
    this.#channel?.postMessage({
      kind: 'changed',
      id: stub._id,
      rev: stub._rev,
      tab: this.tab,
    } satisfies ChangeMessage);
  }

  /** The newest revision this tab knows of a document (the list may hold an older copy). */
  #latest(doc: ScenarioDoc): ScenarioDoc {
    const known = this.#entries.find((e) => e.ok && e.doc._id === doc._id);
    return this.#open?._id === doc._id ? this.#open : known?.ok ? known.doc : doc;
  }

  /** Runs another write (import, restore) in this tab's queue, announcing what it wrote. */
  write(run: (storage: Storage) => Promise<ScenarioDoc[]>): Promise<ScenarioDoc[]> {
    return this.#serial(async () => (await run(this.storage)).map((d) => this.#adopt(d)));
  }

  /** The kept versions of a scenario, newest first (each parsed, or reported). */
  versions(id: string): Promise<Read<VersionDoc>[]> {
    return listVersions(this.storage.db, id);
  }

  /** Brings back a kept version (the current content is kept as a version first). */
  restore(doc: ScenarioDoc, version: VersionDoc): Promise<ScenarioDoc> {
    return this.#serial(async () => {
      const restored = this.#adopt(await this.storage.repo.restore(this.#latest(doc), version));
      if (this.#open?._id === restored._id) this.#show(restored);
      return restored;
    });
  }
}

export const [getLibrary, setLibrary] = createContext<Library>();

/** The sample scenarios shipped with the app, by file name. */
export { SAMPLES as SAMPLE_NAMES } from '../persistence/seed';
