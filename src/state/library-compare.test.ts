import { describe, expect, it } from 'vitest';
import type { EngineClient } from '../engine/engine-client';
import type { ScenarioDoc } from '../persistence/docs';
import { ModelSession } from '../workbook/session';
import { LibraryCompare } from './library-compare.svelte';
import { exampleFile } from './test-support/worker-fixture';

const sample = exampleFile('central-america-dairy-energy-risk') as Record<string, unknown>;
const doc = (id: string, scenario: unknown = { ...sample, name: id }) =>
  ({ _id: id, _rev: '1-a', scenario }) as unknown as ScenarioDoc;

/** The engine's API in-process, logging each evaluation beside the writes of pending edits. */
function setup() {
  const log: string[] = [];
  const session = new ModelSession();
  const api = {
    evaluateScenario: (file: unknown, delta: number) => {
      log.push(`evaluate ${String((file as { name?: string }).name)}`);
      if ((file as { name?: string }).name === 'broken') throw new Error('out of memory');
      return session.evaluate(file, delta);
    },
  };
  const engine = { run: <R>(task: (a: typeof api) => Promise<R>) => task(api) } as unknown as EngineClient;
  const compare = new LibraryCompare(
    engine,
    () => log.push('again'),
    () => {
      log.push('write pending');
      return Promise.resolve();
    },
  );
  return { compare, log };
}

describe('the comparison', () => {
  it('compares the chosen documents as stored: pending edits written first, each one once', async () => {
    const { compare, log } = setup();
    const docs = [doc('a'), doc('b'), doc('c')];
    compare.toggle('c');
    compare.toggle('a');
    expect(compare.chosenIn(docs).map((d) => d._id)).toEqual(['c', 'a']);
    await compare.computeStored(compare.chosenIn(docs));
    expect(log).toEqual(['write pending', 'evaluate c', 'evaluate a', 'again']);
    expect(compare.computed.a?.kind).toBe('ok');
    await compare.computeStored(compare.chosenIn(docs));
    expect(log).toHaveLength(5); // written again, nothing computed again
  });

  it('has nothing to compare below two, and says a failure as a Failure', async () => {
    const { compare, log } = setup();
    await compare.computeStored([doc('a')]);
    expect(log).toEqual([]);
    await compare.computeStored([doc('a'), doc('broken')]);
    expect(compare.computed.broken).toEqual({ kind: 'failed', failure: { kind: 'error', detail: 'out of memory' } });
  });
});
