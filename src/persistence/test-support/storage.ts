/** Helpers for storage tests: a fresh fake IndexedDB, an opened repository, the sample files. */
import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { parseScenarioText } from '../../model/parse';
import type { Scenario } from '../../model/schema';
import type { PathSegment } from '../../model/issues';
import { openAppDb, type AppDb } from '../app-db';
import type { StoredDraft } from '../docs';
import { loadDeviceId } from '../local';
import { ScenarioRepository } from '../repository';

export function freshIndexedDb(): void {
  globalThis.indexedDB = new IDBFactory();
}

/** Opens the database as one tab of the app would. */
export async function openRepo(clock?: () => Date): Promise<{ db: AppDb; repo: ScenarioRepository }> {
  const db = await openAppDb();
  return { db, repo: new ScenarioRepository(db, await loadDeviceId(db), clock) };
}

export function sampleText(name: string): string {
  return readFileSync(new URL(`../../../public/examples/${name}.json`, import.meta.url), 'utf8');
}

export function sample(name = 'bolivia-poultry-slaughterhouse'): Scenario {
  const parsed = parseScenarioText(sampleText(name));
  if (!parsed.ok) throw new Error(`sample ${name} does not parse`);
  return parsed.value;
}

export const loadSample = (name: string) => Promise.resolve(sampleText(name));

/** A cell as typed that did not read as a number. */
export function typedCell(path: PathSegment[], text: string): StoredDraft['typed'][number] {
  return { path, text, hint: { key: 'number.invalid', params: { example: '12.5' } } };
}
