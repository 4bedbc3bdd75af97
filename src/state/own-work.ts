/**
 * Whether the library holds work of the user's that exists nowhere else: a scenario edited in
 * this app (revision above 1: seeded samples, imports and untouched new scenarios are at 1, and
 * their content is in a file or in the app) since the last backup. Only then is a backup worth
 * asking for.
 */
import type { Entry } from '../persistence/repository';

export function hasOwnWork(entries: readonly Entry[], lastBackup: number | null): boolean {
  return entries.some((e) => {
    // Revision 1 told apart by its prefix: this runs over the whole list after each page of a
    // team's first sync, most of which is at revision 1.
    if (!e.ok || e.doc.deleted || e.doc._rev.startsWith('1-')) return false;
    const generation = Number.parseInt(e.doc._rev, 10);
    return generation > 1 && (lastBackup === null || Date.parse(e.doc.updatedAt) > lastBackup);
  });
}
