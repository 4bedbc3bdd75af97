/**
 * The worker-job fixture of the state tests (Monte Carlo, the best package): a stand-in worker
 * exposing an API on the far end of a MessageChannel, the clients made on it, and a wait.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import { EngineClient } from '../../engine/engine-client';
import { FakeWorker } from '../../engine/test-support/fake-worker';

/**
 * Clients whose workers are FakeWorkers serving `api`; `workers` lists those of the last client
 * made (a restart adds one). Every worker is terminated after each test.
 */
export function fakeWorkers<Api extends object>(): {
  readonly workers: readonly FakeWorker[];
  client: (api: Partial<Api>) => EngineClient<Api>;
} {
  let workers: FakeWorker[] = [];
  afterEach(() => workers.forEach((w) => w.terminate()));
  return {
    get workers() {
      return workers;
    },
    client(api) {
      workers = [];
      return new EngineClient<Api>(() => {
        const w = new FakeWorker(api);
        workers.push(w);
        return w;
      });
    },
  };
}

/** Waits (up to a second) until `condition` holds. */
export async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 5));
}

/** A sample scenario of public/examples, parsed. */
export function exampleFile(name: string): unknown {
  const url = new URL(`../../../public/examples/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), 'utf8'));
}
