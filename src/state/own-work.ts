/**
 * Whether the library holds work of the user's that exists nowhere else: a scenario edited in
 * this app (revision above 1: seeded samples, imports and untouched new scenarios are at 1, and
 * their content is in a file or in the app) since the last backup. Only then is a backup worth
 * asking for.
 */
import type { Entry } from '../persistence/repository';

export function hasOwnWork(entries: readonly Entry[], lastBackup: number | null): boolean {
  return entries.some((e) => {
    if (!e.ok || e.doc.deleted) return false;
    const generation = Number.parseInt(e.doc._rev, 10);
    return generation > 1 && (lastBackup === null || Date.parse(e.doc.updatedAt) > lastBackup);
  });
}
