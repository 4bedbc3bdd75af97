/**
 * The Verification sheet (spec section 6, only when the scenario has measurements): the baseline
 * and reporting records as rows, then per resource the sums, intensities, the least-squares line
 * (SLOPE, RSQ, STEYX; the intercept as AVERAGE(y) − SLOPE·AVERAGE(x), since HyperFormula has no
 * INTERCEPT), the adjusted baseline, avoided use and shares, CO2e, and the rebate tier the
 * verified share reaches, looked up on the Loan sheet's tiers. Every figure is a live formula.
 */
import type { Scenario, Verification } from '../model/schema';
import { SHEETS, text } from './inputs-sheets';
import type { LoanLayout } from './loan-sheet';
import { a1, colName, formula, SheetBuilder, type CellAddress, type DefinedName } from './sheet';

export const VERIFICATION_SHEET = 'Verification';

export const RESULT_COLUMNS = [
  'Resource',
  'Emission factor',
  'Baseline production',
  'Baseline use',
  'Reporting production',
  'Actual use',
  'Baseline intensity',
  'Reporting intensity',
  'Slope',
  'Intercept',
  'R2',
  'CV(RMSE)',
  'Adjusted baseline',
  'Avoided',
  'Reduction share',
  'Annual avoided',
] as const;
type Column = (typeof RESULT_COLUMNS)[number];
const COL = Object.fromEntries(RESULT_COLUMNS.map((c, i) => [c, i])) as Record<Column, number>;

export interface VerificationLayout {
  /** One row per measured resource, in the scenario's resource order. */
  resources: { id: string; row: number }[];
  co2eRow: number;
  col: Record<Column, number>;
  /** Only with a rebate: the verified share, rate and amount. */
  rebate: Record<'verifiedShare' | 'verifiedRate' | 'verifiedAmount', CellAddress> | null;
}

/** Ids of the first baseline record, in the scenario's resource order (as the model lists them). */
function measured(s: Scenario, v: Verification): { id: string; k: number }[] {
  const first = v.baseline[0]?.use ?? {};
  return s.resources.map((r, k) => ({ id: r.id, k })).filter(({ id }) => Object.hasOwn(first, id));
}

/** Writes a list of records under a header; returns the 1-based first and last rows. */
function records(
  sh: SheetBuilder,
  top: number,
  title: string,
  list: Verification['baseline'],
  ids: string[],
): [number, number] {
  sh.row(top, [title, 'Production', ...ids]);
  list.forEach((r, i) => sh.row(top + 1 + i, [text(r.period), r.production, ...ids.map((id) => r.use[id] ?? null)]));
  return [top + 2, top + 1 + list.length];
}

