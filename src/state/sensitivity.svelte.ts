/**
 * The deterministic sensitivity tools of the open scenario: break-even and tornadoes, the energy
 * price what-if, a data table and goal seek. Each runs in the engine worker on the last valid
 * draft, one request at a time with the newest waiting (see coalesce.ts); none of them changes
 * the scenario, except "apply" of the energy factor, which goes through the editor.
 */
import { dataTable, energyWhatIf, goalSeek, sensitivityOverview } from '../engine/analysis';
import type { EngineClient } from '../engine/engine-client';
import { axisValues, defaultAxisRange, type DataTable } from '../model/data-table';
import type { EnergyFigures } from '../model/energy-view';
import type { GoalSeekResult, GoalSeekSpec } from '../model/goal-seek';
import type { Issue } from '../model/issues';
import type { AnalysisReply, SensitivityOverview } from '../workbook/analysis';
import type { ModelState } from './model-state.svelte';
import { Coalescer, type Delivery } from './coalesce';
import { failureOf, type Failure } from './failure';

/** What a tool shows: nothing yet, its answer, the file's problems, or why the engine failed. */
export type Loaded<T> =
  | { status: 'idle' }
  | { status: 'ok'; value: T }
  | { status: 'issues'; issues: Issue[] }
  | { status: 'error'; failure: Failure };

export interface AxisSettings {
  input: string;
  from: number;
  to: number;
  count: number;
}

export interface TableSettings {
  rows: AxisSettings;
  /** Null for a one-way table. */
  columns: AxisSettings | null;
}

const IDLE = { status: 'idle' } as const;

function loaded<T>(o: Delivery<unknown, AnalysisReply<T>>): Loaded<T> {
  if (!o.ok) return { status: 'error', failure: failureOf(o.error) };
  return o.value.ok ? { status: 'ok', value: o.value.value } : { status: 'issues', issues: o.value.issues };
}

/** Axis settings centred on the scenario's value of `input` (see defaultAxisRange). */
export function defaultAxis(input: string, base: number): AxisSettings {
  return { input, ...defaultAxisRange(input, base) };
}

export class SensitivityState {
  #file: unknown = null;
  #revision = $state(-1);
  #delta = $state(0.2);
  #overview = $state.raw<Loaded<SensitivityOverview>>(IDLE);
  /** The slider's factor; null follows the scenario's own. */
  #factor = $state<number | null>(null);
  #energy = $state.raw<Loaded<EnergyFigures>>(IDLE);
  #table = $state.raw<TableSettings | null>(null);
  #tableResult = $state.raw<Loaded<DataTable>>(IDLE);
  #goal = $state.raw<GoalSeekSpec | null>(null);
  #goalResult = $state.raw<Loaded<GoalSeekResult>>(IDLE);

  readonly #overviews: Coalescer<{ file: unknown; delta: number }, AnalysisReply<SensitivityOverview>>;
  readonly #energies: Coalescer<{ file: unknown; factor: number }, AnalysisReply<EnergyFigures>>;
  readonly #tables: Coalescer<{ file: unknown; settings: TableSettings }, AnalysisReply<DataTable>>;
  readonly #goals: Coalescer<{ file: unknown; spec: GoalSeekSpec }, AnalysisReply<GoalSeekResult>>;

