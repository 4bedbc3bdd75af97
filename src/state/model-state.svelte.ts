/**
 * The figures of the open scenario, kept in step with the editor through the engine worker.
 * One request at a time: while one runs, only the newest draft waits (older ones are dropped
 * unsent), so typing fast never queues stale work. The last valid results stay on screen while
 * the draft has problems, marked as not current.
 */
import { createContext } from 'svelte';
import { EngineError, type EngineClient } from '../engine/engine-client';
import { evaluateScenario } from '../engine/model';
import { TORNADO_DELTA } from '../model/delta';
import type { Issue } from '../model/issues';
import type { Results } from '../model/results';
import type { EvaluateReply } from '../workbook/session';
import { Coalescer, type Delivery } from './coalesce';
import type { Draft } from './draft';
import type { ScenarioEditor } from './scenario-editor.svelte';
import { failureOf, type Failure } from './failure';

/** A draft's file sent to the engine, with its revision. */
export type Evaluation = { file: unknown; revision: number };

export type EngineTrouble = { kind: 'restarted' | 'failed'; failure: Failure } | null;

export class ModelState {
  #results = $state.raw<Results | null>(null);
  #issues = $state.raw<Issue[]>([]);
  #formulaValues = $state.raw<Record<string, number>>({});
  #resultsRevision = $state(-1);
  #wantedRevision = $state(-1);
  #busy = $state(false);
  #kept = $state(false);
  #requested: Draft | null = null;
  #trouble = $state.raw<EngineTrouble>(null);
  #delta = TORNADO_DELTA;
  readonly #engine: EngineClient;
  /** One evaluation in flight, only the newest draft waiting (older ones are dropped unsent). */
  readonly #evaluations: Coalescer<Evaluation, EvaluateReply>;

  constructor(engine: EngineClient) {
    this.#engine = engine;
    this.#evaluations = new Coalescer(
      ({ file }) => this.#evaluate(file),
      (outcome) => {
        this.#settle(outcome);
        // The answer delivered last leaves nothing waiting: the engine is idle once it returns.
        this.#busy = this.#evaluations.pending;
      },
    );
    engine.onRetire((error) => this.#retired(error));
  }

  /** The last draft the engine evaluated: a worker that dies between calls takes it along. */
  #last: Evaluation | null = null;

  // A call in flight handles its own failure (#evaluate); a worker lost while idle gets the open
  // scenario again at once, so that what reads it (the workbook view) finds it, and a crash is said.
  #retired(error: EngineError): void {
    if (this.#busy || !this.#last) return;
    if (error.reason === 'crashed') this.#trouble = { kind: 'restarted', failure: failureOf(error) };
    this.#send(this.#last);
  }

  /** The last valid scenario's results (null before the first). */
  get results(): Results | null {
    return this.#results;
  }

  /** The computed value of each formula field of the last valid draft, by path. */
  get formulaValues(): Record<string, number> {
    return this.#formulaValues;
  }

  /** Problems of the current draft, each naming its field. */
  get issues(): Issue[] {
    return this.#issues;
  }

  /**
   * True while the figures shown are the ones kept from an earlier session for this very content
   * (showKept), until the engine answers: they are marked as such on screen.
   */
  get kept(): boolean {
    return this.#kept;
  }

  /** Sends each new draft of `editor` (one place, main.ts: the figures follow every edit). Returns the stop. */
  follow(editor: ScenarioEditor): () => void {
    return editor.onChange(() => this.request(editor.draft, editor.revision));
  }

  /** The draft whose figures are shown, while they are current (valid and evaluated): else null. */
  get currentDraft(): Evaluation | null {
    return this.current ? this.#evaluated : null;
  }

