/**
 * The yearly sheets: MeasureFlows (a block of lines per measure, years as columns) and CashFlow
 * (the project: sums of the enabled measures' lines). Also the payback and NPV formulas shared
 * with the Loan and Summary sheets.
 */
import type { Scenario } from '../model/schema';
import { SHEETS, type InputsLayout } from './inputs-sheets';
import { a1, colName, formula, SheetBuilder, type CellAddress } from './sheet';
import { at } from '../model/checked';

/** The lines of one measure's block in MeasureFlows, in order. */
export const FLOW_LINES = [
  'Active',
  'Capex',
  'Benefit',
  'Depreciation',
  'Tax',
  'Cash flow',
  'tCO2e',
  'Cumulative',
  'Discounted',
  'Discounted cumulative',
  'Rounding tolerance',
  'Last year below zero',
  'Last discounted year below zero',
] as const;
type FlowLine = (typeof FLOW_LINES)[number];

/** A row of yearly values: its sheet, row and the column of year 0. */
export interface YearRange {
  sheet: string;
  row: number;
  col0: number;
}

export function rowRange(r: YearRange, from: number, to: number, fromSheet?: string): string {
  const start = a1({ sheet: r.sheet, row: r.row, col: r.col0 + from }, { from: fromSheet });
  return `${start}:${a1({ sheet: r.sheet, row: r.row, col: r.col0 + to }, { from: r.sheet })}`;
}

/** NPV with year 0 undiscounted: spreadsheet NPV() discounts its first value, so year 0 is added outside it. */
export function npvFormula(flows: YearRange, H: number, from: string): string {
  return `${a1({ sheet: flows.sheet, row: flows.row, col: flows.col0 }, { from })}+NPV(DiscountRate,${rowRange(flows, 1, H, from)})`;
}

/** Payback per spec: m = last year with cumulative < 0 (helper row holds t or -1); none: 0; m = H: blank. */
export function paybackFormula(cum: YearRange, flows: YearRange, lastNeg: YearRange, H: number, from: string): string {
  const m = `MAX(${rowRange(lastNeg, 0, H, from)})`;
  return (
    `IF(${m}<0,0,IF(${m}=Horizon,"",${m}-INDEX(${rowRange(cum, 0, H, from)},1,${m}+1)` +
    `/INDEX(${rowRange(flows, 0, H, from)},1,${m}+2)))`
  );
}

/** The helper rows every sheet with a flow row has under the same names (payback reads them). */
type HelperLine = 'Rounding tolerance' | 'Last year below zero' | 'Last discounted year below zero';

/**
 * Helper, cumulative and discounted rows for a flow row, at the rows `lines` gives them: the flow,
 * its cumulative, discounted and discounted cumulative rows by the names in `names`, the helpers by
 * their own. Returns their ranges.
 */
