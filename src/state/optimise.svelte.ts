/**
 * "Best package for a budget" runs of the open scenario, in a worker of their own (spec section
 * 8). Cancel aborts the call: the client terminates that worker at once and a fresh one starts in
 * the background, as for Monte Carlo. The settings (budget, locks, exclusions, minimum) belong to
 * a scenario: they are read when it opens and written on each change, beside it in IndexedDB
 * (persistence/optimise-settings.ts). Each scenario's last answer stays for the page's life,
 * marked when the scenario changed since, with the frontier step chosen and whether the credit
 * memo and the presentation show it.
 */
import { EngineClient } from '../engine/engine-client';
import { runOptimise, startOptimiseWorker, warmUpOptimise, type OptimiseClient } from '../engine/optimise';
import type { Issue } from '../model/issues';
import type { OptimiseIssue } from '../model/optimise';
import type { AppDb } from '../persistence/app-db';
import { readOptimiseSettings, writeOptimiseSettings } from '../persistence/optimise-settings';
import type { OptimiseAnswer, OptimiseRunSettings } from '../workbook/optimise-job';
import type { OptimiseApi } from '../../workers/optimise';
import { failureOf, type Failure } from './failure';
import type { Status } from './status';
import { WorkerJob } from './worker-job.svelte';

const RUN_TIMEOUT_MS = 120_000;

export type MeasureRole = 'free' | 'require' | 'exclude';

export interface FinishedOptimum {
  answer: OptimiseAnswer;
  settings: OptimiseRunSettings;
  elapsedMs: number;
  /** What the answer was computed for (see answerKey in the view): stale when it differs. */
  key: string;
  /** The frontier step shown instead of the best package, or null. */
  step: number | null;
  /** The credit memo and the presentation show the package shown (on by default). */
  inReports: boolean;
}

/** A page without a stored scenario (nothing open yet): its settings live only in memory. */
const NO_SCENARIO = '';

export class OptimiseState {
  /** Each scenario's last answer, by scenario id. */
  #answers = $state.raw<Record<string, FinishedOptimum>>({});
  #scenarioId = $state(NO_SCENARIO);
  #db: AppDb | null = null;
  /** Bumped on each scenario switch and each change: a late read must not undo what the user set. */
  #generation = 0;
  #saveError = $state.raw<Failure | null>(null);
  #saving: Promise<unknown> = Promise.resolve();
  #issues = $state.raw<Issue[]>([]);
  #settingsIssues = $state.raw<OptimiseIssue[]>([]);
  readonly #client: OptimiseClient;
  readonly #job = new WorkerJob(() => this.warmUp());

  #budget = $state<number | null>(null);
  #roles = $state.raw<Record<string, MeasureRole>>({});
  #minReduction = $state.raw<{ indicator: string; share: number } | null>(null);

  constructor(client: OptimiseClient = new EngineClient<OptimiseApi>(startOptimiseWorker)) {
    this.#client = client;
  }

  /** Budget in the scenario's currency; null until the user gives one. */
  get budget(): number | null {
    return this.#budget;
  }
  set budget(value: number | null) {
    this.#budget = value;
    this.#changed();
  }

  /** Role of each measure by id (absent = free). */
  get roles(): Record<string, MeasureRole> {
    return this.#roles;
  }
  set roles(value: Record<string, MeasureRole>) {
    this.#roles = value;
    this.#changed();
  }

  /** Minimum reduction share, or null for none. */
  get minReduction(): { indicator: string; share: number } | null {
    return this.#minReduction;
  }
  set minReduction(value: { indicator: string; share: number } | null) {
    this.#minReduction = value;
    this.#changed();
  }

  /** The scenario whose settings and answer the tab shows ('' before one is open). */
  get scenarioId(): string {
    return this.#scenarioId;
  }

  /** Why the settings could not be kept, or null. */
  get saveError(): Failure | null {
    return this.#saveError;
  }

