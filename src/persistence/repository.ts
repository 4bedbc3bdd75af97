/**
 * The scenario repository. Every write goes through one `put(doc, expectedRev)`, which checks
 * the stored revision inside the readwrite transaction (strict durability) and fails with a
 * ConflictError when it moved: that is the two-tab check today and CouchDB's rule later.
 * Every read is parsed (docs.ts); a record that does not parse is returned as it is, never
 * dropped or replaced.
 */
import type { Scenario } from '../model/schema';
import type { AppDb, AppStore, WriteTx } from './app-db';
import {
  changeSchema,
  readWith,
  scenarioDocSchema,
  type Change,
  type Read,
  type ScenarioDoc,
  type StoredDraft,
  type VersionDoc,
} from './docs';
import { toEntries, type Entry } from './entries';
import { ConflictError } from './errors';
import { newId } from './ids';
import { nextRev } from './revision';
import { keepVersionIn } from './history';

/** A scenario document as the caller writes it: the repository adds `_rev`, `updatedAt`, `deviceId`, `updatedBy`. */
export type DocBody = Omit<ScenarioDoc, '_rev' | 'updatedAt' | 'deviceId' | 'updatedBy'>;

export type { Entry } from './entries';

const STORES: AppStore[] = ['docs', 'changes', 'history', 'local'];

export class ScenarioRepository {
  constructor(
    readonly db: AppDb,
    readonly deviceId: string,
    readonly clock: () => Date = () => new Date(),
  ) {}

  /** The team user this device writes as (set while a team is connected), stamped as `updatedBy`. */
  author: string | null = null;

  /** One document, parsed; undefined when there is no such id. */
  async get(id: string): Promise<Read<ScenarioDoc> | undefined> {
    const raw = await this.db.get('docs', id);
    return raw === undefined ? undefined : readWith(scenarioDocSchema, raw);
  }

  /** Every scenario document, tombstones included, each parsed or reported (in one read: see entries.ts for the paged one). */
  async all(): Promise<Entry[]> {
    return (await this.db.getAll('docs')).flatMap(toEntries);
  }

  /** The library: documents that are not deleted, and every unreadable record. */
  async list(): Promise<Entry[]> {
    return (await this.all()).filter((e) => !e.ok || !e.doc.deleted);
  }

  /** Builds the stored form of `body` as the revision after `expectedRev`; throws if it is invalid. */
  stamp(body: DocBody, expectedRev: string | null): ScenarioDoc {
    const meta = { ...body, updatedAt: this.clock().toISOString(), deviceId: this.deviceId, updatedBy: this.author };
    return scenarioDocSchema.parse({ ...meta, _rev: nextRev(expectedRev, meta) });
  }

  /** A readwrite transaction that is reported done only once it is on disk. */
  transaction(): WriteTx {
    return this.db.transaction(STORES, 'readwrite', { durability: 'strict' });
  }

  /**
   * Writes `doc` if the stored revision is still `expectedRev` (null: the id must be new, even
   * as a tombstone, so ids are never reused). Resolves once the transaction has completed.
   */
  async put(body: DocBody, expectedRev: string | null, options: { keepVersion?: boolean } = {}): Promise<ScenarioDoc> {
    const doc = this.stamp(body, expectedRev);
    const tx = this.transaction();
    try {
      await this.putIn(tx, doc, expectedRev);
      if (options.keepVersion) await keepVersionIn(tx, doc, this.deviceId, this.clock());
    } catch (error) {
      abortQuietly(tx);
      throw error;
    }
    await tx.done;
    return doc;
  }

  /** The revision check and the write, inside the caller's transaction. */
  async putIn(tx: WriteTx, doc: ScenarioDoc, expectedRev: string | null): Promise<void> {
    const docs = tx.objectStore('docs');
    const current = await docs.get(doc._id);
    const currentRev = revOf(current);
    // A new id must be free even of a tombstone or an unreadable record: ids are never reused.
    if (currentRev !== expectedRev || (current !== undefined && expectedRev === null))
      throw new ConflictError(doc._id, expectedRev, currentRev);
    await docs.put(doc);
    const change: Omit<Change, 'seq'> = doc.deleted
      ? { id: doc._id, rev: doc._rev, deleted: true }
      : { id: doc._id, rev: doc._rev };
    await tx.objectStore('changes').add(change as Change);
  }

  /** A new scenario from a valid file; `draft` when what was typed differs from it. */
  async create(scenario: Scenario, draft?: StoredDraft): Promise<ScenarioDoc> {
    return this.put(newBody(scenario, draft), null);
  }

