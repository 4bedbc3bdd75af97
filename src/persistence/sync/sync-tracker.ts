/**
 * Which team documents wait to be pushed and which are in conflict, kept up to date without
 * reading the whole library on every cycle. With 10,000 team scenarios, scanning every sync
 * record and document before each push and after each change took tens of seconds per cycle
 * (a change made elsewhere was seen after 27 s); the changes log already says what moved.
 *
 * The first look reads everything once (every sync record and its document). After that, only
 * these are looked at again: documents with a new line in the local changes log (every write to
 * `docs` adds one), those already waiting or in conflict (a push, a refusal or a person's choice
 * changes their record without a line), and ids the app names (a scenario just shared).
 */
import type { AppDb } from '../app-db';
import { readWith, scenarioDocSchema, type ScenarioDoc } from '../docs';
import { PAGE, yieldToEventLoop } from '../paged';
import { syncRecordSchema, type SyncRecord } from './sync-store';

export interface Waiting {
  doc: ScenarioDoc;
  record: SyncRecord;
}

export class SyncTracker {
  /** The last line of the changes log looked at (null: nothing looked at yet). */
  #cursor: number | null = null;
  #waiting = new Map<string, Waiting>();
  #conflicts = new Set<string>();
  #touched = new Set<string>();

  constructor(private readonly db: AppDb) {}

  /** Documents to look at again on the next refresh (their record changed without a line). */
  touch(ids: Iterable<string>): void {
    for (const id of ids) this.#touched.add(id);
  }

  get conflicts(): number {
    return this.#conflicts.size;
  }

  /** Brings the picture up to date and returns what waits to be pushed, oldest id first. */
  async refresh(): Promise<Waiting[]> {
    const { db } = this;
    const lineRevs = new Map<string, string>();
    let ids: string[];
    let end: number;
    if (this.#cursor === null) {
      // The log's end is read BEFORE the records: a write after it is looked at next time.
      const last = await db.transaction('changes').store.openKeyCursor(null, 'prev');
      end = typeof last?.key === 'number' ? last.key : 0;
      ids = (await db.getAllKeys('sync')).map(String);
    } else {
      end = this.#cursor;
      for (const line of await db.getAll('changes', IDBKeyRange.lowerBound(this.#cursor, true))) {
        const { id, rev, seq } = (line ?? {}) as { id?: unknown; rev?: unknown; seq?: unknown };
        if (typeof seq === 'number' && seq > end) end = seq;
        if (typeof id === 'string' && typeof rev === 'string') lineRevs.set(id, rev);
      }
      ids = [...new Set([...lineRevs.keys(), ...this.#waiting.keys(), ...this.#conflicts, ...this.#touched])];
    }
    this.#cursor = end;
    this.#touched.clear();
    // Reconsidered ids (waiting, conflict, touched) are read whole; an id seen only in new log
    // lines is settled by its record alone when its newest line is the revision it was synced at.
    const recheck = new Set([...this.#waiting.keys(), ...this.#conflicts]);
    // A page of ids per transaction, with a yield between pages: after a first sync of 10,000
    // every id is looked at once, which in one go held the page for half a second.
    const looked: { id: string; record: SyncRecord | null; raw: unknown }[] = [];
    for (let i = 0; i < ids.length; i += PAGE) {
      const tx = db.transaction(['sync', 'docs'], 'readonly');
      const page = await Promise.all(
        ids.slice(i, i + PAGE).map(async (id) => {
          const record = readWith(syncRecordSchema, await tx.objectStore('sync').get(id));
          if (!record.ok) return { id, record: null, raw: undefined };
          const r = record.value;
          if (r.conflict || (!recheck.has(id) && lineRevs.get(id) === r.localRev && r.localRev !== null && !r.discard))
            return { id, record: r, raw: undefined };
          return { id, record: r, raw: (await tx.objectStore('docs').get(id)) as unknown };
        }),
      );
      await tx.done;
      looked.push(...page);
      if (i + PAGE < ids.length) await yieldToEventLoop();
    }
    for (const { id, record, raw } of looked) {
      this.#waiting.delete(id);
      this.#conflicts.delete(id);
      if (!record) continue;
      if (record.conflict) {
        this.#conflicts.add(id);
        continue;
      }
      const discard = (record.discard?.length ?? 0) > 0; // losing revisions to delete (sync-leaves.ts)
      if (raw === undefined || ((raw as { _rev?: unknown })._rev === record.localRev && !discard)) continue;
      const read = readWith(scenarioDocSchema, raw);
      // A tombstone never pushed has nothing to delete on the server.
      if (
        read.ok &&
        (discard || (read.value._rev !== record.localRev && !(read.value.deleted && record.base === null)))
      )
        this.#waiting.set(id, { doc: read.value, record });
    }
    return [...this.#waiting.values()].sort((a, b) => (a.doc._id < b.doc._id ? -1 : a.doc._id > b.doc._id ? 1 : 0));
  }
}
