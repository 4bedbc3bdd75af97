/**
 * A scenario's best-package run settings (budget, locked and excluded measures, minimum
 * reduction), kept beside the scenario in the `settings` store under `optimise/<scenario id>`:
 * spec section 8 says run settings are not part of the scenario file, yet the user expects them
 * to stay with the scenario across reloads. This device's only: never synced nor exported.
 */
import { z } from '../model/zod';
import type { AppDb, WriteTx } from './app-db';

const role = z.enum(['require', 'exclude']);

const optimiseSettingsV1 = z.object({
  version: z.literal(1),
  budget: z.number().finite().nonnegative().nullable(),
  /** Measure id → its part in the search; a free measure is absent. */
  roles: z.record(z.string(), role),
  minReduction: z.object({ indicator: z.string().min(1), share: z.number().finite() }).nullable(),
});
export type StoredOptimiseSettings = z.infer<typeof optimiseSettingsV1>;

export const optimiseSettingsKey = (scenarioId: string): string => `optimise/${scenarioId}`;

/**
 * The stored settings, or null when there are none or they cannot be read (an unreadable record
 * only loses a budget the user can type again, so it is not worth a screen of its own).
 */
export async function readOptimiseSettings(db: AppDb, scenarioId: string): Promise<StoredOptimiseSettings | null> {
  const raw = await db.get('settings', optimiseSettingsKey(scenarioId));
  if (raw === undefined) return null;
  const parsed = optimiseSettingsV1.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export async function writeOptimiseSettings(
  db: AppDb,
  scenarioId: string,
  settings: StoredOptimiseSettings,
): Promise<void> {
  await db.put('settings', optimiseSettingsV1.parse(settings), optimiseSettingsKey(scenarioId));
}

/** Removes them inside the caller's transaction (a scenario erased for good leaves no budget behind). */
export async function deleteOptimiseSettingsIn(tx: WriteTx, scenarioId: string): Promise<void> {
  await tx.objectStore('settings').delete(optimiseSettingsKey(scenarioId));
}
