/**
 * The full workbook running in HyperFormula: every figure read back from its formula cells, kept
 * up to date cell by cell as the scenario changes. Runs in the engine worker and in Node.
 */
import { HyperFormula, type CellValue as HfValue, type RawCellContent } from 'hyperformula';
import type { Issue } from '../model/issues';
import type {
  EligibilityIssue,
  FinancingResults,
  MeasureResults,
  ProjectResults,
  Results,
  YearRow,
} from '../model/results';
import type { Scenario } from '../model/schema';
import { buildWorkbook, type BuiltWorkbook, type WorkbookLayout } from './build';
import { checkFormulas } from './formula-check';
import { HF_CONFIG } from './hyperformula-config';
import { isFormula, type Cell, type CellAddress, type WorkbookData } from './sheet';
import { at } from '../model/checked';

export interface IrrStarts {
  project: number | null;
  multipleRoots: boolean;
  measures: (number | null)[];
  equity: number | null;
}

export type WorkbookFigures = Omit<Results, 'sensitivity' | 'monteCarlo' | 'format' | 'version' | 'verification'>;

/** Creates a HyperFormula instance holding the workbook data. */
export function toHyperFormula(data: WorkbookData): HyperFormula {
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const sh of data.sheets) sheets[sh.name] = sh.cells.map((row) => row.map(raw));
  return HyperFormula.buildFromSheets(
    sheets,
    HF_CONFIG,
    data.names.map((n) => ({ name: n.name, expression: `=${n.ref}` })),
  );
}

function raw(c: Cell | undefined): RawCellContent {
  return c === undefined ? null : isFormula(c) ? c.f : c;
}

/** Cells whose content differs, when both workbooks have the same sheets and names; null when they do not. */
function cellChanges(
  a: WorkbookData,
  b: WorkbookData,
): { sheet: string; row: number; col: number; value: RawCellContent }[] | null {
  if (a.sheets.length !== b.sheets.length || JSON.stringify(a.names) !== JSON.stringify(b.names)) return null;
  const out: { sheet: string; row: number; col: number; value: RawCellContent }[] = [];
  for (const [i, sa] of a.sheets.entries()) {
    const sb = b.sheets[i];
    if (sb === undefined || sa.name !== sb.name) return null;
    const rows = Math.max(sa.cells.length, sb.cells.length);
    for (let r = 0; r < rows; r++) {
      const [ra, rb] = [sa.cells[r] ?? [], sb.cells[r] ?? []];
      const cols = Math.max(ra.length, rb.length);
      for (let c = 0; c < cols; c++) {
        const [x, y] = [raw(ra[c]), raw(rb[c])];
        if (x !== y) out.push({ sheet: sb.name, row: r, col: c, value: y });
      }
    }
  }
  return out;
}

export class ScenarioWorkbook {
  private engine: HyperFormula;
  private built: BuiltWorkbook;
  private readonly sheetIds = new Map<string, number>();

  private constructor(built: BuiltWorkbook) {
    this.built = built;
    this.engine = this.load(built);
  }

  private load(built: BuiltWorkbook): HyperFormula {
    const hf = toHyperFormula(built.data);
    this.sheetIds.clear();
    for (const sh of built.data.sheets) this.sheetIds.set(sh.name, hf.getSheetId(sh.name)!);
    return hf;
  }

  get hf(): HyperFormula {
    return this.engine;
  }

  get layout(): WorkbookLayout {
    return this.built.layout;
  }

