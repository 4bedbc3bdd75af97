/**
 * The first run's library: the sample scenarios (src/model/samples.ts), fetched from the app's own origin
 * (public/examples). A marker in `local` names each sample once seeded, inside the same
 * transaction as its document, so an interrupted or repeated seeding (two tabs, a crash, a
 * half-migrated database) never duplicates a sample, and a sample the user deleted never returns.
 */
import { sampleTextIn } from '../i18n/sample-text';
import type { UiLanguage } from '../i18n/locale';
import { parseScenarioText } from '../model/parse';
import { SAMPLE_NAMES as SAMPLES } from '../model/samples';
import type { Scenario } from '../model/schema';
import type { AppDb } from './app-db';
import { localSchemas } from './docs';
import { abortQuietly, newBody, type ScenarioRepository } from './repository';

export { SAMPLES };

export interface SeedReport {
  seeded: string[];
  /** Samples that could not be loaded or read: tried again on the next start. */
  failed: { name: string; problem: string }[];
}

async function seededNames(db: AppDb, readAtStart?: Promise<unknown>): Promise<Set<string>> {
  const readAgain = () => db.get('local', 'seed');
  const parsed = localSchemas.seed.safeParse(await (readAtStart ? readAtStart.catch(readAgain) : readAgain()));
  return new Set(parsed.success ? parsed.data.samples : []);
}

/**
 * Seeds every sample not seeded yet, in the user's `language` (src/i18n/sample-text.ts). `load`
 * returns a sample's text (fetch in the app, disk in tests). `readAtStart` is the marker as read
 * when the page started (early-db.ts), raw; a write reads it again in its own transaction anyway.
 */
export async function seedSamples(
  repo: ScenarioRepository,
  load: (name: string) => Promise<string>,
  language: UiLanguage = 'en',
  readAtStart?: Promise<unknown>,
): Promise<SeedReport> {
  const report: SeedReport = { seeded: [], failed: [] };
  const before = await seededNames(repo.db, readAtStart);
  const wanted: { name: string; scenario: Scenario }[] = [];
  for (const name of SAMPLES.filter((n) => !before.has(n))) {
    try {
      const parsed = parseScenarioText(sampleTextIn(name, await load(name), language));
      if (parsed.ok) wanted.push({ name, scenario: parsed.value });
      else report.failed.push({ name, problem: parsed.issues.map((i) => i.message).join('; ') });
    } catch (error) {
      report.failed.push({ name, problem: String(error) });
    }
  }
  if (wanted.length === 0) return report;
  const tx = repo.transaction();
  try {
    // Read the marker again inside the transaction: another tab may have seeded meanwhile.
    const raw = await tx.objectStore('local').get('seed');
    const parsed = localSchemas.seed.safeParse(raw);
    if (raw !== undefined && !parsed.success) throw new Error('the seeding record is unreadable; not seeding over it');
    const done = new Set(parsed.success ? parsed.data.samples : []);
    for (const w of wanted) {
      if (done.has(w.name)) continue;
      await repo.putIn(tx, repo.stamp(newBody(w.scenario), null), null);
      done.add(w.name);
      report.seeded.push(w.name);
    }
    await tx.objectStore('local').put({ samples: [...done] }, 'seed');
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
  await tx.done;
  return report;
}
