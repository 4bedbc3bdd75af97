/**
 * The Loan sheet (only with a loan): terms, the rebate tier reached, then the schedule by year
 * with debt service, DSCR and the equity cash flow (spec section 3).
 */
import type { Scenario } from '../model/schema';
import { type CashLine } from './flow-sheets';
import { put, SHEETS, text, type FieldCells, type InputsLayout } from './inputs-sheets';
import { a1, colName, formula, SheetBuilder, type CellAddress } from './sheet';
import { writeDerivedRows, type YearRange } from './flow-sheets';

export const LOAN_LINES = [
  'Year',
  'Opening balance',
  'Interest',
  'Principal repaid',
  'Prepayment',
  'Closing balance',
  'Guarantee fee',
  'Rebate',
  'Upfront fee',
  'Debt service',
  'Cash flow available for debt service',
  'DSCR',
  'Interest tax shield',
  'Equity cash flow',
  'Expected loss',
  'Equity cumulative',
  'Equity discounted',
  'Equity discounted cumulative',
  'Rounding tolerance',
  'Last year below zero',
  'Last discounted year below zero',
] as const;
export type LoanLine = (typeof LOAN_LINES)[number];

export interface LoanLayout {
  terms: Record<
    | 'principal'
    | 'annualRate'
    | 'tenor'
    | 'grace'
    | 'amortization'
    | 'upfrontFeeRate'
    | 'coverage'
    | 'feeRate'
    | 'rebateYear'
    | 'base'
    | 'paidAs'
    | 'indicatorShare'
    | 'rebateRate'
    | 'rebateAmount',
    CellAddress
  >;
  /** 0-based rows of the rebate tiers (minimum reduction in A, rate in B), largest minimum first. */
  tierRows: number[];
  lines: Record<LoanLine, YearRange>;
}

function terms(
  sh: SheetBuilder,
  s: Scenario,
  fields: FieldCells,
  totalCapex: string,
): { terms: LoanLayout['terms']; tierRows: number[]; next: number } {
  const f = s.financing!;
  const loan = f.loan!;
  const rebate = f.rebate;
  const L = ['financing', 'loan'];
  sh.row(0, ['Loan terms', 'Value', 'Note']);
  const label = (row: number, l: string, note = '') => {
    sh.set(row, 0, l);
    if (note) sh.set(row, 2, note);
  };
  label(1, 'Principal');
  const principal = put(sh, fields, 1, 1, loan.principal, [...L, 'principal']);
  label(2, 'Annual interest rate');
  const annualRate = put(sh, fields, 2, 1, loan.annualRate, [...L, 'annualRate']);
  label(3, 'Tenor (years)');
  const tenor = sh.set(3, 1, loan.tenorYears);
  label(4, 'Grace (years, interest only)');
  const grace = sh.set(4, 1, loan.graceYears ?? 0);
  label(5, 'Amortization', 'annuity or linear');
  const amortization = sh.set(5, 1, loan.amortization ?? 'annuity');
  label(6, 'Upfront fee rate');
  const upfrontFeeRate = put(sh, fields, 6, 1, loan.upfrontFeeRate, [...L, 'upfrontFeeRate'], 0);
  label(7, 'Guarantee coverage');
  const coverage = put(sh, fields, 7, 1, f.guarantee?.coverage, ['financing', 'guarantee', 'coverage'], 0);
  label(8, 'Guarantee fee per year', 'On the covered outstanding balance');
  const feeRate = put(sh, fields, 8, 1, f.guarantee?.annualFeeRate, ['financing', 'guarantee', 'annualFeeRate'], 0);
  label(9, 'Rebate year', 'Blank: no rebate');
  const rebateYear = sh.set(9, 1, rebate ? rebate.year : null);
  label(10, 'Rebate indicator');
  sh.set(10, 1, rebate ? text(rebate.indicator) : null);
  label(11, 'Rebate base', 'principal or capex');
  const base = sh.set(11, 1, rebate?.base ?? 'principal');
  label(12, 'Rebate paid as', 'prepayment or cash');
  const paidAs = sh.set(12, 1, rebate?.applyAs ?? 'prepayment');
  label(13, 'Indicator reduction share');
  const indicatorShare = sh.at(13, 1);
  label(14, 'Rebate rate reached');
  const rebateRate = sh.at(14, 1);
  label(15, 'Rebate amount');
  const rebateAmount = sh.set(
    15,
    1,
    formula(
      `${a1(rebateRate, { from: sh.name })}*IF(${a1(base, { from: sh.name })}="capex",${totalCapex},${a1(principal, { from: sh.name })})`,
    ),
  );
  sh.row(16, ['Rebate tiers: minimum reduction', 'Rate']);
  // The tier with the largest minimum reduction reached: tiers sorted descending, first match wins.
  const tiers = [...(rebate?.tiers ?? [])].sort((a, b) => b.minReduction - a.minReduction);
  tiers.forEach((t, i) => sh.row(17 + i, [t.minReduction, t.rate]));
  const share = a1(indicatorShare, { from: sh.name });
  const chain = tiers.reduceRight((acc, _, i) => `IF(${share}>=$A$${18 + i},$B$${18 + i},${acc})`, '0');
  sh.set(14, 1, formula(chain));
  return {
    terms: {
      principal,
      annualRate,
      tenor,
      grace,
      amortization,
      upfrontFeeRate,
      coverage,
      feeRate,
      rebateYear,
      base,
      paidAs,
      indicatorShare,
      rebateRate,
      rebateAmount,
    },
    tierRows: tiers.map((_, i) => 17 + i),
    next: 18 + tiers.length,
  };
}

