/**
 * Writing what the server said into IndexedDB: a pulled batch (documents, conflicts, quarantine
 * and the checkpoint in ONE transaction, so the checkpoint never runs ahead of what is stored and
 * a page killed mid-pull pulls the same batch again, idempotently), and the answers to a push.
 */
import type { AppDb, WriteTx } from '../app-db';
import { readWith, scenarioDocSchema, type ScenarioDoc } from '../docs';
import type { BulkRow, ChangeRow, Seq } from './couch-api';
import { listedLeaves, markLeaf, pruneLeaves, type Leaf } from './sync-leaves';
import { readDoc, readRecord, storeDoc, storeParsed, syncTx, type ServerVersion, type SyncRecord } from './sync-store';

export interface PullReport {
  stored: string[];
  conflicts: string[];
  quarantined: string[];
  /**
   * The documents of `stored` as the `docs` store now holds them (already validated), so that the
   * library list takes them without reading them back; an id missing here was not written there.
   */
  written: Map<string, ScenarioDoc>;
}

/** Server fields that are not ours (revision history, conflicts): dropped before our schema. */
function ours(raw: Record<string, unknown>): Record<string, unknown> {
  const { _revisions: _r, _conflicts: _c, _deleted: _d, ...rest } = raw;
  return rest;
}

/** Losing revisions a person decided about, still to delete on the server: kept when a record is rewritten. */
function decided(record: SyncRecord | null): Pick<SyncRecord, 'discard'> {
  return record?.discard ? { discard: record.discard } : {};
}

/** The server's version as a conflict's "theirs". */
export function theirsOf(
  rev: string,
  raw: Record<string, unknown> | null,
  deleted: boolean,
): ServerVersion | { problem: string } {
  const by = typeof raw?.updatedBy === 'string' ? raw.updatedBy : null;
  const at =
    typeof raw?.updatedAt === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(raw.updatedAt)
      ? raw.updatedAt
      : null;
  if (deleted) return { rev, deleted: true, doc: null, updatedBy: by, updatedAt: at };
  const read = readWith(scenarioDocSchema, raw && ours(raw));
  return read.ok ? { rev, deleted: false, doc: read.value, updatedBy: by, updatedAt: at } : { problem: read.problem };
}

export async function applyPulled(
  db: AppDb,
  dbName: string,
  rows: ChangeRow[],
  lastSeq: Seq,
  now: Date,
  leaves: ReadonlyMap<string, Leaf[]> = new Map(),
): Promise<PullReport> {
  const report: PullReport = { stored: [], conflicts: [], quarantined: [], written: new Map() };
  const tx = syncTx(db);
  // The ids in quarantine, read once: deleting each pulled id from it was a request per row.
  const quarantined = new Set((await tx.objectStore('quarantine').getAllKeys()).map(String));
  for (const row of rows) {
    if (row.id.startsWith('_design/')) continue;
    const before = await applyRow(tx, row, now, report, quarantined);
    // Losing revisions decided elsewhere (deleted on the server) are no longer asked about here.
    if (before?.conflict?.leaf) await pruneLeaves(tx, row.id, listedLeaves(row));
    // A losing revision that does not read as a scenario is not offered (the winner is what syncs).
    const versions = (leaves.get(row.id) ?? []).flatMap((leaf) => {
      const theirs = theirsOf(leaf.rev, leaf.raw, false);
      return 'problem' in theirs ? [] : [theirs];
    });
    if (versions.length > 0 && (await markLeaf(tx, row.id, versions))) report.conflicts.push(row.id);
  }
  await tx.objectStore('team').put({ db: dbName, since: lastSeq, at: now.toISOString() }, 'checkpoint');
  await tx.done;
  return report;
}