/** Builds the sheet; `loan` is the Loan sheet's layout when there is a loan (for the rebate tiers). */
export function buildVerificationSheet(
  s: Scenario,
  loan: LoanLayout | null,
): { sheet: SheetBuilder; layout: VerificationLayout; names: DefinedName[] } {
  const v = s.verification!;
  const sh = new SheetBuilder(VERIFICATION_SHEET);
  const ids = measured(s, v);
  sh.row(0, ['Verification (measured)', 'Value', 'Note']);
  const method = sh.set(1, 1, v.method ?? 'intensity');
  sh.set(1, 0, 'Method');
  sh.set(1, 2, 'intensity or regression');
  sh.row(2, ['Periods per year', v.periodsPerYear ?? 12, 'Records in a year']);
  sh.row(3, ['Production unit', v.productionUnit ? text(v.productionUnit) : null]);
  const [b0, b1] = records(
    sh,
    5,
    'Baseline period',
    v.baseline,
    ids.map((x) => x.id),
  );
  const repTop = b1 + 1;
  const [p0, p1] = records(
    sh,
    repTop,
    'Reporting period',
    v.reporting,
    ids.map((x) => x.id),
  );

  const top = p1 + 1;
  sh.row(top, [...RESULT_COLUMNS]);
  const isReg = `${a1(method, { from: sh.name })}="regression"`;
  const ppy = '$B$3';
  const bx = `$B$${b0}:$B$${b1}`;
  const px = `$B$${p0}:$B$${p1}`;
  const resources = ids.map(({ id, k }, i) => {
    const row = top + 1 + i;
    const c = colName(2 + i);
    const by = `$${c}$${b0}:$${c}$${b1}`;
    const py = `$${c}$${p0}:$${c}$${p1}`;
    const at = (col: Column) => `${colName(COL[col])}${row + 1}`;
    const set = (col: Column, f: string) => sh.set(row, COL[col], formula(f));
    sh.set(row, COL['Resource'], text(id));
    set('Emission factor', `${SHEETS.resources}!$G$${k + 2}`);
    set('Baseline production', `SUM(${bx})`);
    set('Baseline use', `SUM(${by})`);
    set('Reporting production', `SUM(${px})`);
    set('Actual use', `SUM(${py})`);
    set(
      'Baseline intensity',
      `IF(${at('Baseline production')}=0,"",${at('Baseline use')}/${at('Baseline production')})`,
    );
    set(
      'Reporting intensity',
      `IF(${at('Reporting production')}=0,"",${at('Actual use')}/${at('Reporting production')})`,
    );
    set('Slope', `IF(${isReg},SLOPE(${by},${bx}),"")`);
    set('Intercept', `IF(${isReg},AVERAGE(${by})-${at('Slope')}*AVERAGE(${bx}),"")`);
    set('R2', `IF(${isReg},IF(DEVSQ(${by})=0,"",RSQ(${by},${bx})),"")`);
    set('CV(RMSE)', `IF(${isReg},IF(OR(COUNT(${bx})<=2,AVERAGE(${by})=0),"",STEYX(${by},${bx})/AVERAGE(${by})),"")`);
    // Regression: Σ(a + b·x) over the reporting records = count·a + b·Σx.
    set(
      'Adjusted baseline',
      `IF(${isReg},COUNT(${px})*${at('Intercept')}+${at('Slope')}*${at('Reporting production')}` +
        `,${at('Baseline intensity')}*${at('Reporting production')})`,
    );
    set('Avoided', `${at('Adjusted baseline')}-${at('Actual use')}`);
    set('Reduction share', `IF(${at('Adjusted baseline')}>0,${at('Avoided')}/${at('Adjusted baseline')},"")`);
    set('Annual avoided', `${at('Avoided')}*${ppy}/COUNT(${px})`);
    return { id, row };
  });

  // CO2e: each figure weighted by the resources' emission factors.
  const co2eRow = top + 1 + ids.length;
  const first = top + 2;
  const last = Math.max(first, top + 1 + ids.length);
  const colRange = (col: Column) => `$${colName(COL[col])}$${first}:$${colName(COL[col])}$${last}`;
  const ef = colRange('Emission factor');
  const co2 = (col: Column) => `${colName(COL[col])}${co2eRow + 1}`;
  sh.set(co2eRow, 0, 'co2e');
  for (const col of ['Actual use', 'Adjusted baseline', 'Avoided', 'Annual avoided'] as const) {
    sh.set(co2eRow, COL[col], formula(ids.length ? `SUMPRODUCT(${ef},${colRange(col)})` : '0'));
  }
  sh.set(
    co2eRow,
    COL['Reduction share'],
    formula(`IF(${co2('Adjusted baseline')}>0,${co2('Avoided')}/${co2('Adjusted baseline')},"")`),
  );

  // The reduction that counts: the rebate's indicator (CO2e without a rebate).
  const rebate = s.financing?.rebate && loan ? s.financing.rebate : null;
  const indicator = rebate?.indicator ?? 'co2e';
  const shareRow = indicator === 'co2e' ? co2eRow : resources.find((r) => r.id === indicator)?.row;
  let r = co2eRow + 2;
  sh.row(r, ['Verified reduction', 'Value', 'Note']);
  r++;
  sh.row(r, ['Indicator', text(indicator), rebate ? "The rebate's indicator" : 'CO2e (no rebate)']);
  r++;
  sh.set(r, 0, 'Verified reduction share');
  const verifiedShare = sh.set(
    r,
    1,
    shareRow === undefined ? null : formula(`${colName(COL['Reduction share'])}${shareRow + 1}`),
  );
  if (shareRow === undefined) sh.set(r, 2, 'Not measured');
  r++;
  const names: DefinedName[] = [{ name: 'VerifiedReduction', ref: a1(verifiedShare) }];
  if (!rebate || !loan) {
    sh.row(r, ['Verified rebate', 0, 'No rebate']);
    names.push({ name: 'VerifiedRebate', ref: a1(sh.at(r, 1)) });
    return { sheet: sh, layout: { resources, co2eRow, col: COL, rebate: null }, names };
  }
  // The tier reached: the Loan sheet lists the tiers by minimum reduction, largest first; first match wins.
  const share = a1(verifiedShare, { from: sh.name });
  const L = SHEETS.loan;
  const chain = loan.tierRows.reduceRight((acc, tr) => `IF(${share}>=${L}!$A$${tr + 1},${L}!$B$${tr + 1},${acc})`, '0');
  sh.set(r, 0, 'Verified rebate rate');
  const verifiedRate = sh.set(r, 1, formula(`IF(ISNUMBER(${share}),${chain},0)`));
  r++;
  const base = `IF(${a1(loan.terms.base)}="capex",TotalCapex,${a1(loan.terms.principal)})`;
  sh.set(r, 0, 'Verified rebate');
  const verifiedAmount = sh.set(r, 1, formula(`${a1(verifiedRate, { from: sh.name })}*${base}`));
  names.push({ name: 'VerifiedRebate', ref: a1(verifiedAmount) });
  r++;
  sh.row(r++, ['Projected reduction share', formula(a1(loan.terms.indicatorShare)), 'From the measures (Summary)']);
  sh.row(r++, ['Projected rebate rate', formula(a1(loan.terms.rebateRate))]);
  sh.row(r, ['Projected rebate', formula(a1(loan.terms.rebateAmount))]);
  return {
    sheet: sh,
    layout: { resources, co2eRow, col: COL, rebate: { verifiedShare, verifiedRate, verifiedAmount } },
    names,
  };
}