  /**
   * Shows scenario `id`'s settings: those stored for it, else none. `db` is where they are kept
   * (null: memory only). Resolves once they are read.
   */
  async openScenario(id: string | null, db: AppDb | null): Promise<void> {
    const next = id ?? NO_SCENARIO;
    this.#db = db;
    if (next === this.#scenarioId) return;
    this.#job.reset();
    this.#scenarioId = next;
    this.#budget = null;
    this.#roles = {};
    this.#minReduction = null;
    this.#issues = [];
    this.#settingsIssues = [];
    const generation = ++this.#generation;
    if (!db || next === NO_SCENARIO) return;
    try {
      const stored = await readOptimiseSettings(db, next);
      if (!stored || generation !== this.#generation) return;
      this.#budget = stored.budget;
      this.#roles = stored.roles;
      this.#minReduction = stored.minReduction;
    } catch (error) {
      this.#saveError = failureOf(error);
    }
  }

  #changed(): void {
    this.#generation++;
    const db = this.#db;
    const id = this.#scenarioId;
    if (!db || id === NO_SCENARIO) return;
    // Only the locks and exclusions: a free measure is the default, and need not be stored.
    const roles = Object.fromEntries(
      Object.entries(this.#roles).filter((e): e is [string, 'require' | 'exclude'] => e[1] !== 'free'),
    );
    const settings = { version: 1 as const, budget: this.#budget, roles, minReduction: this.#minReduction };
    this.#saving = this.#saving
      .then(() => writeOptimiseSettings(db, id, settings))
      .then(
        () => (this.#saveError = null),
        (error: unknown) => (this.#saveError = failureOf(error)),
      );
  }

  /** Resolves once every change made so far is written. */
  flush(): Promise<void> {
    return this.#saving.then(() => undefined);
  }

  /** The run under way or the last one: its phase, steps done, and failure. */
  get status(): Status {
    return this.#job.status;
  }

  /** The open scenario's last answer. */
  get last(): FinishedOptimum | null {
    return this.answerFor(this.#scenarioId);
  }

  /** Scenario `id`'s last answer (the memo and the deck ask for the scenario they show). */
  answerFor(id: string | null): FinishedOptimum | null {
    return this.#answers[id ?? NO_SCENARIO] ?? null;
  }

  /** Shows frontier step `step` (null: the best package) of the open scenario's answer. */
  choose(step: number | null): void {
    this.#update((a) => ({ ...a, step }));
  }

  /** Whether the credit memo and the presentation show the open scenario's package. */
  setInReports(id: string | null, inReports: boolean): void {
    this.#update((a) => ({ ...a, inReports }), id ?? NO_SCENARIO);
  }

  #update(change: (a: FinishedOptimum) => FinishedOptimum, id = this.#scenarioId): void {
    const answer = this.#answers[id];
    if (answer) this.#answers = { ...this.#answers, [id]: change(answer) };
  }

  get issues(): Issue[] {
    return this.#issues;
  }

  get settingsIssues(): OptimiseIssue[] {
    return this.#settingsIssues;
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
    const job = this.#job;
    const signal = job.start();
    const id = this.#scenarioId;
    this.#issues = [];
    this.#settingsIssues = [];
    const onProgress = (done: number, total: number) => job.progress(signal, done, total);
    try {
      const reply = await runOptimise(this.#client, file, settings, onProgress, { signal, timeoutMs: RUN_TIMEOUT_MS });
      if (!job.current(signal)) return;
      if (reply.ok) {
        const inReports = this.#answers[id]?.inReports ?? true;
        const finished = { answer: reply.answer, settings, elapsedMs: reply.elapsedMs, key, step: null, inReports };
        this.#answers = { ...this.#answers, [id]: finished };
        job.done(signal);
      } else {
        this.#issues = reply.issues;
        this.#settingsIssues = reply.settingsIssues;
        job.fail(signal);
      }
    } catch (error) {
      job.fail(signal, error);
    }
  }

  cancel(): void {
    this.#job.cancel();
  }
}

let shared: OptimiseState | null = null;

/** The page's one optimise state, its worker started on first use (the tab's first opening). */
export function optimiseState(): OptimiseState {
  shared ??= new OptimiseState();
  return shared;
}
