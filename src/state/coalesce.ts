/**
 * One request at a time to a worker, the newest waiting: while a request runs, later ones replace
 * each other unsent, so a slider dragged across a hundred pixels sends a handful of requests and
 * its figures follow it live. Every answer is delivered (each says what it was for), in order.
 */
/** An answer, or the failure, of the request made with `args`. */
export type Delivery<A, R> = { ok: true; value: R; args: A } | { ok: false; error: unknown; args: A };

export class Coalescer<A, R> {
  readonly #task: (args: A) => Promise<R>;
  readonly #deliver: (outcome: Delivery<A, R>) => void;
  #next: { args: A } | null = null;
  #running = false;

  constructor(task: (args: A) => Promise<R>, deliver: (outcome: Delivery<A, R>) => void) {
    this.#task = task;
    this.#deliver = deliver;
  }

  /** True while a request is in flight or waiting. */
  get busy(): boolean {
    return this.#running || this.#next !== null;
  }

  /** True while a request waits to be sent (one is in flight). */
  get pending(): boolean {
    return this.#next !== null;
  }

  /** Asks for `args`; replaces a request that has not been sent yet. */
  request(args: A): void {
    this.#next = { args };
    if (!this.#running) void this.#drain();
  }

  /** Forgets a request that has not been sent yet. */
  drop(): void {
    this.#next = null;
  }

  async #drain(): Promise<void> {
    this.#running = true;
    try {
      while (this.#next) {
        const { args } = this.#next;
        this.#next = null;
        try {
          this.#deliver({ ok: true, value: await this.#task(args), args });
        } catch (error) {
          this.#deliver({ ok: false, error, args });
        }
      }
    } finally {
      this.#running = false;
    }
  }
}
