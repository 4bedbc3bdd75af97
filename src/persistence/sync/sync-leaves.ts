/**
 * Conflicts between CouchDB sites. When a branch server and head office replicate, a document
 * changed at both ends keeps both revisions: CouchDB picks a winner (the same at every site) and
 * lists the others in `_conflicts`. Nothing is lost, but nobody sees the losing one unless asked.
 * The pull asks (`conflicts=true`), fetches each losing revision, and the library marks the
 * scenario in conflict beside the winner, on the same conflict screen as a conflict of our own
 * pushes. Whatever the person keeps, the losing revision is then deleted on the server (that is
 * how CouchDB resolves a conflict); keeping it means writing its content on top of the winner.
 */
import type { AppDb, WriteTx } from '../app-db';
import type { ScenarioDoc } from '../docs';
import { newId } from '../ids';
import { nextRev } from '../revision';
import type { BulkRow, ChangeRow, CouchApi } from './couch-api';
import { readRecord, storeDoc, syncTx, type SyncRecord, type Theirs } from './sync-store';
import type { Waiting } from './sync-tracker';

export interface Leaf {
  rev: string;
  raw: Record<string, unknown>;
}

/** The first losing revision of each pulled document that has one, fetched from the server. */
export async function fetchLeaves(api: CouchApi, rows: ChangeRow[]): Promise<Map<string, Leaf>> {
  const leaves = new Map<string, Leaf>();
  for (const row of rows) {
    const listed = row.doc?._conflicts;
    const rev = Array.isArray(listed) && typeof listed[0] === 'string' ? listed[0] : null;
    // One at a time: deleting it is a change of the document, whose next pull names the next one.
    if (rev && !row.id.startsWith('_design/')) leaves.set(row.id, { rev, raw: await api.revision(row.id, rev) });
  }
  return leaves;
}

/**
 * Marks a pulled document's losing revision as its conflict, unless a conflict is already open
 * (that one first: the losing revision comes back with the document's next change) or the
 * person has already decided about it. Returns whether it was marked.
 */
export async function markLeaf(tx: WriteTx, id: string, theirs: Theirs): Promise<boolean> {
  const record = await readRecord(tx, id);
  if (!record || record.conflict || record.discard?.includes(theirs.rev)) return false;
  await tx.objectStore('sync').put({ ...record, conflict: { ...theirs, leaf: true } } satisfies SyncRecord);
  return true;
}

/**
 * A person's choice about a losing revision. `mine` is the local document, which is the server's
 * winning revision (or an edit of it): 'mine' keeps it, 'theirs' writes the losing revision's
 * content on top of it, 'both' keeps it and makes the losing one a new scenario named `copyName`.
 */
export async function resolveLeaf(
  tx: WriteTx,
  record: SyncRecord,
  mine: ScenarioDoc,
  theirs: Theirs,
  choice: 'mine' | 'theirs' | 'both',
  copyName: string | undefined,
): Promise<string | null> {
  const { conflict: _c, ...rest } = record;
  let copy: string | null = null;
  if (theirs.doc && choice === 'theirs') {
    const { _rev: _r, ...body } = { ...theirs.doc, _id: mine._id };
    await storeDoc(tx, { ...body, _rev: nextRev(mine._rev, body) });
  } else if (theirs.doc && choice === 'both') {
    copy = newId('scn');
    const name = copyName ?? theirs.doc.name;
    const body = { ...theirs.doc, _id: copy, name, scenario: { ...theirs.doc.scenario, name } };
    const { _rev: _r, ...content } = body;
    await storeDoc(tx, { ...content, _rev: nextRev(null, content) });
    await tx.objectStore('sync').put({ id: copy, base: null, localRev: null } satisfies SyncRecord);
  }
  await tx.objectStore('sync').put({ ...rest, discard: [...(record.discard ?? []), theirs.rev] } satisfies SyncRecord);
  return copy;
}

/** The deletions of decided losing revisions, one per document per request (answers are matched by id). */
export function discardBodies(waiting: Waiting[], user: string, now: Date): Record<string, unknown>[] {
  return waiting.flatMap(({ doc, record }) => {
    const rev = record.discard?.[0];
    if (!rev) return [];
    // What validate_doc_update asks of every write, deletions included.
    const stub = { type: 'scenario', updatedBy: user, updatedAt: now.toISOString(), deviceId: doc.deviceId };
    return [{ _id: doc._id, _rev: rev, _deleted: true, ...stub }];
  });
}

/** A deleted losing revision (or one already gone: not found, or deleted elsewhere) leaves the list. */
export async function applyDiscarded(db: AppDb, sent: Record<string, unknown>[], answers: Map<string, BulkRow>) {
  const tx = syncTx(db);
  for (const body of sent) {
    const id = String(body._id);
    const answer = answers.get(id);
    const gone = answer && ('rev' in answer || answer.error === 'not_found' || answer.error === 'conflict');
    const record = await readRecord(tx, id);
    if (!gone || !record?.discard) continue;
    const discard = record.discard.filter((r) => r !== body._rev);
    const { discard: _d, ...rest } = record;
    await tx.objectStore('sync').put((discard.length > 0 ? { ...rest, discard } : rest) satisfies SyncRecord);
  }
  await tx.done;
}
