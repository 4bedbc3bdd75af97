/**
 * The last figures computed for each scenario on this device (issue 15 item 11), so that a
 * reload shows them at once, marked as such, while the engine starts. Kept in the `local` store
 * (this device's own records, never replicated nor backed up: the figures are derived from the
 * scenario and computed again in a second), one record per scenario under `figures:<id>`, with a
 * hash of the file they were computed from: a draft that differs from it is a miss, never shown
 * with another content's figures. Records are parsed on read; one of another version is a miss.
 */
import { resultsSchema, type Results } from '../model/results';
import { z } from '../model/zod';
import type { AppDb, WriteTx } from './app-db';
import { contentHash } from './portfolio-cache';

/** Names what the figures were computed with; a new one makes every kept record a miss. */
const SALT = 'kept-figures 1';
const isoDate = z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);

const keptSchema = z.strictObject({
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  results: resultsSchema,
  formulaValues: z.record(z.string(), z.number()),
  computedAt: isoDate,
});
export type KeptFigures = z.infer<typeof keptSchema>;

export function keptFiguresKey(scenarioId: string): string {
  return `figures:${scenarioId}`;
}

/** The hash of what was evaluated: the file as sent to the engine, and the tornado's delta. */
export function figuresHash(file: unknown, delta: number): Promise<string> {
  return contentHash({ file, delta }, SALT);
}

/** The figures kept for this scenario when they were computed from exactly this file; else null. */
export async function readKeptFigures(
  db: AppDb,
  scenarioId: string,
  file: unknown,
  delta: number,
): Promise<Pick<KeptFigures, 'results' | 'formulaValues'> | null> {
  const [raw, hash] = await Promise.all([db.get('local', keptFiguresKey(scenarioId)), figuresHash(file, delta)]);
  const kept = keptSchema.safeParse(raw);
  if (!kept.success || kept.data.hash !== hash) return null;
  return { results: kept.data.results, formulaValues: kept.data.formulaValues };
}

/** Keeps the figures computed from `file` as this scenario's last ones (replacing the previous). */
export async function writeKeptFigures(
  db: AppDb,
  scenarioId: string,
  file: unknown,
  delta: number,
  figures: { results: Results; formulaValues: Record<string, number> },
  now: Date = new Date(),
): Promise<void> {
  const record = keptSchema.parse({
    hash: await figuresHash(file, delta),
    results: figures.results,
    formulaValues: figures.formulaValues,
    computedAt: now.toISOString(),
  });
  await db.put('local', record, keptFiguresKey(scenarioId));
}

/** Drops a scenario's kept figures inside the caller's transaction (erasing it for good). */
export async function dropKeptFigures(tx: WriteTx, scenarioId: string): Promise<void> {
  await tx.objectStore('local').delete(keptFiguresKey(scenarioId));
}
