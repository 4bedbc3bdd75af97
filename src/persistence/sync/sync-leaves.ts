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
import { readRecord, storeDoc, syncTx, type ServerVersion, type SyncRecord, type Theirs } from './sync-store';
import type { Waiting } from './sync-tracker';

export interface Leaf {
  rev: string;
  raw: Record<string, unknown>;
}

/** At most this many losing revisions of one document are fetched on one pull (the rest come with the next). */
export const MAX_LEAVES = 20;

/** The losing revisions of each pulled document that has some, fetched from the server. */
export async function fetchLeaves(api: CouchApi, rows: ChangeRow[]): Promise<Map<string, Leaf[]>> {
  const leaves = new Map<string, Leaf[]>();
  for (const row of rows) {
    const listed = row.doc?._conflicts;
    if (!Array.isArray(listed) || row.id.startsWith('_design/')) continue;
    const revs = listed.filter((rev): rev is string => typeof rev === 'string').slice(0, MAX_LEAVES);
    const fetched: Leaf[] = [];
    for (const rev of revs) fetched.push({ rev, raw: await api.revision(row.id, rev) });
    if (fetched.length > 0) leaves.set(row.id, fetched);
  }
  return leaves;
}

/**
 * Marks a pulled document's losing revisions as its conflict: the first is shown, the others
 * wait in its queue and are shown one after another. Nothing is marked while a conflict is
 * already open (that one first: the losing revisions come back with the document's next change),
 * nor revisions the person has already decided about. Returns whether it was marked.
 */
export async function markLeaf(tx: WriteTx, id: string, versions: ServerVersion[]): Promise<boolean> {
  const record = await readRecord(tx, id);
  if (!record || record.conflict) return false;
  const open = versions.filter((v) => !record.discard?.includes(v.rev));
  const [first, ...queue] = open;
  if (!first) return false;
  const conflict: Theirs = { ...first, leaf: true, ...(queue.length > 0 ? { queue, of: open.length } : {}) };
  await tx.objectStore('sync').put({ ...record, conflict } satisfies SyncRecord);
  return true;
}

/** The revisions a pulled row's document lists as losing (`_conflicts`). */
export function listedLeaves(row: ChangeRow): Set<string> {
  const listed = row.doc?._conflicts;
  return new Set(Array.isArray(listed) ? listed.filter((rev): rev is string => typeof rev === 'string') : []);
}

/**
 * Forgets the losing revisions of an open conflict between sites that the server no longer
 * lists: another device or site decided them (deleted them) first. The next one still listed is
 * shown (keeping its number of the count), or the conflict is gone. Returns whether it changed.
 */
export async function pruneLeaves(tx: WriteTx, id: string, listed: ReadonlySet<string>): Promise<boolean> {
  const record = await readRecord(tx, id);
  const open = record?.conflict;
  if (!record || !open?.leaf) return false;
  const { queue = [], leaf: _l, of, ...shown } = open;
  const still = [shown, ...queue].filter((v) => listed.has(v.rev));
  if (still.length === queue.length + 1) return false;
  const { conflict: _c, ...rest } = record;
  const [next, ...more] = still;
  const conflict: Theirs | undefined = next && {
    ...next,
    leaf: true,
    ...(more.length > 0 ? { queue: more } : {}),
    ...(of ? { of } : {}),
  };
  await tx.objectStore('sync').put((conflict ? { ...rest, conflict } : rest) satisfies SyncRecord);
  return true;
}

/** The next losing revision to show after one is decided, or none. */
function nextLeaf(decided: Theirs): Theirs | undefined {
  const [next, ...rest] = decided.queue ?? [];
  if (!next) return undefined;
  return { ...next, leaf: true, ...(rest.length > 0 ? { queue: rest } : {}), of: decided.of };
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
  const next = nextLeaf(theirs);
  const discard = [...(record.discard ?? []), theirs.rev];
  await tx
    .objectStore('sync')
    .put((next ? { ...rest, discard, conflict: next } : { ...rest, discard }) satisfies SyncRecord);
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

/**
 * A deleted losing revision (or one already gone: not found, or deleted elsewhere) leaves the list.
 * Returns the ids that have more decided revisions to delete (sent in the next request).
 */
export async function applyDiscarded(
  db: AppDb,
  sent: Record<string, unknown>[],
  answers: Map<string, BulkRow>,
): Promise<string[]> {
  const more: string[] = [];
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
    if (discard.length > 0 && !record.conflict) more.push(id);
  }
  await tx.done;
  return more;
}
