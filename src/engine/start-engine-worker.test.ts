import { expose } from 'comlink';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A stand-in for the engine worker: the API on one end of a channel, counting its evaluations. */
let evaluations: unknown[] = [];
class FakeWorker extends EventTarget {
  readonly #port: MessagePort;
  constructor() {
    super();
    const { port1, port2 } = new MessageChannel();
    expose({ evaluateScenario: (file: unknown, delta: number) => (evaluations.push(file), { file, delta }) }, port2);
    this.#port = port1;
    port1.addEventListener('message', (event) => this.dispatchEvent(new MessageEvent('message', { data: event.data })));
    port1.start();
  }
  postMessage(message: unknown, transfer: Transferable[] = []): void {
    this.#port.postMessage(message, transfer);
  }
  terminate(): void {
    this.#port.close();
  }
}

// The module keeps the early worker in its own state: a fresh copy for each test.
async function fresh() {
  vi.resetModules();
  return import('./start-engine-worker');
}

beforeEach(() => {
  evaluations = [];
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => vi.unstubAllGlobals());

const file = { name: 'Planta', years: 10 };

describe('the figures computed before the app asks (issue 15 item 11)', () => {
  it("answer the app's first request for the same file, once, without asking the worker again", async () => {
    const m = await fresh();
    m.prestartEngineWorker();
    m.evaluateEarly(file, 0.2);
    m.startEngineWorker();
    expect(await m.takeEarlyEvaluation({ name: 'Planta', years: 10 }, 0.2)).toEqual({ file, delta: 0.2 });
    expect(m.takeEarlyEvaluation(file, 0.2)).toBeNull();
    expect(evaluations).toHaveLength(1);
  });

  it('are not taken for another file or another delta', async () => {
    const m = await fresh();
    m.prestartEngineWorker();
    m.evaluateEarly(file, 0.2);
    m.startEngineWorker();
    expect(m.takeEarlyEvaluation({ ...file, years: 11 }, 0.2)).toBeNull();
    m.prestartEngineWorker();
    expect(m.takeEarlyEvaluation(file, 0.2)).toBeNull(); // dropped by the first request
    const other = await fresh();
    other.prestartEngineWorker();
    other.evaluateEarly(file, 0.2);
    other.startEngineWorker();
    expect(other.takeEarlyEvaluation(file, 0.1)).toBeNull();
  });

  it('are dropped when a second worker is started (a restart: the first one is gone)', async () => {
    const m = await fresh();
    m.prestartEngineWorker();
    m.evaluateEarly(file, 0.2);
    m.startEngineWorker();
    m.startEngineWorker();
    expect(m.takeEarlyEvaluation(file, 0.2)).toBeNull();
  });

  it('are not asked for once the app has taken the worker', async () => {
    const m = await fresh();
    m.prestartEngineWorker();
    m.startEngineWorker();
    const late = { name: 'Too late' };
    m.evaluateEarly(late, 0.2);
    expect(m.takeEarlyEvaluation(late, 0.2)).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(evaluations).not.toContainEqual(late);
  });
});