export function writeDerivedRows<L extends string>(
  sh: SheetBuilder,
  lines: Record<L | HelperLine, YearRange>,
  names: { flows: L; cum: L; disc: L; discCum: L },
  H: number,
  yearRow: number,
): Record<'cum' | 'disc' | 'discCum' | 'tol' | 'neg' | 'discNeg', YearRange> {
  const flows = lines[names.flows];
  const rows = {
    cum: lines[names.cum].row,
    disc: lines[names.disc].row,
    discCum: lines[names.discCum].row,
    tol: lines['Rounding tolerance'].row,
    neg: lines['Last year below zero'].row,
    discNeg: lines['Last discounted year below zero'].row,
  };
  const c0 = flows.col0;
  const ref = (row: number, t: number) => `${colName(c0 + t)}${row + 1}`;
  const yr = (t: number) => `${colName(c0 + t)}$${yearRow + 1}`;
  const fl = (t: number) =>
    a1({ sheet: flows.sheet, row: flows.row, col: c0 + t }, { from: sh.name, absCol: false, absRow: false });
  // A cumulative within a billionth of the largest flow is taken as zero: flows that cancel
  // exactly must not leave a rounding residue that reads as "not paid back". Written out in
  // full: HyperFormula 3.5 cannot parse an upper-case exponent (1E-9 gives #ERROR!).
  const all = `${fl(0)}:${fl(H)}`;
  sh.set(rows.tol, c0, formula(`0.000000001*MAX(MAX(${all}),-MIN(${all}))`));
  const tol = a1({ sheet: sh.name, row: rows.tol, col: c0 }, { from: sh.name, absRow: false });
  for (let t = 0; t <= H; t++) {
    const col = c0 + t;
    sh.set(rows.cum, col, formula(t === 0 ? fl(0) : `${ref(rows.cum, t - 1)}+${fl(t)}`));
    sh.set(rows.disc, col, formula(`${fl(t)}/(1+DiscountRate)^${yr(t)}`));
    sh.set(
      rows.discCum,
      col,
      formula(t === 0 ? ref(rows.disc, 0) : `${ref(rows.discCum, t - 1)}+${ref(rows.disc, t)}`),
    );
    sh.set(rows.neg, col, formula(`IF(${ref(rows.cum, t)}<-${tol},${yr(t)},-1)`));
    sh.set(rows.discNeg, col, formula(`IF(${ref(rows.discCum, t)}<-${tol},${yr(t)},-1)`));
  }
  const at = (row: number): YearRange => ({ sheet: sh.name, row, col0: c0 });
  return {
    cum: at(rows.cum),
    disc: at(rows.disc),
    discCum: at(rows.discCum),
    tol: at(rows.tol),
    neg: at(rows.neg),
    discNeg: at(rows.discNeg),
  };
}

export interface MeasureFlowRows {
  lines: Record<FlowLine, YearRange>;
}

/** Rows (0-based) of a line's section in MeasureFlows: a title row, then one row per measure. */
export interface FlowSection {
  title: number;
  first: number;
  last: number;
}

/**
 * MeasureFlows, one section per line (Active, Capex, Benefit, …), one row per measure in each, years
 * as columns. The project sums a section's column with SUMPRODUCT over the enabled flags, a
 * contiguous range HyperFormula recalculates in milliseconds; SUMIFS over interleaved blocks made
 * one edit of a 50 × 30 workbook cost ~150 ms. Every row of a section has the same formula shape,
 * which also lets the engine parse each shape once.
 */
export function buildFlowsSheet(
  s: Scenario,
  inputs: InputsLayout,
): { sheet: SheetBuilder; measures: MeasureFlowRows[]; sections: Record<FlowLine, FlowSection> } {
  const sh = new SheetBuilder(SHEETS.flows);
  const H = s.horizonYears;
  const c0 = 3;
  const nM = s.measures.length;
  sh.row(0, ['Measure', 'Line', 'Enabled']);
  for (let t = 0; t <= H; t++) sh.set(0, c0 + t, t);
  const sections = Object.fromEntries(
    FLOW_LINES.map((name, k) => {
      const title = 1 + k * (nM + 1);
      return [name, { title, first: title + 1, last: title + nM }];
    }),
  ) as Record<FlowLine, FlowSection>;
  FLOW_LINES.forEach((name) => sh.set(sections[name].title, 0, name));
  const M = SHEETS.measures;
  const nR = s.resources.length;
  const { mcol } = inputs;
  const measures: MeasureFlowRows[] = [];
  s.measures.forEach((m, i) => {
    const mr = at(inputs.measureRows, i, 'measure row') + 1; // 1-based row in Measures
    const line = Object.fromEntries(
      FLOW_LINES.map((name) => [name, { sheet: sh.name, row: sections[name].first + i, col0: c0 }]),
    ) as Record<FlowLine, YearRange>;
    FLOW_LINES.forEach((name) => sh.row(line[name].row, [m.id, name, formula(`${M}!$D${mr}`)]));
    const mc = (col: number) => `${M}!$${colName(col)}${mr}`;
    const r = (name: FlowLine) => line[name].row + 1;
    for (let t = 0; t <= H; t++) {
      const col = c0 + t;
      const C = colName(col);
      const yr = `${C}$1`;
      const savings =
        nR > 0
          ? `SUMPRODUCT(${mc(mcol.savings0)}:$${colName(mcol.savings0 + nR - 1)}${mr},` +
            `${SHEETS.prices}!$B$${t + 2}:$${colName(nR)}$${t + 2})`
          : '0';
      sh.set(
        r('Active') - 1,
        col,
        formula(`IF(AND(${yr}>=${mc(mcol.start)}+1,${yr}<=${mc(mcol.start)}+${mc(mcol.life)}),1,0)`),
      );
      sh.set(r('Capex') - 1, col, formula(`IF(${yr}=${mc(mcol.start)},${mc(mcol.capex)},0)`));
      sh.set(r('Benefit') - 1, col, formula(`${C}${r('Active')}*(${savings}+${mc(mcol.other)}-${mc(mcol.opex)})`));
      sh.set(r('Depreciation') - 1, col, formula(`${C}${r('Active')}*${mc(mcol.capex)}/${mc(mcol.life)}`));
      sh.set(r('Tax') - 1, col, formula(`TaxRate*(${C}${r('Benefit')}-${C}${r('Depreciation')})`));
      sh.set(r('Cash flow') - 1, col, formula(`-${C}${r('Capex')}+${C}${r('Benefit')}-${C}${r('Tax')}`));
      sh.set(r('tCO2e') - 1, col, formula(`${C}${r('Active')}*${mc(mcol.annualCo2e)}`));
    }
    writeDerivedRows(
      sh,
      line,
      { flows: 'Cash flow', cum: 'Cumulative', disc: 'Discounted', discCum: 'Discounted cumulative' },
      H,
      0,
    );
    measures.push({ lines: line });
  });
  return { sheet: sh, measures, sections };
}

