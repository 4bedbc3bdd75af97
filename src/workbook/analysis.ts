/**
 * The sensitivity tools of the app, as the engine worker runs them: every call takes the whole
 * scenario file (so a restarted worker needs nothing resent), validates and resolves it (kept
 * while the file stays the same, which is the case while a slider moves), and runs the model.
 */
import { dataTable, type DataTable, type DataTableSpec } from '../model/data-table';
import { dscrStress, type DscrStressRow } from '../model/dscr-stress';
import { energyCurve, energyWhatIf, type EnergyCurve, type EnergyFigures } from '../model/energy-view';
import { equityTornado, type EquityTornadoRow } from '../model/equity-tornado';
import { goalSeek, type GoalSeekResult, type GoalSeekSpec } from '../model/goal-seek';
import { inputValue, uncertaintyPaths } from '../model/input-values';
import { issue, type Issue } from '../model/issues';
import { parseScenario } from '../model/parse';
import { createPointEvaluator } from '../model/point-evaluator';
import type { ResolveOutcome } from '../model/resolve-numbers';
import type { ResolvedScenario } from '../model/resolved-scenario';
import type { TornadoRow } from '../model/results';
import { tornado } from '../model/sensitivity';
import { resolveScenario } from './formula-resolver';

export type AnalysisReply<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

export interface SensitivityOverview {
  /** Project and equity NPV of the scenario as it is: the tornadoes' centre. */
  npv: number;
  equityNpv: number | null;
  breakEvenEnergyPriceFactor: number | null;
  /** Spec section 4's tornado of project NPV. */
  tornado: TornadoRow[];
  /** Null without a loan. */
  equityTornado: EquityTornadoRow[] | null;
  energyCurve: EnergyCurve;
  /** The inputs the tools can vary, with the scenario's value of each. */
  inputs: { path: string; base: number }[];
  hasLoan: boolean;
  /** The lender's minimum DSCR, or null. */
  minDscr: number | null;
}

/** Validates and resolves a scenario file; throws nothing. */
export function resolveFile(
  file: unknown,
  resolve: (s: Parameters<typeof resolveScenario>[0]) => ResolveOutcome = resolveScenario,
): ResolveOutcome {
  const parsed = parseScenario(file);
  return parsed.ok ? resolve(parsed.value) : parsed;
}

/** An input path the scenario does not have: an issue rather than an exception, so the page can say so. */
function unknownInputs(s: ResolvedScenario, paths: readonly string[]): Issue[] {
  const known = new Set(uncertaintyPaths(s));
  return paths
    .filter((p) => !known.has(p))
    .map((p) => issue(['input'], 'unknown-input', `unknown input "${p}"`, { key: p }));
}

export class AnalysisSession {
  #key: string | null = null;
  #outcome: ResolveOutcome | null = null;

  /** The resolved scenario of `file`, reusing the last one while the file is unchanged. */
  resolve(file: unknown): ResolveOutcome {
    const key = JSON.stringify(file);
    if (key !== this.#key || !this.#outcome) {
      this.#outcome = resolveFile(file);
      this.#key = key;
    }
    return this.#outcome;
  }

  #with<T>(file: unknown, paths: readonly string[], task: (s: ResolvedScenario) => T): AnalysisReply<T> {
    const outcome = this.resolve(file);
    if (!outcome.ok) return outcome;
    const bad = unknownInputs(outcome.resolved, paths);
    return bad.length > 0 ? { ok: false, issues: bad } : { ok: true, value: task(outcome.resolved) };
  }

  /** Break-even, both tornadoes, NPV against the energy factor, and the inputs the tools offer. */
  overview(file: unknown, delta: number): AnalysisReply<SensitivityOverview> {
    return this.#with(file, [], (s) => {
      const curve = energyCurve(s);
      const base = createPointEvaluator(s, []).run([]);
      return {
        npv: base.projectNpv,
        equityNpv: s.financing ? base.equityNpv : null,
        breakEvenEnergyPriceFactor: curve.breakEven,
        tornado: tornado(s, delta),
        equityTornado: equityTornado(s, delta),
        energyCurve: curve,
        inputs: uncertaintyPaths(s).map((path) => ({ path, base: inputValue(s, path) })),
        hasLoan: s.financing !== null,
        minDscr: s.credit.minDscr,
      };
    });
  }

  /** The headline figures with the energy price factor set to `factor`; the file is not changed. */
  energy(file: unknown, factor: number): AnalysisReply<EnergyFigures> {
    return this.#with(file, [], (s) => energyWhatIf(s, factor));
  }

  dataTable(file: unknown, spec: DataTableSpec): AnalysisReply<DataTable> {
    return this.#with(file, spec.columns ? [spec.rows.input, spec.columns.input] : [spec.rows.input], (s) =>
      dataTable(s, spec),
    );
  }

  goalSeek(file: unknown, spec: GoalSeekSpec): AnalysisReply<GoalSeekResult> {
    return this.#with(file, [spec.input], (s) => goalSeek(s, spec));
  }

  /** The credit memo's DSCR stress table (src/model/dscr-stress.ts). */
  dscrStress(file: unknown): AnalysisReply<DscrStressRow[]> {
    return this.#with(file, [], (s) => dscrStress(s));
  }
}
