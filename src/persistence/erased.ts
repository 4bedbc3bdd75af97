/**
 * What is left of a scenario deleted permanently (erase.ts): a CouchDB-style deletion stub, its
 * id, its revision and the deletion flag, nothing else. Not a library entry, not unreadable.
 */
import { z } from '../model/zod';
import { idPattern } from './ids';
import { REV_PATTERN } from './revision';

/** What is left of an erased scenario: its id, its revision and the deletion flag, nothing else. */
export const erasedDocSchema = z.strictObject({
  _id: z.string().regex(idPattern('scn')),
  _rev: z.string().regex(REV_PATTERN),
  deleted: z.literal(true),
});
export type ErasedDoc = z.infer<typeof erasedDocSchema>;

/** Whether a stored record is an erased scenario's stub (not a scenario the library shows, nor unreadable). */
export function isErased(raw: unknown): raw is ErasedDoc {
  // Only a three-field deletion can be a stub: every other record is told apart without zod, whose
  // failed parse (an error object per record) cost a team's first sync of 10,000 a few hundred ms.
  if (typeof raw !== 'object' || raw === null || (raw as { deleted?: unknown }).deleted !== true) return false;
  return Object.keys(raw).length === 3 && erasedDocSchema.safeParse(raw).success;
}
