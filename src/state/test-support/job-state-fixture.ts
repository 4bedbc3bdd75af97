/**
 * A long-run state class (Monte Carlo, the best package) on fake workers (worker-fixture.ts), and
 * the check that a cancel ends its run at once by replacing the worker.
 */
import { expect } from 'vitest';
import type { EngineClient } from '../../engine/engine-client';
import type { Status } from '../status';
import { fakeWorkers, until } from './worker-fixture';

/**
 * `state(api)` gives what `make` builds on a client whose worker serves `api`, with that client;
 * `expectCancelRestarts` cancels a run whose worker never answers.
 */
export function jobStates<Api extends object, S extends object>(make: (client: EngineClient<Api>) => S) {
  const fixture = fakeWorkers<Api>();
  return {
    state: (api: Partial<Api>): S & { client: EngineClient<Api> } => {
      const client = fixture.client(api);
      return { ...make(client), client };
    },
    /** The run ends cancelled at once, its worker is terminated, and the client starts a fresh one. */
    expectCancelRestarts: async (
      job: { cancel(): void; readonly status: Status },
      run: Promise<unknown>,
      client: EngineClient<Api>,
    ): Promise<void> => {
      job.cancel();
      await run;
      expect(job.status.phase).toBe('cancelled');
      expect(fixture.workers[0]?.terminated).toBe(true);
      await until(() => client.starts === 2);
      expect(client.starts).toBe(2);
    },
  };
}