  /** Calls `listener` with each draft whose figures become current. Returns the stop. */
  onCurrent(listener: (draft: Evaluation) => void): () => void {
    this.#currentListeners.push(listener);
    return () => (this.#currentListeners = this.#currentListeners.filter((l) => l !== listener));
  }

  #currentListeners: ((draft: Evaluation) => void)[] = [];
  /** The draft the results shown were computed from. */
  #evaluated: Evaluation | null = null;

  /** Called with each set of live figures and the file they were computed from (to keep them). */
  onFigures?: (file: unknown, figures: { results: Results; formulaValues: Record<string, number> }) => void;

  /**
   * Shows figures kept from an earlier session for the draft at `revision` (computed from the same
   * content), unless the engine has answered for it already or the draft has changed since.
   */
  showKept(figures: { results: Results; formulaValues: Record<string, number> }, revision: number): void {
    if (revision !== this.#wantedRevision || this.#resultsRevision === revision) return;
    this.#results = figures.results;
    this.#formulaValues = figures.formulaValues;
    this.#kept = true;
  }

  /** True when the figures shown are those of the draft being edited. */
  get current(): boolean {
    return this.#resultsRevision === this.#wantedRevision && this.#issues.length === 0;
  }

  /** The tornado's relative change of each input (spec section 4) in the results. */
  get delta(): number {
    return this.#delta;
  }

  get busy(): boolean {
    return this.#busy;
  }

  get trouble(): EngineTrouble {
    return this.#trouble;
  }

  get engine(): EngineClient {
    return this.#engine;
  }

  /**
   * Asks for the figures of a draft; a draft with cells that do not read yet is not sent. The same
   * draft asked for again is not sent twice (start-up asks before the editor is drawn, which asks
   * too), unless `again`: the worker's session was used for something else meanwhile.
   */
  request(draft: Draft, revision: number, { again = false }: { again?: boolean } = {}): void {
    if (!again && draft === this.#requested && revision === this.#wantedRevision) return;
    this.#requested = draft;
    this.#wantedRevision = revision;
    if (draft.typed.length > 0) {
      this.#evaluations.drop();
      this.#issues = [];
      return;
    }
    // The draft is raw state, never proxied, and replaced rather than changed: no snapshot (a deep copy) needed.
    this.#send({ file: draft.file, revision });
  }

  #send(evaluation: Evaluation): void {
    this.#evaluations.request(evaluation);
    this.#busy = true;
  }

  async #evaluate(file: unknown): Promise<EvaluateReply> {
    if (!this.#marked) performance.mark('cp:first-request'); // start-up timing (scripts/bench-start.mjs)
    const reply = await evaluateScenario(this.#engine, file, this.#delta);
    if (!this.#marked) performance.mark('cp:first-reply');
    this.#marked = true;
    this.#answered();
    return reply;
  }

  #settle(outcome: Delivery<Evaluation, EvaluateReply>): void {
    const { file, revision } = outcome.args;
    if (!outcome.ok) {
      // A dead or stuck worker is replaced by the client on the next call: ask again once, and say so.
      const error = outcome.error;
      const retry = error instanceof EngineError && error.reason !== 'aborted' && this.#failures === 0;
      this.#failures++;
      this.#trouble = { kind: retry ? 'restarted' : 'failed', failure: failureOf(error) };
      this.#answered();
      if (retry && !this.#evaluations.pending) this.#evaluations.request(outcome.args);
      return;
    }
    if (revision !== this.#wantedRevision && this.#evaluations.pending) return; // superseded while it ran
    this.#last = outcome.args;
    const reply = outcome.value;
    if (reply.ok) {
      this.#results = reply.results;
      this.#kept = false;
      // Unchanged values keep their identity: the editor's cells read them, and a new (equal)
      // object would re-render every cell on every answer.
      if (!sameValues(this.#formulaValues, reply.formulaValues)) this.#formulaValues = reply.formulaValues;
      if (this.#issues.length > 0) this.#issues = [];
      this.#resultsRevision = revision;
      this.#evaluated = outcome.args;
      this.onFigures?.(file, { results: reply.results, formulaValues: reply.formulaValues });
      if (this.current) for (const listener of this.#currentListeners) listener(outcome.args);
    } else {
      this.#issues = reply.issues;
      this.#kept = false; // what is shown stays, dimmed as not current
    }
    if (this.#trouble?.kind === 'failed') this.#trouble = null;
    this.#failures = 0;
  }

  #failures = 0;
  #marked = false;
  #answered: () => void = () => {};
  /** Settles once the engine has answered (figures, problems or a failure) for the first time. */
  readonly firstAnswer = new Promise<void>((resolve) => (this.#answered = resolve));

  /** Clears the notice of a restart once the user has seen it. */
  dismissTrouble(): void {
    this.#trouble = null;
  }
}

function sameValues(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.is(a[k], b[k]));
}

export const [getModelState, setModelState] = createContext<ModelState>();