  get data(): WorkbookData {
    return this.built.data;
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

  /**
   * Brings the workbook to a new version of the scenario: where only cell contents changed (values,
   * formulas as typed, enabled flags) they are written in one batch and HyperFormula recalculates
   * what depends on them; a change of shape (rows, years, names) rebuilds. Returns whether it rebuilt.
   */
  update(s: Scenario): { ok: true; rebuilt: boolean } | { ok: false; issues: Issue[] } {
    const issues = checkFormulas(s);
    if (issues.length > 0) return { ok: false, issues };
    const next = buildWorkbook(s);
    const changes = cellChanges(this.built.data, next.data);
    // Keep the IRR search starts: the caller sets them again once the kernel has run.
    this.built = next;
    if (changes === null) {
      this.engine.destroy();
      this.engine = this.load(next);
      return { ok: true, rebuilt: true };
    }
    this.engine.batch(() => {
      for (const c of changes)
        this.engine.setCellContents({ sheet: this.sheetIds.get(c.sheet)!, row: c.row, col: c.col }, c.value);
    });
    return { ok: true, rebuilt: false };
  }

  /** Sets the IRR search starts (the roots the kernel found) so spreadsheet IRR lands on the same root. */
  setIrrStarts(starts: IrrStarts): void {
    const L = this.layout;
    const writes: [CellAddress, number | boolean | null][] = [
      [L.project.irrGuess, starts.project],
      [L.project.multipleRoots, starts.multipleRoots],
      ...L.measures.map((m, i): [CellAddress, number | null] => [m.irrGuess, at(starts.measures, i, 'IRR start')]),
    ];
    if (L.financing) writes.push([L.financing.equityIrrGuess, starts.equity]);
    this.hf.batch(() => {
      for (const [a, v] of writes)
        this.hf.setCellContents({ sheet: this.sheetIds.get(a.sheet)!, row: a.row, col: a.col }, v);
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
      npv: req(L.project.npv),
      irr: n(L.project.irr),
      irrMultipleRoots: this.bool(L.project.multipleRoots),
      simplePaybackYears: n(L.project.simplePayback),
      discountedPaybackYears: n(L.project.discountedPayback),
      profitabilityIndex: n(L.project.pi),
      totalCapex: req(L.project.totalCapex),
      firstYearBenefit: req(L.project.firstYearBenefit),
      lifetimeCo2eTonnes: req(L.project.lifetimeCo2e),
      reductionShares,
    };
    const measures: MeasureResults[] = L.measures.map((m, i) => ({
      id: at(measureIds, i, 'measure id'),
      npv: req(m.npv),
      irr: n(m.irr),
      simplePaybackYears: n(m.simplePayback),
      discountedPaybackYears: n(m.discountedPayback),
      profitabilityIndex: n(m.pi),
      annualCo2eTonnes: req(m.annualCo2e),
      lifetimeCo2eTonnes: req(m.lifetimeCo2e),
      macPerTonne: n(m.mac),
    }));
    let financing: FinancingResults | null = null;
    const F = L.financing;
    if (F) {
      financing = {
        equityNpv: req(F.equityNpv),
        equityIrr: n(F.equityIrr),
        equityPaybackYears: n(F.equityPayback),
        minDscr: n(F.minDscr),
        meanDscr: n(F.meanDscr),
        dscrBreach: this.bool(F.dscrBreach),
        totalInterest: req(F.totalInterest),
        rebate: req(F.rebate),
        expectedLoss: req(F.expectedLoss),
        lenderExpectedLoss: req(F.lenderExpectedLoss),
        guarantorExpectedLoss: req(F.guarantorExpectedLoss),
        eligibilityIssues: (Object.keys(F.eligibility) as EligibilityIssue[]).filter((k) =>
          this.bool(F.eligibility[k]),
        ),
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
    // A cell that holds no number reads as NaN, so a broken formula shows instead of a 0; without a
    // loan the sheet has no loan rows and every loan column is 0, as in the kernel.
    for (let t = 0; t <= H; t++) {
      const cf = at('projectCashFlow', t) ?? NaN;
      rows.push({
        t,
        capex: at('capex', t) ?? NaN,
        benefit: at('benefit', t) ?? NaN,
        tax: at('tax', t) ?? NaN,
        projectCashFlow: cf,
        cumulativeProjectCashFlow: at('cumulativeProjectCashFlow', t) ?? NaN,
        co2eTonnes: at('co2eTonnes', t) ?? NaN,
        interest: at('interest', t) ?? 0,
        principal: at('principal', t) ?? 0,
        prepayment: at('prepayment', t) ?? 0,
        outstanding: at('outstanding', t) ?? 0,
        guaranteeFee: at('guaranteeFee', t) ?? 0,
        rebate: at('rebate', t) ?? 0,
        equityCashFlow: Y.equityCashFlow ? (at('equityCashFlow', t) ?? NaN) : cf,
        debtService: at('debtService', t) ?? 0,
        dscr: at('dscr', t),
      });
    }
    return rows;
  }

  destroy(): void {
    this.hf.destroy();
  }
}
