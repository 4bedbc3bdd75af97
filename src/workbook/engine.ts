/**
 * The workbook running in HyperFormula: resolves the scenario's formulas into numbers, and reads
 * every figure back from its formula cells. Runs in the engine worker and in Node (the CLI).
 */
import { DetailedCellError, HyperFormula, type CellValue as HfValue, type RawCellContent } from 'hyperformula';
import { formatPath, issue, type Issue } from '../model/issues';
import type { ResolvedScenario } from '../model/resolved';
import type { EligibilityIssue, FinancingResults, MeasureResults, ProjectResults, Results, YearRow } from '../model/results';
import { checkResolved, toResolved } from '../model/resolve';
import type { Scenario } from '../model/schema';
import { buildWorkbook, type BuiltWorkbook, type WorkbookLayout } from './build';
import { checkFormulas } from './formula-check';
import { isFormula, type CellAddress, type WorkbookData } from './sheet';

export const HF_CONFIG = { licenseKey: 'gpl-v3', smartRounding: false, useArrayArithmetic: false } as const;

export type WorkbookFigures = Omit<Results, 'sensitivity' | 'monteCarlo' | 'format' | 'version'>;

export type ResolveOutcome = { ok: true; resolved: ResolvedScenario } | { ok: false; issues: Issue[] };

/** Creates a HyperFormula instance holding the workbook data. */
export function toHyperFormula(data: WorkbookData): HyperFormula {
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const sh of data.sheets) sheets[sh.name] = sh.cells.map((row) => row.map((c) => (isFormula(c) ? c.f : c)));
  return HyperFormula.buildFromSheets(sheets, HF_CONFIG, data.names.map((n) => ({ name: n.name, expression: `=${n.ref}` })));
}

function describeError(v: DetailedCellError): string {
  if (v.type === 'NAME' && v.message) return `${v.value} (${v.message.replace('Named expression', 'name').replace(' not recognized.', ' is not a variable')})`;
  if (v.type === 'ERROR' && v.message.startsWith('Parsing error')) return `${v.value} (the formula cannot be read)`;
  return v.value;
}

export class ScenarioWorkbook {
  readonly hf: HyperFormula;
  readonly layout: WorkbookLayout;
  readonly data: WorkbookData;
  private readonly sheetIds = new Map<string, number>();

  private constructor(built: BuiltWorkbook) {
    this.data = built.data;
    this.layout = built.layout;
    this.hf = toHyperFormula(built.data);
    for (const sh of built.data.sheets) this.sheetIds.set(sh.name, this.hf.getSheetId(sh.name)!);
  }

  /** Builds the workbook of a valid scenario; returns issues for names and formulas the engine would misread. */
  static create(s: Scenario): { ok: true; workbook: ScenarioWorkbook } | { ok: false; issues: Issue[] } {
    const issues = checkFormulas(s);
    if (issues.length > 0) return { ok: false, issues };
    return { ok: true, workbook: new ScenarioWorkbook(buildWorkbook(s)) };
  }

  value(a: CellAddress): HfValue {
    return this.hf.getCellValue({ sheet: this.sheetIds.get(a.sheet)!, row: a.row, col: a.col });
  }

  private num(a: CellAddress): number | null {
    const v = this.value(a);
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
  }

  private bool(a: CellAddress): boolean {
    return this.value(a) === true;
  }

  /** Every number field as a number; a formula that fails or gives no number is an issue naming it. */
  resolve(s: Scenario): ResolveOutcome {
    const issues: Issue[] = [];
    for (const { path, addr, field } of this.layout.fields.values()) {
      if (typeof field !== 'string') continue;
      const v = this.value(addr);
      if (v instanceof DetailedCellError) {
        const why = describeError(v);
        issues.push(issue(path, 'formula-error', `the formula ${field} gives ${why}`, { formula: field, error: v.value, why }));
      } else if (typeof v !== 'number' || !Number.isFinite(v)) {
        issues.push(issue(path, 'formula-error', `the formula ${field} does not give a number`, { formula: field, error: String(v), why: String(v) }));
      }
    }
    if (issues.length > 0) return { ok: false, issues };
    const fields = this.layout.fields;
    const resolved = toResolved(s, (field, path) => {
      if (typeof field === 'number') return field;
      const key = fields.get(formatPath(path));
      return key ? (this.value(key.addr) as number) : NaN;
    });
    const ranges = checkResolved(resolved);
    return ranges.length > 0 ? { ok: false, issues: ranges } : { ok: true, resolved };
  }

