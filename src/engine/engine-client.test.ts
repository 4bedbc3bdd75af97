import { expose } from 'comlink';
import { afterEach, describe, expect, it } from 'vitest';
import type { EngineApi } from '../../workers/engine';
import { z } from '../model/zod';
import { EngineClient, EngineError, parseReply, type EngineWorker } from './engine-client';

/** A stand-in for the worker: the API is exposed on the far end of a MessageChannel. */
class FakeWorker extends EventTarget implements EngineWorker {
  terminated = false;
  readonly #channel = new MessageChannel();

  constructor(api: Partial<EngineApi>) {
    super();
    expose(api, this.#channel.port2);
    this.#channel.port1.addEventListener('message', (event) => {
      this.dispatchEvent(new MessageEvent('message', { data: event.data as unknown }));
    });
    this.#channel.port1.start();
  }

  postMessage(message: unknown): void {
    if (!this.terminated) this.#channel.port1.postMessage(message);
  }

  terminate(): void {
    this.terminated = true;
    this.#channel.port1.close();
    this.#channel.port2.close();
  }

  crash(message: string): void {
    this.dispatchEvent(Object.assign(new Event('error'), { message }));
  }
}

const never = () => new Promise<never>(() => {});
const quickApi: Partial<EngineApi> = { version: () => Promise.resolve('3.5.0') };

let workers: FakeWorker[] = [];

/** A client whose workers answer `version()` quickly and hang on `evaluateFormula()`. */
function makeClient(timeoutMs = 200) {
  const hangingApi = { ...quickApi, evaluateFormula: never } as unknown as Partial<EngineApi>;
  return new EngineClient(
    () => {
      const worker = new FakeWorker(hangingApi);
      workers.push(worker);
      return worker;
    },
    { timeoutMs },
  );
}

async function reasonOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  return error instanceof EngineError ? error.reason : `not an EngineError: ${String(error)}`;
}

afterEach(() => {
  for (const worker of workers) worker.terminate();
  workers = [];
});

describe('a call that the worker answers', () => {
  it('resolves with the reply and keeps the worker', async () => {
    const client = makeClient();
    expect(await client.run((api) => api.version())).toBe('3.5.0');
    expect(await client.run((api) => api.version())).toBe('3.5.0');
    expect(client.starts).toBe(1);
  });
});

describe('the deadline', () => {
  it('rejects a call the worker never answers, and restarts the worker', async () => {
    const client = makeClient(50);
    expect(await reasonOf(client.run((api) => api.evaluateFormula('=1')))).toBe('deadline');
    expect(workers[0]?.terminated).toBe(true);
    expect(await client.run((api) => api.version())).toBe('3.5.0');
    expect(client.starts).toBe(2);
  });

  it('also rejects the other calls pending on the replaced worker', async () => {
    const client = makeClient(1000);
    const slow = client.run((api) => api.evaluateFormula('=1'));
    const quick = client.run((api) => api.evaluateFormula('=2'), { timeoutMs: 20 });
    expect(await reasonOf(quick)).toBe('deadline');
    expect(await reasonOf(slow)).toBe('terminated');
  });
});

describe('the abort signal', () => {
  it('rejects the call and restarts the worker', async () => {
    const client = makeClient();
    const controller = new AbortController();
    const call = client.run((api) => api.evaluateFormula('=1'), { signal: controller.signal });
    controller.abort();
    expect(await reasonOf(call)).toBe('aborted');
    expect(workers[0]?.terminated).toBe(true);
    expect(await client.run((api) => api.version())).toBe('3.5.0');
  });

  it('rejects at once when already aborted, without starting a worker', async () => {
    const client = makeClient();
    expect(await reasonOf(client.run((api) => api.version(), { signal: AbortSignal.abort() }))).toBe('aborted');
    expect(client.starts).toBe(0);
  });
});

describe('a worker that fails', () => {
  it('rejects every pending call, and the next call starts a new worker', async () => {
    const client = makeClient(5000);
    const first = client.run((api) => api.evaluateFormula('=1'));
    const second = client.run((api) => api.evaluateFormula('=2'));
    workers[0]?.crash('out of memory');
    expect(await reasonOf(first)).toBe('crashed');
    expect(await reasonOf(second)).toBe('crashed');
    expect(workers[0]?.terminated).toBe(true);
    expect(await client.run((api) => api.version())).toBe('3.5.0');
    expect(client.starts).toBe(2);
  });
});

describe('terminate()', () => {
  it('rejects pending calls with reason terminated', async () => {
    const client = makeClient(5000);
    const call = client.run((api) => api.evaluateFormula('=1'));
    client.terminate();
    expect(await reasonOf(call)).toBe('terminated');
  });
});

describe('telling what depends on the worker that it was retired', () => {
  it('reports a crash between calls once, and not a second time for the same worker', async () => {
    const client = makeClient();
    const seen: string[] = [];
    const stop = client.onRetire((error) => seen.push(error.reason));
    await client.run((api) => api.version());
    const [worker] = workers;
    if (!worker) throw new Error('no worker started');
    worker.crash('boom');
    worker.crash('again');
    expect(seen).toEqual(['crashed']);
    await client.run((api) => api.version()); // a fresh worker answers
    stop();
    client.terminate();
    expect(seen).toEqual(['crashed']);
    expect(client.starts).toBe(2);
  });
});

describe('a failure inside the worker or its reply', () => {
  it('turns an exception thrown by the worker into reason internal, keeping the worker', async () => {
    const api = {
      ...quickApi,
      evaluateFormula: () => {
        throw new Error('boom');
      },
    } as unknown as Partial<EngineApi>;
    const client = new EngineClient(() => new FakeWorker(api));
    expect(await reasonOf(client.run((remote) => remote.evaluateFormula('=1')))).toBe('internal');
    expect(await client.run((remote) => remote.version())).toBe('3.5.0');
    expect(client.starts).toBe(1);
    client.terminate();
  });

  it('refuses a reply of the wrong shape with reason invalid-reply', () => {
    const error = (() => {
      try {
        return parseReply(z.string(), 42);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).reason).toBe('invalid-reply');
    expect(parseReply(z.string(), '3.5.0')).toBe('3.5.0');
  });
});
