/** A worker stand-in for the tests of worker clients (the engine's, the state's worker jobs). */
import { expose } from 'comlink';
import type { EngineWorker } from '../engine-client';

/** A stand-in for a worker: `api` exposed on the far end of a MessageChannel. */
export class FakeWorker extends EventTarget implements EngineWorker {
  terminated = false;
  readonly #channel = new MessageChannel();

  constructor(api: object) {
    super();
    expose(api, this.#channel.port2);
    this.#channel.port1.addEventListener('message', (event) =>
      this.dispatchEvent(new MessageEvent('message', { data: event.data as unknown })),
    );
    this.#channel.port1.start();
  }

  postMessage(message: unknown, transfer?: Transferable[]): void {
    if (!this.terminated) this.#channel.port1.postMessage(message, transfer ?? []);
  }

  terminate(): void {
    this.terminated = true;
    this.#channel.port1.close();
    this.#channel.port2.close();
  }
}