  /** Writes several new scenarios in one transaction: all of them, or none. */
  async createMany(
    items: { scenario: Scenario; draft?: StoredDraft }[],
    also?: (tx: WriteTx, docs: ScenarioDoc[]) => Promise<void>,
  ): Promise<ScenarioDoc[]> {
    const docs = items.map((i) => this.stamp(newBody(i.scenario, i.draft), null));
    const tx = this.transaction();
    try {
      for (const doc of docs) await this.putIn(tx, doc, null);
      await also?.(tx, docs);
    } catch (error) {
      abortQuietly(tx);
      throw error;
    }
    await tx.done;
    return docs;
  }

  /** Saves what the editor holds: a valid file becomes `scenario`; anything else is kept as `draft`. */
  async saveDraft(
    doc: ScenarioDoc,
    draft: StoredDraft,
    valid: Scenario | null,
    options: { keepVersion?: boolean } = {},
  ): Promise<ScenarioDoc> {
    const clean = valid !== null && draft.typed.length === 0;
    const name = typeof draft.file.name === 'string' ? draft.file.name : doc.name;
    const body: DocBody = { ...bodyOf(doc), name, scenario: valid ?? doc.scenario, draft: clean ? undefined : draft };
    if (clean) delete body.draft;
    return this.put(body, doc._rev, options);
  }

  /** Renames the document and the scenario (and draft) inside it. */
  async rename(doc: ScenarioDoc, name: string): Promise<ScenarioDoc> {
    const body = bodyOf(doc);
    body.name = name;
    body.scenario = { ...doc.scenario, name };
    if (doc.draft) body.draft = { ...doc.draft, file: { ...doc.draft.file, name } };
    return this.put(body, doc._rev);
  }

  /** A copy with a new id and the given name. */
  async duplicate(doc: ScenarioDoc, name: string): Promise<ScenarioDoc> {
    const draft = doc.draft && { ...doc.draft, file: { ...doc.draft.file, name } };
    return this.put(newBody({ ...doc.scenario, name }, draft), null);
  }

  /** Deletes as a tombstone (content kept, so that `undelete` can bring it back). */
  async remove(doc: ScenarioDoc): Promise<ScenarioDoc> {
    return this.put({ ...bodyOf(doc), deleted: true }, doc._rev);
  }

  async undelete(doc: ScenarioDoc): Promise<ScenarioDoc> {
    const body = bodyOf(doc);
    delete body.deleted;
    return this.put(body, doc._rev);
  }

  /** Brings back a kept version; the current content is kept as a version first, so this can be undone. */
  async restore(doc: ScenarioDoc, version: VersionDoc): Promise<ScenarioDoc> {
    const body = bodyOf(doc);
    body.name = version.name;
    body.scenario = version.scenario;
    if (version.draft) body.draft = version.draft;
    else delete body.draft;
    const next = this.stamp(body, doc._rev);
    const tx = this.transaction();
    try {
      await this.putIn(tx, next, doc._rev);
      await keepVersionIn(tx, doc, this.deviceId, this.clock());
      await keepVersionIn(tx, next, this.deviceId, this.clock());
    } catch (error) {
      abortQuietly(tx);
      throw error;
    }
    await tx.done;
    return next;
  }

  /** The changes log after `since` (a seq), oldest first; a line that does not parse is reported, not skipped. */
  async changesSince(since = 0): Promise<Change[]> {
    const raws = await this.db.getAll('changes', IDBKeyRange.lowerBound(since, true));
    return raws.map((raw) => changeSchema.parse(raw));
  }
}

/** The body of a new document: a fresh id, never used before. */
export function newBody(scenario: Scenario, draft?: StoredDraft): DocBody {
  const body: DocBody = { _id: newId('scn'), type: 'scenario', name: scenario.name, scenario };
  if (draft) body.draft = draft;
  return body;
}

/** The writable part of a document (a copy). */
export function bodyOf(doc: ScenarioDoc): DocBody {
  const { _rev: _r, updatedAt: _u, deviceId: _d, updatedBy: _b, ...body } = doc;
  return { ...body };
}

function revOf(raw: unknown): string | null {
  const rev = raw !== null && typeof raw === 'object' ? (raw as { _rev?: unknown })._rev : undefined;
  return typeof rev === 'string' ? rev : null;
}

/** Aborts a transaction that failed half-way; its `done` then rejects, which nobody waits for. */
export function abortQuietly(tx: WriteTx): void {
  tx.done.catch(() => undefined);
  try {
    tx.abort();
  } catch {
    // Already finished or aborted by the browser: nothing was written either way.
  }
}
