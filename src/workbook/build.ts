/**
 * Scenario -> workbook: Inputs, Resources, Prices, Measures, MeasureFlows, CashFlow, Loan and
 * Summary sheets in which every figure of the spec is a formula, plus the layout telling where
 * each input and result sits. IRR cells take a search start from the app (the lowest root the
 * kernel found), since spreadsheet IRR is a Newton search from a guess.
 */
import type { EligibilityIssue, YearRow } from '../model/results';
import type { Scenario } from '../model/schema';
import { buildCashFlowSheet, buildFlowsSheet, npvFormula, paybackFormula, type YearRange } from './flow-sheets';
import { buildInputSheets, SHEETS, type FieldCells } from './inputs-sheets';
import { buildLoanSheet, type LoanLayout } from './loan-sheet';
import { buildVerificationSheet, type VerificationLayout } from './verification-sheet';
import { a1, colName, formula, SheetBuilder, type CellAddress, type WorkbookData } from './sheet';
import { at as itemAt } from '../model/checked';

export type MetricCells = Record<'npv' | 'irr' | 'irrGuess' | 'simplePayback' | 'discountedPayback', CellAddress>;

export interface WorkbookLayout {
  fields: FieldCells;
  project: MetricCells &
    Record<'multipleRoots' | 'pi' | 'totalCapex' | 'firstYearBenefit' | 'lifetimeCo2e', CellAddress>;
  shares: { key: string; addr: CellAddress }[];
  measures: (MetricCells & Record<'pi' | 'annualCo2e' | 'lifetimeCo2e' | 'mac', CellAddress>)[];
  financing:
    | (Record<
        | 'equityNpv'
        | 'equityIrr'
        | 'equityIrrGuess'
        | 'equityPayback'
        | 'minDscr'
        | 'meanDscr'
        | 'dscrBreach'
        | 'totalInterest'
        | 'rebate'
        | 'expectedLoss'
        | 'lenderExpectedLoss'
        | 'guarantorExpectedLoss',
        CellAddress
      > & {
        eligibility: Record<EligibilityIssue, CellAddress>;
      })
    | null;
  years: Partial<Record<keyof YearRow, YearRange>>;
  /** The Verification sheet's layout; null without measurements. */
  verification: VerificationLayout | null;
}

export interface BuiltWorkbook {
  data: WorkbookData;
  layout: WorkbookLayout;
}

function measureResults(
  s: Scenario,
  measures: SheetBuilder,
  flows: ReturnType<typeof buildFlowsSheet>,
  rows: number[],
  mcol: ReturnType<typeof buildInputSheets>['layout']['mcol'],
): WorkbookLayout['measures'] {
  const H = s.horizonYears;
  const from = measures.name;
  return s.measures.map((_, i) => {
    const row = itemAt(rows, i, 'measure row');
    const L = itemAt(flows.measures, i, 'measure flows').lines;
    const set = (col: number, f: string) => measures.set(row, col, formula(f));
    const ref = (col: number) => `${colName(col)}${row + 1}`;
    set(mcol.npv, npvFormula(L['Cash flow'], H, from));
    measures.set(row, mcol.irrGuess, null);
    set(mcol.irr, irrFormula(rangeOf(L['Cash flow'], H, from), ref(mcol.irrGuess)));
    set(mcol.simplePayback, paybackFormula(L['Cumulative'], L['Cash flow'], L['Last year below zero'], H, from));
    set(
      mcol.discountedPayback,
      paybackFormula(L['Discounted cumulative'], L['Discounted'], L['Last discounted year below zero'], H, from),
    );
    const pvCapex = `${ref(mcol.capex)}/(1+DiscountRate)^${ref(mcol.start)}`;
    set(mcol.pi, `IF(${pvCapex}=0,"",1+${ref(mcol.npv)}/(${pvCapex}))`);
    set(mcol.lifetimeCo2e, `SUM(${rangeOf(L['tCO2e'], H, from)})`);
    set(mcol.discountedCo2e, npvFormula(L['tCO2e'], H, from));
    set(mcol.mac, `IF(${ref(mcol.discountedCo2e)}>0,-${ref(mcol.npv)}/${ref(mcol.discountedCo2e)},"")`);
    const at = (col: number) => measures.at(row, col);
    return {
      npv: at(mcol.npv),
      irr: at(mcol.irr),
      irrGuess: at(mcol.irrGuess),
      simplePayback: at(mcol.simplePayback),
      discountedPayback: at(mcol.discountedPayback),
      pi: at(mcol.pi),
      annualCo2e: at(mcol.annualCo2e),
      lifetimeCo2e: at(mcol.lifetimeCo2e),
      mac: at(mcol.mac),
    };
  });
}

/** Spreadsheet IRR from the app's search start; blank where the app found no root in (-0.99, 1000]. */
function irrFormula(flows: string, start: string): string {
  return `IF(ISNUMBER(${start}),IFERROR(IRR(${flows},${start}),""),"")`;
}

