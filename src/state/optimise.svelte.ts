/**
 * "Best package for a budget" runs of the open scenario, in a worker of their own (spec section
 * 8). Cancel aborts the call: the client terminates that worker at once and a fresh one starts in
 * the background, as for Monte Carlo. The settings (budget, locks, exclusions, minimum) live here
 * so that they survive switching tabs; the last answer stays, marked when the scenario changed.
 */
import { EngineClient } from '../engine/engine-client';
import { runOptimise, startOptimiseWorker, warmUpOptimise, type OptimiseClient } from '../engine/optimise';
import type { Issue } from '../model/issues';
import type { OptimiseIssue } from '../model/optimise';
import type { OptimiseAnswer, OptimiseRunSettings } from '../workbook/optimise-job';
import type { OptimiseApi } from '../../workers/optimise';
import { failureOf, type Failure } from './failure';

const RUN_TIMEOUT_MS = 120_000;

export type OptimisePhase = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';
export type MeasureRole = 'free' | 'require' | 'exclude';

export interface FinishedOptimum {
  answer: OptimiseAnswer;
  settings: OptimiseRunSettings;
  elapsedMs: number;
  /** What the answer was computed for (see answerKey in the view): stale when it differs. */
  key: string;
}

export class OptimiseState {
  #phase = $state<OptimisePhase>('idle');
  #done = $state(0);
  #total = $state(0);
  #last = $state.raw<FinishedOptimum | null>(null);
  #issues = $state.raw<Issue[]>([]);
  #settingsIssues = $state.raw<OptimiseIssue[]>([]);
  #error = $state<Failure | null>(null);
  #controller: AbortController | null = null;
  readonly #client: OptimiseClient;

  /** Budget in the scenario's currency; null until the user gives one. */
  budget = $state<number | null>(null);
  /** Role of each measure by id (absent = free). */
  roles = $state<Record<string, MeasureRole>>({});
  /** Minimum reduction share, or null for none. */
  minReduction = $state<{ indicator: string; share: number } | null>(null);

  constructor(client: OptimiseClient = new EngineClient<OptimiseApi>(startOptimiseWorker)) {
    this.#client = client;
  }

  get phase(): OptimisePhase {
    return this.#phase;
  }

  get progress(): { done: number; total: number } {
    return { done: this.#done, total: this.#total };
  }

  get last(): FinishedOptimum | null {
    return this.#last;
  }

  get issues(): Issue[] {
    return this.#issues;
  }

  get settingsIssues(): OptimiseIssue[] {
    return this.#settingsIssues;
  }

  get error(): Failure | null {
    return this.#error;
  }

  warmUp(): void {
    warmUpOptimise(this.#client).catch(() => {});
  }

  /** The run settings for measures `ids` (file order), or null without a budget. */
  settingsFor(ids: readonly string[]): OptimiseRunSettings | null {
    if (this.budget === null) return null;
    const pick = (role: MeasureRole) => ids.filter((id) => this.roles[id] === role);
    return { budget: this.budget, require: pick('require'), exclude: pick('exclude'), minReduction: this.minReduction };
  }

  async run(file: unknown, key: string, settings: OptimiseRunSettings): Promise<void> {
    if (this.#controller) this.cancel();
    const controller = new AbortController();
    this.#controller = controller;
    this.#phase = 'running';
    this.#done = 0;
    this.#total = 0;
    this.#issues = [];
    this.#settingsIssues = [];
    this.#error = null;
    const onProgress = (done: number, total: number) => {
      if (this.#controller !== controller) return;
      this.#done = done;
      this.#total = total;
    };
    try {
      const reply = await runOptimise(this.#client, file, settings, onProgress, {
        signal: controller.signal,
        timeoutMs: RUN_TIMEOUT_MS,
      });
      if (this.#controller !== controller) return;
      if (reply.ok) {
        this.#last = { answer: reply.answer, settings, elapsedMs: reply.elapsedMs, key };
        this.#phase = 'done';
      } else {
        this.#issues = reply.issues;
        this.#settingsIssues = reply.settingsIssues;
        this.#phase = 'failed';
      }
    } catch (error) {
      if (this.#controller !== controller) return;
      this.#error = failureOf(error);
      this.#phase = 'failed';
    } finally {
      if (this.#controller === controller) this.#controller = null;
    }
  }

  cancel(): void {
    const controller = this.#controller;
    if (!controller) return;
    this.#controller = null;
    this.#phase = 'cancelled';
    controller.abort();
    setTimeout(() => this.warmUp(), 0);
  }
}

let shared: OptimiseState | null = null;

/** The page's one optimise state, its worker started on first use (the tab's first opening). */
export function optimiseState(): OptimiseState {
  shared ??= new OptimiseState();
  return shared;
}