/** Stores one pulled row; returns the document's sync record as it was before. */
async function applyRow(
  tx: WriteTx,
  row: ChangeRow,
  now: Date,
  report: PullReport,
  quarantined: Set<string>,
): Promise<SyncRecord | null> {
  const rev = row.changes[0]?.rev ?? '';
  const raw = row.doc ?? null;
  const deleted = row.deleted === true || raw?._deleted === true;
  const record = await readRecord(tx, row.id);
  // Our own push coming back, or a change already stored (a batch pulled again after a kill).
  if (record?.base === rev) return record;
  const local = await readDoc(tx, row.id);
  const pending = local !== null && record !== null && local._rev !== record.localRev;
  const theirs = theirsOf(rev, raw, deleted);
  if ('problem' in theirs) {
    await tx
      .objectStore('quarantine')
      .put({ id: row.id, rev, raw, problem: theirs.problem, receivedAt: now.toISOString() });
    report.quarantined.push(row.id);
    quarantined.add(row.id);
    return record;
  }
  if (quarantined.delete(row.id)) await tx.objectStore('quarantine').delete(row.id); // a valid revision replaces a quarantined one
  if (pending || (local !== null && record === null)) {
    // Changed here and there: both kept until a person chooses (the local one stays as it is).
    const next: SyncRecord = {
      ...decided(record),
      id: row.id,
      base: record?.base ?? null,
      localRev: record?.localRev ?? null,
      conflict: theirs,
    };
    await tx.objectStore('sync').put(next);
    report.conflicts.push(row.id);
    return record;
  }
  if (theirs.deleted) {
    // A deletion travels as a deletion: the local copy becomes a tombstone (content kept, as for a local delete).
    if (local) {
      const tombstone = await storeDoc(tx, {
        ...local,
        _rev: rev,
        deleted: true,
        updatedBy: theirs.updatedBy,
        updatedAt: theirs.updatedAt ?? local.updatedAt,
      });
      report.written.set(row.id, tombstone);
    }
    await tx
      .objectStore('sync')
      .put({ ...decided(record), id: row.id, base: rev, localRev: local ? rev : null } satisfies SyncRecord);
  } else if (theirs.doc) {
    await storeParsed(tx, theirs.doc);
    report.written.set(row.id, theirs.doc);
    await tx.objectStore('sync').put({ ...decided(record), id: row.id, base: rev, localRev: rev } satisfies SyncRecord);
  }
  report.stored.push(row.id);
  return record;
}

/** The body sent for a local document: CouchDB's deletion for a tombstone, with the writer's name. */
export function pushBody(doc: ScenarioDoc, record: SyncRecord, user: string): Record<string, unknown> {
  const { _rev: _r, deleted, ...content } = doc;
  const base = record.base === null ? {} : { _rev: record.base };
  if (deleted)
    return {
      _id: doc._id,
      ...base,
      _deleted: true,
      type: 'scenario',
      updatedBy: user,
      updatedAt: doc.updatedAt,
      deviceId: doc.deviceId,
    };
  return { ...content, ...base, updatedBy: user };
}

export interface PushReport {
  pushed: string[];
  conflicts: string[];
  refused: { id: string; reason: string }[];
}

/**
 * Stores the answers of one `_bulk_docs`: a written document takes the server's revision (when
 * it was not edited again meanwhile; otherwise its next push is based on the new revision); a
 * conflict keeps the server's version beside the local one.
 */
export async function applyPushed(
  db: AppDb,
  sent: { doc: ScenarioDoc; record: SyncRecord }[],
  answers: Map<string, BulkRow>,
  current: Map<string, { rev: string; deleted: boolean; doc: Record<string, unknown> | null }>,
  user: string,
): Promise<PushReport> {
  const report: PushReport = { pushed: [], conflicts: [], refused: [] };
  const tx = syncTx(db);
  for (const { doc, record } of sent) {
    const answer = answers.get(doc._id);
    if (!answer) continue;
    if ('rev' in answer) {
      const local = await readDoc(tx, doc._id);
      if (local && local._rev === doc._rev) {
        await storeDoc(tx, { ...local, _rev: answer.rev, updatedBy: user });
        await tx
          .objectStore('sync')
          .put({ ...decided(record), id: doc._id, base: answer.rev, localRev: answer.rev } satisfies SyncRecord);
      } else {
        await tx
          .objectStore('sync')
          .put({ ...decided(record), id: doc._id, base: answer.rev, localRev: record.localRev } satisfies SyncRecord);
      }
      report.pushed.push(doc._id);
    } else if (answer.error === 'conflict') {
      const server = current.get(doc._id);
      const theirs = server ? theirsOf(server.rev, server.doc, server.deleted) : null;
      if (theirs && !('problem' in theirs)) {
        await tx.objectStore('sync').put({ ...record, conflict: theirs } satisfies SyncRecord);
        report.conflicts.push(doc._id);
      } else {
        report.refused.push({
          id: doc._id,
          reason: theirs ? `the server's version does not read: ${theirs.problem}` : 'conflict',
        });
      }
    } else {
      report.refused.push({ id: doc._id, reason: answer.reason ?? answer.error });
    }
  }
  await tx.done;
  return report;
}
