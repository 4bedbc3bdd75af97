/** Adds what an import plan found valid as new scenarios, with their history, in one transaction. */
import type { ImportPlan } from './backup';
import { versionDocSchema, type ScenarioDoc } from './docs';
import { newId } from './ids';
import type { ScenarioRepository } from './repository';
import { nextRev } from './revision';
import { at } from '../model/checked';

export async function applyImport(repo: ScenarioRepository, plan: ImportPlan): Promise<ScenarioDoc[]> {
  if (plan.items.length === 0) return [];
  return repo.createMany(plan.items, async (tx, docs) => {
    for (const [i, doc] of docs.entries()) {
      const history = [...at(plan.items, i, 'imported scenario').history].sort((a, b) =>
        a.savedAt.localeCompare(b.savedAt),
      );
      for (const v of history) {
        // An imported version was never a revision here: it gets a revision of its own content.
        const content = { name: v.name, scenario: v.scenario, ...(v.draft ? { draft: v.draft } : {}) };
        const version = versionDocSchema.parse({
          _id: newId('ver'),
          type: 'version',
          scenarioId: doc._id,
          rev: nextRev(null, content),
          ...content,
          savedAt: v.savedAt,
          deviceId: repo.deviceId,
        });
        await tx.objectStore('history').put(version);
      }
    }
  });
}