function rangeOf(r: YearRange, H: number, from: string): string {
  const first = a1({ sheet: r.sheet, row: r.row, col: r.col0 }, { from });
  return `${first}:${a1({ sheet: r.sheet, row: r.row, col: r.col0 + H }, { from: r.sheet })}`;
}

/** Builds the whole workbook for a valid scenario (formulas in number fields placed as typed). */
export function buildWorkbook(s: Scenario): BuiltWorkbook {
  const H = s.horizonYears;
  const input = buildInputSheets(s);
  const [inputsSheet, resourcesSheet, pricesSheet, measuresSheet] = input.sheets;
  const flows = buildFlowsSheet(s, input.layout);
  const cash = buildCashFlowSheet(s, flows.sections);
  const measures = measureResults(s, measuresSheet, flows, input.layout.measureRows, input.layout.mcol);

  const sum = new SheetBuilder(SHEETS.summary);
  const names = [...input.layout.names];
  let row = 0;
  const line = (label: string, f: string | number | boolean | null, name?: string, note?: string): CellAddress => {
    sum.set(row, 0, label);
    const addr = sum.set(row, 1, typeof f === 'string' ? formula(f) : f);
    if (note) sum.set(row, 2, note);
    if (name) names.push({ name, ref: a1(addr) });
    row++;
    return addr;
  };
  const C = cash.lines;
  const from = sum.name;
  sum.row(row++, ['Project (enabled measures)', 'Value', 'Note']);
  const npv = line('NPV', npvFormula(C['Project cash flow'], H, from), 'ProjectNPV');
  const irrGuess = sum.at(row + 1, 1);
  const irr = line('IRR', irrFormula(rangeOf(C['Project cash flow'], H, from), a1(irrGuess, { from })), 'ProjectIRR');
  line('IRR search start', null, undefined, 'Set by the app: the lowest root it found; blank when none');
  const multipleRoots = line('IRR has several roots', false, undefined, 'Set by the app');
  const simplePayback = line(
    'Simple payback (years)',
    paybackFormula(C['Cumulative'], C['Project cash flow'], C['Last year below zero'], H, from),
    undefined,
    'Blank: not paid back within the horizon',
  );
  const discountedPayback = line(
    'Discounted payback (years)',
    paybackFormula(
      C['Discounted cumulative'],
      C['Discounted cash flow'],
      C['Last discounted year below zero'],
      H,
      from,
    ),
  );
  const pvCapex = `SUM(${rangeOf(C['Discounted capex'], H, from)})`;
  const pi = line('Profitability index', `IF(${pvCapex}=0,"",1+${a1(npv, { from })}/${pvCapex})`);
  const totalCapex = line('Total capex', `SUM(${rangeOf(C['Capex'], H, from)})`, 'TotalCapex');
  const firstYearBenefit = line(
    'First-year benefit',
    `${SHEETS.cashFlow}!${colName(C['Benefit'].col0 + 1)}${C['Benefit'].row + 1}`,
  );
  const lifetimeCo2e = line('tCO2e avoided in the horizon', `SUM(${rangeOf(C['tCO2e'], H, from)})`);

  // Reduction shares: savings of enabled measures over the baseline, blank where there is none.
  row++;
  sum.row(row++, ['Reduction shares (enabled measures)', 'Share of baseline']);
  const M = SHEETS.measures;
  const mRows = input.layout.measureRows;
  const first = (mRows[0] ?? 2) + 1;
  const lastRow = Math.max(first, (mRows[mRows.length - 1] ?? 2) + 1);
  const mcol = input.layout.mcol;
  const enabled = `${M}!$${colName(mcol.enabled)}$${first}:$${colName(mcol.enabled)}$${lastRow}`;
  const shares: WorkbookLayout['shares'] = [];
  s.resources.forEach((r, k) => {
    if (r.baselineQuantity === undefined) return;
    const base = `${SHEETS.resources}!$H$${k + 2}`;
    const col = colName(mcol.savings0 + k);
    const addr = line(r.id, `IF(${base}>0,SUMIFS(${M}!$${col}$${first}:$${col}$${lastRow},${enabled},1)/${base},"")`);
    shares.push({ key: r.id, addr });
  });
  const baseEm = `SUM(${SHEETS.resources}!$J$2:$J$${Math.max(2, s.resources.length + 1)})`;
  const co2Col = colName(mcol.annualCo2e);
  shares.push({
    key: 'co2e',
    addr: line(
      'co2e',
      `IF(${baseEm}>0,SUMIFS(${M}!$${co2Col}$${first}:$${co2Col}$${lastRow},${enabled},1)/${baseEm},"")`,
    ),
  });

  const layout: WorkbookLayout = {
    fields: input.layout.fields,
    project: {
      npv,
      irr,
      irrGuess,
      multipleRoots,
      simplePayback,
      discountedPayback,
      pi,
      totalCapex,
      firstYearBenefit,
      lifetimeCo2e,
    },
    shares,
    measures,
    financing: null,
    verification: null,
    years: {
      capex: C['Capex'],
      benefit: C['Benefit'],
      tax: C['Tax'],
      projectCashFlow: C['Project cash flow'],
      cumulativeProjectCashFlow: C['Cumulative'],
      co2eTonnes: C['tCO2e'],
    },
  };
  const sheets = [inputsSheet, resourcesSheet, pricesSheet, measuresSheet, flows.sheet, cash.sheet];
  let loanLayout: LoanLayout | null = null;

  if (s.financing?.loan) {
    const loan = buildLoanSheet(s, input.layout, C, 'TotalCapex');
    const indicator = s.financing.rebate?.indicator;
    const share = shares.find((x) => x.key === indicator);
    loan.sheet.set(
      loan.layout.terms.indicatorShare.row,
      1,
      share ? formula(`IF(ISNUMBER(${a1(share.addr)}),${a1(share.addr)},0)`) : 0,
    );
    const L = loan.layout.lines;
    const T = loan.layout.terms;
    const cred = input.layout.credit;
    row++;
    sum.row(row++, ['Financing (equity view)', 'Value']);
    const equityNpv = line('Equity NPV', npvFormula(L['Equity cash flow'], H, from), 'EquityNPV');
    const equityIrrGuess = sum.at(row + 1, 1);
    const equityIrr = line(
      'Equity IRR',
      irrFormula(rangeOf(L['Equity cash flow'], H, from), a1(equityIrrGuess, { from })),
      'EquityIRR',
    );
    line('Equity IRR search start', null, undefined, 'Set by the app: the lowest root it found; blank when none');
    const equityPayback = line(
      'Equity payback (years)',
      paybackFormula(L['Equity cumulative'], L['Equity cash flow'], L['Last year below zero'], H, from),
    );
    const dscr = rangeOf(L['DSCR'], H, from);
    const minDscr = line('Minimum DSCR', `IF(COUNT(${dscr})=0,"",MIN(${dscr}))`, 'MinDSCR');
    const meanDscr = line('Mean DSCR', `IF(COUNT(${dscr})=0,"",AVERAGE(${dscr}))`);
    const limit = a1(cred.minDscr);
    // FALSE() rather than FALSE: HyperFormula knows only the function (the bare word is #NAME?).
    const dscrBreach = line(
      'DSCR below the minimum',
      `IF(ISNUMBER(${a1(minDscr, { from })}),IF(ISNUMBER(${limit}),${a1(minDscr, { from })}<${limit},FALSE()),FALSE())`,
    );
    const totalInterest = line('Total interest', `SUM(${rangeOf(L['Interest'], H, from)})`);
    const rebate = line('Rebate', `${a1(T.rebateAmount)}`);
    const expectedLoss = line('Expected loss (undiscounted)', `SUM(${rangeOf(L['Expected loss'], H, from)})`);
    const lenderExpectedLoss = line("Lender's expected loss", `(1-${a1(T.coverage)})*${a1(expectedLoss, { from })}`);
    const guarantorExpectedLoss = line("Guarantor's expected loss", `${a1(T.coverage)}*${a1(expectedLoss, { from })}`);
    row++;
    sum.row(row++, ['Eligibility issue', 'Applies']);
    const maxLoan = a1(cred.maxLoan);
    const maxCov = a1(cred.maxGuaranteeCoverage);
    const eligibility: Record<EligibilityIssue, CellAddress> = {
      'loan-above-max': line(
        'loan-above-max',
        `IF(ISNUMBER(${maxLoan}),${a1(T.principal)}>${maxLoan}*${a1(cred.exchangeRate)},FALSE())`,
      ),
      'coverage-above-max': line('coverage-above-max', `IF(ISNUMBER(${maxCov}),${a1(T.coverage)}>${maxCov},FALSE())`),
      'dscr-below-min': line('dscr-below-min', `${a1(dscrBreach, { from })}`),
      'loan-above-capex': line('loan-above-capex', `${a1(T.principal)}>TotalCapex`),
    };
    layout.financing = {
      equityNpv,
      equityIrr,
      equityIrrGuess,
      equityPayback,
      minDscr,
      meanDscr,
      dscrBreach,
      totalInterest,
      rebate,
      expectedLoss,
      lenderExpectedLoss,
      guarantorExpectedLoss,
      eligibility,
    };
    Object.assign(layout.years, {
      interest: L['Interest'],
      principal: L['Principal repaid'],
      prepayment: L['Prepayment'],
      outstanding: L['Closing balance'],
      guaranteeFee: L['Guarantee fee'],
      rebate: L['Rebate'],
      equityCashFlow: L['Equity cash flow'],
      debtService: L['Debt service'],
      dscr: L['DSCR'],
    });
    sheets.push(loan.sheet);
    loanLayout = loan.layout;
  }
  sheets.push(sum);
  if (s.verification) {
    const verification = buildVerificationSheet(s, loanLayout);
    sheets.push(verification.sheet);
    names.push(...verification.names);
    layout.verification = verification.layout;
  }
  return { data: { sheets: sheets.map((sh) => ({ name: sh.name, cells: sh.cells })), names }, layout };
}
