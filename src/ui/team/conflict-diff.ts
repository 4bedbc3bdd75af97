/**
 * What differs between the two versions of a scenario in conflict beyond the inputs table
 * (Compare's rows: numbers, choices, financing), so that the conflict screen can say plainly
 * when, for instance, only the name differs, instead of showing an empty table.
 */
import type { ScenarioDoc } from '../../persistence/docs';

/** General fields, in the order they are named on screen. */
export const GENERAL_FIELDS = ['name', 'notes', 'rowNames', 'application', 'verification', 'draft'] as const;
export type GeneralField = (typeof GENERAL_FIELDS)[number];

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The names of resources and measures by id (the inputs table labels rows by them but compares values only). */
function rowNames(doc: ScenarioDoc): [string, string][] {
  return [...doc.scenario.resources, ...doc.scenario.measures].map((r) => [r.id, r.name]);
}

/** The general fields that differ between the two versions. */
export function generalDifferences(mine: ScenarioDoc, theirs: ScenarioDoc): GeneralField[] {
  const differs: Record<GeneralField, boolean> = {
    name: mine.name !== theirs.name || mine.scenario.name !== theirs.scenario.name,
    notes: !same(mine.scenario.notes, theirs.scenario.notes),
    rowNames: !same(rowNames(mine), rowNames(theirs)),
    application: !same(mine.scenario.application, theirs.scenario.application),
    verification: !same(mine.scenario.verification, theirs.scenario.verification),
    draft: !same(mine.draft, theirs.draft),
  };
  return GENERAL_FIELDS.filter((f) => differs[f]);
}
