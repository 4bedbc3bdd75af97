/** Search and sort of the library list: pure, so the list component and the tests share it. */
import type { Entry } from '../persistence/repository';

export type SortKey = 'updated' | 'name';

/** Lower case without accents: "Água" is found by "agua", "Año" by "ano". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The entries to list: not deleted, matching every word of `query` in the name, sorted.
 * Records that cannot be read always come first, whatever the query: they need attention.
 */
export function visibleEntries(entries: readonly Entry[], query: string, sort: SortKey, locale: string): Entry[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const broken = entries.filter((e) => !e.ok);
  const docs = entries.flatMap((e) =>
    e.ok && !e.doc.deleted && words.every((w) => fold(e.doc.name).includes(w)) ? [e] : [],
  );
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  // updatedAt is an ISO instant and an id `scn_` and lower-case hex (ids.ts), both ASCII: compared by
  // code point, in the order localeCompare gave at a fraction of its cost, which counted when a
  // first sync re-sorts 10,000 entries (often of one instant, so by id) after each page.
  const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  docs.sort(
    (a, b) =>
      (sort === 'name' ? collator.compare(a.doc.name, b.doc.name) : byCodePoint(b.doc.updatedAt, a.doc.updatedAt)) ||
      byCodePoint(a.doc._id, b.doc._id),
  );
  return [...broken, ...docs];
}
