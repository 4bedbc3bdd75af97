/**
 * A person's choice for a scenario in conflict. Nothing is merged: one version is kept, or both
 * (the local one becomes a new scenario). The choice is written against the server's current
 * revision (the one kept in the conflict), so the next push succeeds unless the server moved
 * again, in which case the conflict comes back with the newer version.
 */
import type { AppDb } from '../app-db';
import type { ScenarioDoc } from '../docs';
import { newId } from '../ids';
import { nextRev } from '../revision';
import { resolveLeaf } from './sync-leaves';
import { readDoc, readRecord, storeDoc, syncTx, type SyncRecord } from './sync-store';

export type Choice = 'mine' | 'theirs' | 'both';

/** Resolves the conflict of `id`; returns the id of the copy for 'both'. */
export async function resolveConflict(
  db: AppDb,
  id: string,
  choice: Choice,
  copyName?: string,
): Promise<string | null> {
  const tx = syncTx(db);
  const record = await readRecord(tx, id);
  const mine = await readDoc(tx, id);
  const theirs = record?.conflict;
  if (!record || !theirs || !mine) {
    await tx.done;
    throw new Error(`${id} is not in conflict`);
  }
  if (theirs.leaf) {
    // A losing revision between sites (sync-leaves.ts): the local document is the server's winner.
    const copy = await resolveLeaf(tx, record, mine, theirs, choice, copyName);
    await tx.done;
    return copy;
  }
  let copy: string | null = null;
  if (choice === 'mine') {
    // Based on the server's revision now; localRev null marks it waiting, so the next push sends it.
    await tx.objectStore('sync').put({ id, base: theirs.rev, localRev: null } satisfies SyncRecord);
  } else {
    if (choice === 'both' && !mine.deleted) {
      copy = newId('scn');
      const name = copyName ?? mine.name;
      const body = { ...mine, _id: copy, name, scenario: { ...mine.scenario, name }, deleted: undefined };
      delete body.deleted;
      const doc: ScenarioDoc = { ...body, _rev: nextRev(null, body) };
      await storeDoc(tx, doc);
      await tx.objectStore('sync').put({ id: copy, base: null, localRev: null } satisfies SyncRecord);
    }
    const kept: ScenarioDoc = theirs.doc ?? {
      ...mine,
      _rev: theirs.rev,
      deleted: true,
      updatedBy: theirs.updatedBy,
      updatedAt: theirs.updatedAt ?? mine.updatedAt,
    };
    await storeDoc(tx, kept);
    await tx.objectStore('sync').put({ id, base: theirs.rev, localRev: theirs.rev } satisfies SyncRecord);
  }
  await tx.done;
  return copy;
}