export const CASH_LINES = [
  'Year',
  'Capex',
  'Benefit',
  'Tax',
  'Project cash flow',
  'Cumulative',
  'Discounted cash flow',
  'Discounted cumulative',
  'tCO2e',
  'Discounted capex',
  'Rounding tolerance',
  'Last year below zero',
  'Last discounted year below zero',
] as const;
export type CashLine = (typeof CASH_LINES)[number];

export function buildCashFlowSheet(
  s: Scenario,
  sections: Record<FlowLine, FlowSection>,
): { sheet: SheetBuilder; lines: Record<CashLine, YearRange> } {
  const sh = new SheetBuilder(SHEETS.cashFlow);
  const H = s.horizonYears;
  const c0 = 1;
  const lines = Object.fromEntries(CASH_LINES.map((name, k) => [name, { sheet: sh.name, row: k, col0: c0 }])) as Record<
    CashLine,
    YearRange
  >;
  CASH_LINES.forEach((name, k) => sh.set(k, 0, name));
  const F = SHEETS.flows;
  // The enabled measures' sum of a line: SUMPRODUCT of the section's column with the enabled flags.
  const sumOf = (line: FlowLine, C: string) => {
    const { first, last } = sections[line];
    return last < first
      ? '0'
      : `SUMPRODUCT(${F}!$C$${first + 1}:$C$${last + 1},${F}!${C}$${first + 1}:${C}$${last + 1})`;
  };
  for (let t = 0; t <= H; t++) {
    const col = c0 + t;
    const C = colName(col);
    const FC = colName(3 + t); // the same year's column in MeasureFlows
    const r = (name: CashLine) => lines[name].row + 1;
    sh.set(0, col, t);
    sh.set(r('Capex') - 1, col, formula(sumOf('Capex', FC)));
    sh.set(r('Benefit') - 1, col, formula(sumOf('Benefit', FC)));
    sh.set(r('Tax') - 1, col, formula(sumOf('Tax', FC)));
    sh.set(r('Project cash flow') - 1, col, formula(sumOf('Cash flow', FC)));
    sh.set(r('tCO2e') - 1, col, formula(sumOf('tCO2e', FC)));
    sh.set(r('Discounted capex') - 1, col, formula(`${C}${r('Capex')}/(1+DiscountRate)^${C}$1`));
  }
  writeDerivedRows(
    sh,
    lines,
    { flows: 'Project cash flow', cum: 'Cumulative', disc: 'Discounted cash flow', discCum: 'Discounted cumulative' },
    H,
    0,
  );
  return { sheet: sh, lines };
}

export type { CellAddress };