  /** Sets the IRR search starts (the roots the kernel found) so spreadsheet IRR lands on the same root. */
  setIrrStarts(starts: { project: number | null; multipleRoots: boolean; measures: (number | null)[]; equity: number | null }): void {
    const L = this.layout;
    const writes: [CellAddress, number | boolean][] = [
      [L.project.irrGuess, starts.project ?? 0.1],
      [L.project.multipleRoots, starts.multipleRoots],
      ...L.measures.map((m, i): [CellAddress, number] => [m.irrGuess, starts.measures[i] ?? 0.1]),
    ];
    if (L.financing) writes.push([L.financing.equityIrrGuess, starts.equity ?? 0.1]);
    this.hf.batch(() => {
      for (const [a, v] of writes) this.hf.setCellContents({ sheet: this.sheetIds.get(a.sheet)!, row: a.row, col: a.col }, v);
    });
  }

  /** All figures of spec section 5 but sensitivity and Monte Carlo, read from formula cells. */
  figures(measureIds: string[], horizon: number): WorkbookFigures {
    const L = this.layout;
    const n = (a: CellAddress) => this.num(a);
    const req = (a: CellAddress) => n(a) ?? NaN;
    const reductionShares: Record<string, number> = {};
    for (const { key, addr } of L.shares) {
      const v = n(addr);
      if (v !== null) reductionShares[key] = v;
    }
    const project: ProjectResults = {
      npv: req(L.project.npv), irr: n(L.project.irr), irrMultipleRoots: this.bool(L.project.multipleRoots),
      simplePaybackYears: n(L.project.simplePayback), discountedPaybackYears: n(L.project.discountedPayback),
      profitabilityIndex: n(L.project.pi), totalCapex: req(L.project.totalCapex), firstYearBenefit: req(L.project.firstYearBenefit),
      lifetimeCo2eTonnes: req(L.project.lifetimeCo2e), reductionShares,
    };
    const measures: MeasureResults[] = L.measures.map((m, i) => ({
      id: measureIds[i], npv: req(m.npv), irr: n(m.irr), simplePaybackYears: n(m.simplePayback), discountedPaybackYears: n(m.discountedPayback),
      profitabilityIndex: n(m.pi), annualCo2eTonnes: req(m.annualCo2e), lifetimeCo2eTonnes: req(m.lifetimeCo2e), macPerTonne: n(m.mac),
    }));
    let financing: FinancingResults | null = null;
    const F = L.financing;
    if (F) {
      financing = {
        equityNpv: req(F.equityNpv), equityIrr: n(F.equityIrr), equityPaybackYears: n(F.equityPayback), minDscr: n(F.minDscr), meanDscr: n(F.meanDscr),
        dscrBreach: this.bool(F.dscrBreach), totalInterest: req(F.totalInterest), rebate: req(F.rebate), expectedLoss: req(F.expectedLoss),
        lenderExpectedLoss: req(F.lenderExpectedLoss), guarantorExpectedLoss: req(F.guarantorExpectedLoss),
        eligibilityIssues: (Object.keys(F.eligibility) as EligibilityIssue[]).filter((k) => this.bool(F.eligibility[k])),
      };
    }
    return { project, measures, financing, years: this.years(horizon) };
  }

  private years(H: number): YearRow[] {
    const Y = this.layout.years;
    const at = (key: keyof YearRow, t: number): number | null => {
      const r = Y[key];
      return r ? this.num({ sheet: r.sheet, row: r.row, col: r.col0 + t }) : null;
    };
    const rows: YearRow[] = [];
    for (let t = 0; t <= H; t++) {
      const cf = at('projectCashFlow', t) ?? NaN;
      rows.push({
        t, capex: at('capex', t) ?? NaN, benefit: at('benefit', t) ?? NaN, tax: at('tax', t) ?? NaN, projectCashFlow: cf,
        cumulativeProjectCashFlow: at('cumulativeProjectCashFlow', t) ?? NaN, co2eTonnes: at('co2eTonnes', t) ?? NaN,
        interest: at('interest', t) ?? 0, principal: at('principal', t) ?? 0, prepayment: at('prepayment', t) ?? 0,
        outstanding: at('outstanding', t) ?? 0, guaranteeFee: at('guaranteeFee', t) ?? 0, rebate: at('rebate', t) ?? 0,
        equityCashFlow: Y.equityCashFlow ? (at('equityCashFlow', t) ?? NaN) : cf, debtService: at('debtService', t) ?? 0, dscr: at('dscr', t),
      });
    }
    return rows;
  }

  destroy(): void {
    this.hf.destroy();
  }
}