/** Builds the Loan sheet; `indicatorShare` (the Summary's share cell) is written by the caller once known. */
export function buildLoanSheet(
  s: Scenario,
  inputs: InputsLayout,
  cash: Record<CashLine, YearRange>,
  totalCapex: string,
): { sheet: SheetBuilder; layout: LoanLayout } {
  const sh = new SheetBuilder(SHEETS.loan);
  const { terms: T, tierRows, next } = terms(sh, s, inputs.fields, totalCapex);
  const H = s.horizonYears;
  const r0 = next + 1;
  const c0 = 1;
  const lines = Object.fromEntries(
    LOAN_LINES.map((name, k) => [name, { sheet: sh.name, row: r0 + k, col0: c0 }]),
  ) as Record<LoanLine, YearRange>;
  LOAN_LINES.forEach((name) => sh.set(lines[name].row, 0, name));
  const v = (k: keyof LoanLayout['terms']) => a1(T[k], { from: sh.name });
  const cr = (k: keyof InputsLayout['credit']) => a1(inputs.credit[k], { from: sh.name });
  const r = (name: LoanLine) => lines[name].row + 1;
  const CF = SHEETS.cashFlow;
  for (let t = 0; t <= H; t++) {
    const C = colName(c0 + t);
    const P = colName(c0 + t - 1);
    const yr = `${C}$${r('Year')}`;
    const cell = (name: LoanLine, f: string | number) =>
      sh.set(lines[name].row, c0 + t, typeof f === 'number' ? f : formula(f));
    const at = (name: LoanLine) => `${C}${r(name)}`;
    const open = at('Opening balance');
    cell('Year', t);
    if (t === 0) {
      sh.set(lines['Opening balance'].row, c0, null);
      for (const name of [
        'Interest',
        'Principal repaid',
        'Prepayment',
        'Guarantee fee',
        'Rebate',
        'Expected loss',
      ] as const)
        cell(name, 0);
      cell('Closing balance', v('principal'));
      cell('Upfront fee', `${v('upfrontFeeRate')}*${v('principal')}`);
    } else {
      cell('Opening balance', `${P}${r('Closing balance')}`);
      cell('Interest', `IF(${yr}<=${v('tenor')},${v('annualRate')}*${open},0)`);
      // Recomputed each year on the balance left over the years left: equal to the spec's fixed
      // instalment, and it re-amortises by itself after a prepayment.
      cell(
        'Principal repaid',
        `IF(AND(${yr}>${v('grace')},${yr}<=${v('tenor')}),IF(${v('amortization')}="linear",${open}/(${v('tenor')}-${yr}+1),` +
          `-PMT(${v('annualRate')},${v('tenor')}-${yr}+1,${open})-${at('Interest')}),0)`,
      );
      cell(
        'Prepayment',
        `IF(AND(${yr}=${v('rebateYear')},${v('paidAs')}="prepayment"),` +
          `MAX(0,MIN(${v('rebateAmount')},${open}-${at('Principal repaid')})),0)`,
      );
      cell('Closing balance', `${open}-${at('Principal repaid')}-${at('Prepayment')}`);
      cell('Guarantee fee', `IF(${yr}<=${v('tenor')},${v('feeRate')}*${v('coverage')}*${open},0)`);
      cell('Rebate', `IF(${yr}=${v('rebateYear')},${v('rebateAmount')},0)`);
      cell('Upfront fee', 0);
      cell(
        'Expected loss',
        `IF(${yr}<=${v('tenor')},${cr('annualDefaultProbability')}*(1-${cr('annualDefaultProbability')})^(${yr}-1)` +
          `*${cr('lossGivenDefault')}*${open},0)`,
      );
    }
    cell('Debt service', `${at('Interest')}+${at('Principal repaid')}+${at('Guarantee fee')}`);
    const cf = (line: CashLine) => `${CF}!${C}${cash[line].row + 1}`;
    cell(
      'Cash flow available for debt service',
      `${cr('baselineCashFlow')}+(1-${cr('savingsHaircut')})*(${cf('Benefit')}-${cf('Tax')})`,
    );
    cell('DSCR', `IF(${at('Debt service')}>0,${at('Cash flow available for debt service')}/${at('Debt service')},"")`);
    cell('Interest tax shield', `TaxRate*${at('Interest')}`);
    cell(
      'Equity cash flow',
      `${cf('Project cash flow')}+IF(${yr}=0,${v('principal')}-${at('Upfront fee')},0)-${at('Interest')}-${at('Principal repaid')}` +
        `-${at('Prepayment')}-${at('Guarantee fee')}+${at('Rebate')}+${at('Interest tax shield')}`,
    );
  }
  writeDerivedRows(
    sh,
    lines,
    {
      flows: 'Equity cash flow',
      cum: 'Equity cumulative',
      disc: 'Equity discounted',
      discCum: 'Equity discounted cumulative',
    },
    H,
    lines['Year'].row,
  );
  return { sheet: sh, layout: { terms: T, tierRows, lines } };
}
