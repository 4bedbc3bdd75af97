/**
 * The library's rows read from the `docs` store: every record parsed (docs.ts) or reported with
 * its raw content. Read page by page with yields (paged.ts), so that a library of 10,000 scenarios
 * (a team's first sync) is listed without freezing the page.
 */
import type { AppDb } from './app-db';
import { readWith, scenarioDocSchema, type ScenarioDoc } from './docs';
import { isErased } from './erased';
import { mapInSlices, readPaged } from './paged';

/** A library row: a parsed document, or a record that does not parse, with its raw content. */
export type Entry = { ok: true; doc: ScenarioDoc } | { ok: false; id: string; raw: unknown; problem: string };

/** One stored record as a library row; none for an erased scenario's stub (erase.ts), which is for sync only. */
export function toEntries(raw: unknown): Entry[] {
  if (isErased(raw)) return [];
  const read = readWith(scenarioDocSchema, raw);
  if (read.ok) return [{ ok: true, doc: read.value }];
  const id =
    raw !== null && typeof raw === 'object' && typeof (raw as { _id?: unknown })._id === 'string'
      ? (raw as { _id: string })._id
      : '?';
  return [{ ok: false, id, raw, problem: read.problem }];
}

/** Every row of the library, tombstones included, read a page at a time. */
export function allEntries(db: AppDb): Promise<Entry[]> {
  return readPaged(db, 'docs', toEntries);
}

/**
 * The rows of the given ids, read in one transaction and parsed in slices; an id with no record
 * (erased, or never written) comes back as `missing`.
 */
export async function entriesOf(db: AppDb, ids: readonly string[]): Promise<{ entries: Entry[]; missing: string[] }> {
  const tx = db.transaction('docs');
  const raws = await Promise.all(ids.map((id) => tx.store.get(id)));
  await tx.done;
  const missing = ids.filter((_, i) => raws[i] === undefined);
  const parts = await mapInSlices(
    raws.filter((raw) => raw !== undefined),
    toEntries,
  );
  return { entries: parts.flat(), missing };
}

export const entryId = (e: Entry): string => (e.ok ? e.doc._id : e.id);

/** The list with `incoming` rows in place of those of the same id, and the `missing` ids dropped. */
export function mergeEntries(list: readonly Entry[], incoming: readonly Entry[], missing: readonly string[]): Entry[] {
  const replaced = new Set([...missing, ...incoming.map(entryId)]);
  return [...list.filter((e) => !replaced.has(entryId(e))), ...incoming];
}

/** The ids once each, in their first order. */
export const distinct = (ids: readonly string[]): string[] => [...new Set(ids)];
