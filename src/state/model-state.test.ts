import { describe, expect, it } from 'vitest';
import { EngineError, type EngineClient } from '../engine/engine-client';
import { ModelSession } from '../workbook/session';
import type { Draft } from './draft';
import { ModelState } from './model-state.svelte';
import { ScenarioEditor } from './scenario-editor.svelte';
import { SensitivityState } from './sensitivity.svelte';
import { exampleFile } from './test-support/worker-fixture';

const sample = exampleFile('central-america-dairy-energy-risk') as Record<string, unknown>;

/**
 * The engine's API in-process, each evaluation held until `answer()` lets the oldest one go:
 * `sent` lists the scenario names asked for, `fail` makes the next calls throw.
 */
function heldEngine() {
  const session = new ModelSession();
  const held: (() => void)[] = [];
  const sent: string[] = [];
  const failures: Error[] = [];
  const api = {
    evaluateScenario: (file: unknown, delta: number) => {
      sent.push(String((file as { name: string }).name));
      return new Promise((resolve, reject) => {
        const failure = failures.shift();
        held.push(() => (failure ? reject(failure) : resolve(session.evaluate(file, delta))));
      });
    },
  };
  const engine = { run: <R>(task: (a: typeof api) => R) => task(api), onRetire: () => undefined };
  const answer = async () => {
    held.shift()?.();
    for (let i = 0; i < 5; i++) await Promise.resolve(); // the reply parsed and delivered
    await new Promise((r) => setTimeout(r, 0));
  };
  return { engine: engine as unknown as EngineClient, sent, answer, fail: (e: Error) => failures.push(e) };
}

const draft = (name: string, typed: Draft['typed'] = []): Draft => ({ file: { ...sample, name }, typed });

describe('the model state', () => {
  it('sends one draft at a time, only the newest waiting, and is busy until the last answer', async () => {
    const { engine, sent, answer } = heldEngine();
    const model = new ModelState(engine);
    model.request(draft('a'), 1);
    model.request(draft('b'), 2);
    model.request(draft('c'), 3);
    expect(model.busy).toBe(true);
    expect(sent).toEqual(['a']);
    await answer();
    expect(sent).toEqual(['a', 'c']); // b was replaced unsent
    expect(model.busy).toBe(true);
    expect(model.current).toBe(false); // a's answer was superseded
    await answer();
    expect(model.busy).toBe(false);
    expect(model.current).toBe(true);
    expect(model.results?.measures.length).toBeGreaterThan(0);
  });

  it('does not send a draft with cells that do not read yet, nor the same draft twice', async () => {
    const { engine, sent, answer } = heldEngine();
    const model = new ModelState(engine);
    const a = draft('a');
    model.request(a, 1);
    model.request(a, 1);
    await answer();
    model.request(draft('typed', [{ path: ['discount_rate'], text: '1,,2', hint: { key: 'edit.noFormulaHere' } }]), 2);
    expect(sent).toEqual(['a']);
    expect(model.busy).toBe(false);
    expect(model.current).toBe(false);
  });

  it('asks again once after a crash and says so; a second failure in a row is said as failed', async () => {
    const { engine, sent, answer, fail } = heldEngine();
    const model = new ModelState(engine);
    fail(new EngineError('crashed', 'gone', ''));
    model.request(draft('a'), 1);
    await answer();
    expect(model.trouble?.kind).toBe('restarted');
    expect(sent).toEqual(['a', 'a']);
    await answer();
    expect(model.current).toBe(true);
    expect(model.busy).toBe(false);
    fail(new EngineError('crashed', 'gone', ''));
    fail(new EngineError('deadline', 'late', '15000'));
    model.request(draft('b'), 2);
    await answer();
    await answer();
    expect(model.trouble).toEqual({ kind: 'failed', failure: { kind: 'engine', reason: 'deadline', detail: '15000' } });
    expect(model.busy).toBe(false);
  });
});

describe('the figures follow the editor, and the sensitivity tools the figures', () => {
  it('sends each new draft of the editor once the changes made in one go are done', async () => {
    const { engine, sent, answer } = heldEngine();
    const model = new ModelState(engine);
    const editor = new ScenarioEditor(() => 'en');
    const stop = model.follow(editor);
    editor.open({ ...sample, name: 'a' });
    editor.setPart(['name'], 'b');
    expect(sent).toEqual([]); // after the change's maker is done (a microtask)
    await Promise.resolve();
    expect(sent).toEqual(['b']);
    await answer();
    expect(model.currentDraft?.revision).toBe(editor.revision);
    stop();
    editor.setPart(['name'], 'c');
    await answer();
    expect(sent).toEqual(['b']);
  });

  it('gives the sensitivity tools the current draft while they follow, and nothing after', async () => {
    const { engine, answer } = heldEngine();
    const model = new ModelState(engine);
    const sens = new SensitivityState(engine);
    model.request(draft('a'), 1);
    await answer();
    const stop = sens.follow(model);
    expect(sens.revision).toBe(1); // the figures current when the view opens
    model.request(draft('b', [{ path: ['discount_rate'], text: '1,,2', hint: { key: 'edit.noFormulaHere' } }]), 2);
    model.request(draft('c'), 3);
    expect(sens.revision).toBe(1); // not before its figures are current
    await answer();
    expect(sens.revision).toBe(3);
    stop();
    model.request(draft('d'), 4);
    await answer();
    expect(sens.revision).toBe(3);
  });
});