  constructor(engine: EngineClient) {
    this.#overviews = new Coalescer(
      ({ file, delta }) => sensitivityOverview(engine, file, delta),
      (o) => {
        this.#overview = loaded(o);
        this.#afterOverview();
      },
    );
    this.#energies = new Coalescer(
      ({ file, factor }) => energyWhatIf(engine, file, factor),
      (o) => (this.#energy = loaded(o)),
    );
    this.#tables = new Coalescer(
      ({ file, settings }) => {
        const axis = (a: AxisSettings) => ({ input: a.input, values: axisValues(a.from, a.to, a.count) });
        return dataTable(engine, file, {
          rows: axis(settings.rows),
          columns: settings.columns ? axis(settings.columns) : null,
        });
      },
      (o) => (this.#tableResult = loaded(o)),
    );
    this.#goals = new Coalescer(
      ({ file, spec }) => goalSeek(engine, file, spec),
      (o) => (this.#goalResult = loaded(o)),
    );
  }

  /** The revision of the draft the tools work on. */
  get revision(): number {
    return this.#revision;
  }

  /** Gives the tools a valid draft (a snapshot of the file) to work on; the same revision twice is a no-op. */
  setFile(file: unknown, revision: number): void {
    if (revision === this.#revision) return;
    this.#file = file;
    this.#revision = revision;
    this.#overviews.request({ file, delta: this.#delta });
    if (this.#factor !== null) this.#energies.request({ file, factor: this.#factor });
    if (this.#table) this.#tables.request({ file, settings: this.#table });
    if (this.#goal) this.#goals.request({ file, spec: this.#goal });
  }

  /**
   * Keeps the tools on the draft while a view of them is shown (the Sensitivity tab, the
   * presentation): the draft whose figures are current now, then each one that becomes current.
   * Returns the stop (call it when the view goes).
   */
  follow(model: ModelState): () => void {
    const now = model.currentDraft;
    if (now) this.setFile(now.file, now.revision);
    return model.onCurrent(({ file, revision }) => this.setFile(file, revision));
  }

  get overview(): Loaded<SensitivityOverview> {
    return this.#overview;
  }

  /** The tornado step: 0.2 is ±20 %. */
  get delta(): number {
    return this.#delta;
  }

  set delta(value: number) {
    if (!(value > 0 && value < 1) || value === this.#delta) return;
    this.#delta = value;
    if (this.#revision >= 0) this.#overviews.request({ file: this.#file, delta: value });
  }

  /** The energy price factor the what-if shows: the slider's, or the scenario's own. */
  get factor(): number | null {
    if (this.#factor !== null) return this.#factor;
    return this.#overview.status === 'ok' ? this.#overview.value.energyCurve.current : null;
  }

  /** True while the slider is away from the scenario's own factor. */
  get factorMoved(): boolean {
    return (
      this.#factor !== null &&
      this.#overview.status === 'ok' &&
      this.#factor !== this.#overview.value.energyCurve.current
    );
  }

  set factor(value: number) {
    if (!Number.isFinite(value) || value < 0) return;
    this.#factor = value;
    if (this.#revision >= 0) this.#energies.request({ file: this.#file, factor: value });
  }

  /** Back to the scenario's own factor. */
  resetFactor(): void {
    this.#factor = null;
    if (this.#overview.status === 'ok')
      this.#energies.request({ file: this.#file, factor: this.#overview.value.energyCurve.current });
  }

  get energy(): Loaded<EnergyFigures> {
    return this.#energy;
  }

  get table(): TableSettings | null {
    return this.#table;
  }

  set table(settings: TableSettings) {
    this.#table = settings;
    if (this.#revision >= 0) this.#tables.request({ file: this.#file, settings });
  }

  get tableResult(): Loaded<DataTable> {
    return this.#tableResult;
  }

  get goal(): GoalSeekSpec | null {
    return this.#goal;
  }

  set goal(spec: GoalSeekSpec) {
    this.#goal = spec;
    if (this.#revision >= 0) this.#goals.request({ file: this.#file, spec });
  }

  get goalResult(): Loaded<GoalSeekResult> {
    return this.#goalResult;
  }

  // Once the inputs are known: the what-if at the scenario's factor, and a first data table and
  // goal seek that the user can change (energy factor × discount rate; the break-even factor).
  #afterOverview(): void {
    if (this.#overview.status !== 'ok') return;
    const o = this.#overview.value;
    if (this.#factor === o.energyCurve.current) this.#factor = null; // applied to the scenario
    if (this.#factor === null) this.#energies.request({ file: this.#file, factor: o.energyCurve.current });
    const base = (path: string) => o.inputs.find((i) => i.path === path)?.base;
    const known = (a: AxisSettings | null | undefined) => !a || base(a.input) !== undefined;
    if (!this.#table || !known(this.#table.rows) || !known(this.#table.columns)) {
      this.table = {
        rows: defaultAxis('energyPriceFactor', o.energyCurve.current),
        columns: defaultAxis('discountRate', base('discountRate') ?? 0.1),
      };
    }
    if (!this.#goal || base(this.#goal.input) === undefined) {
      // Where NPV does not cross zero with energy prices, the largest investment that still pays.
      const input =
        o.breakEvenEnergyPriceFactor === null
          ? (o.inputs.find((i) => i.path.endsWith('.capex'))?.path ?? 'energyPriceFactor')
          : 'energyPriceFactor';
      this.goal = { input, metric: 'npv' };
    }
  }
}
