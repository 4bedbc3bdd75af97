/**
 * The input sheets: Inputs (settings, credit terms, variables), Resources, Prices and the
 * Measures table. Inputs are values, or the user's formulas as typed; everything else is a
 * formula on them.
 */
import { own } from '../model/own';
import { formatPath, type PathSegment } from '../model/issues';
import { limitInOtherCurrency } from '../model/credit-limit';
import type { NumberField, Scenario } from '../model/schema';
import { engineFormula } from './formula-check';
import { a1, formula, SheetBuilder, type Cell, type CellAddress, type DefinedName } from './sheet';

export const SHEETS = {
  inputs: 'Inputs',
  resources: 'Resources',
  prices: 'Prices',
  measures: 'Measures',
  flows: 'MeasureFlows',
  cashFlow: 'CashFlow',
  loan: 'Loan',
  summary: 'Summary',
} as const;

/** Workbook-level names the app defines; a variable may not take one (case-insensitive). */
export const SYSTEM_NAMES = [
  'Horizon',
  'DiscountRate',
  'TaxRate',
  'EnergyPriceFactor',
  'ProjectNPV',
  'ProjectIRR',
  'EquityNPV',
  'EquityIRR',
  'MinDSCR',
  'TotalCapex',
  'VerifiedReduction',
  'VerifiedRebate',
];

/** Where each number field of the scenario sits, keyed by its path (`measures[0].capex`). */
export type FieldCells = Map<string, { path: PathSegment[]; addr: CellAddress; field: NumberField }>;

export interface InputsLayout {
  fields: FieldCells;
  names: DefinedName[];
  /** Credit terms, or null where the file leaves them out (a limit then skips its check). */
  credit: Record<
    | 'baselineCashFlow'
    | 'annualDefaultProbability'
    | 'lossGivenDefault'
    | 'minDscr'
    | 'maxLoan'
    | 'maxGuaranteeCoverage'
    | 'savingsHaircut'
    | 'exchangeRate',
    CellAddress
  >;
  resourceRows: number[];
  measureRows: number[];
  /** Measures sheet columns. */
  mcol: MeasureColumns;
}

export interface MeasureColumns {
  enabled: number;
  capex: number;
  start: number;
  life: number;
  opex: number;
  other: number;
  savings0: number;
  annualCo2e: number;
  npv: number;
  irr: number;
  irrGuess: number;
  simplePayback: number;
  discountedPayback: number;
  pi: number;
  lifetimeCo2e: number;
  discountedCo2e: number;
  mac: number;
}

/** User text goes in as text, never as a formula: HyperFormula and spreadsheets read a leading `'` as "text". */
export function text(s: string): string {
  return /^[=+\-@\t\r']/.test(s) ? `'${s}` : s;
}

export function put(
  sheet: SheetBuilder,
  fields: FieldCells,
  row: number,
  col: number,
  value: NumberField | undefined,
  path: PathSegment[],
  dflt?: number,
): CellAddress {
  let cell: Cell = null;
  if (typeof value === 'string') cell = formula(engineFormula(value));
  else if (typeof value === 'number') cell = value;
  else if (dflt !== undefined) cell = dflt;
  const addr = sheet.set(row, col, cell);
  if (value !== undefined) fields.set(formatPath(path), { path, addr, field: value });
  return addr;
}

function inputsSheet(
  s: Scenario,
  fields: FieldCells,
  names: DefinedName[],
): { sheet: SheetBuilder; credit: InputsLayout['credit'] } {
  const sh = new SheetBuilder(SHEETS.inputs);
  sh.row(0, ['Input', 'Value', 'Note']);
  const general: [string, string, NumberField | undefined, number | undefined, string][] = [
    ['Horizon (years)', 'Horizon', s.horizonYears, undefined, 'Years 0..H; flows at the end of each year'],
    ['Discount rate', 'DiscountRate', s.discountRate, undefined, 'Fraction: 0.12 = 12 %'],
    ['Tax rate', 'TaxRate', s.taxRate, 0, 'Profit tax on benefits less depreciation'],
    ['Energy price factor', 'EnergyPriceFactor', s.energyPriceFactor, 1, 'Multiplies every energy price'],
  ];
  general.forEach(([label, name, value, dflt, note], i) => {
    sh.set(i + 1, 0, label);
    const key = name === 'Horizon' ? 'horizonYears' : name.charAt(0).toLowerCase() + name.slice(1);
    const addr = put(sh, name === 'Horizon' ? (new Map() as FieldCells) : fields, i + 1, 1, value, [key], dflt);
    sh.set(i + 1, 2, note);
    names.push({ name, ref: a1(addr) });
  });
  sh.row(5, ['Currency', s.currency, 'ISO 4217']);

  const c = s.credit ?? {};
  sh.set(7, 0, 'Credit terms');
  const creditRows = [
    ['baselineCashFlow', 'Baseline cash flow for debt service', 0],
    ['annualDefaultProbability', 'Annual probability of default', 0],
    ['lossGivenDefault', 'Loss given default', 0],
    ['minDscr', 'Minimum DSCR', undefined],
    ['maxLoan', 'Maximum loan', undefined],
    ['maxGuaranteeCoverage', 'Maximum guarantee coverage', undefined],
    ['savingsHaircut', 'Savings haircut', 0],
  ] as const;
  const credit = {} as InputsLayout['credit'];
  creditRows.forEach(([key, label, dflt], i) => {
    sh.set(8 + i, 0, label);
    credit[key] = put(sh, fields, 8 + i, 1, c[key], ['credit', key], dflt);
  });
  // The maximum loan's exchange rate: 1 when the limit is in the scenario's currency, so the
  // eligibility formula is the same either way (spec section 3: P > maxLoan × exchangeRate).
  const fxRow = 8 + creditRows.length;
  sh.set(fxRow, 0, 'Exchange rate of the maximum loan');
  if (limitInOtherCurrency(s)) {
    credit.exchangeRate = put(sh, fields, fxRow, 1, c.exchangeRate, ['credit', 'exchangeRate']);
    sh.set(
      fxRow,
      2,
      text(`${s.currency} per ${c.maxLoanCurrency ?? ''}${c.exchangeRateDate ? `, ${c.exchangeRateDate}` : ''}`),
    );
  } else {
    credit.exchangeRate = sh.set(fxRow, 1, 1);
    sh.set(fxRow, 2, `maximum loan in ${s.currency}`);
  }

  const v0 = fxRow + 2;
  sh.row(v0, ['Variable', 'Value']);
  (s.variables ?? []).forEach((v, i) => {
    sh.set(v0 + 1 + i, 0, v.name);
    const addr = put(sh, fields, v0 + 1 + i, 1, v.value, ['variables', i, 'value']);
    names.push({ name: v.name, ref: a1(addr) });
  });
  return { sheet: sh, credit };
}

function resourcesSheet(s: Scenario, fields: FieldCells): { sheet: SheetBuilder; rows: number[] } {
  const sh = new SheetBuilder(SHEETS.resources);
  sh.row(0, [
    'Id',
    'Name',
    'Kind',
    'Unit',
    'Price today',
    'Escalation per year',
    'tCO2e per unit',
    'Baseline quantity per year',
    'Price factor',
    'Baseline tCO2e per year',
  ]);
  const rows: number[] = [];
  s.resources.forEach((r, i) => {
    const row = i + 1;
    rows.push(row);
    sh.row(row, [r.id, text(r.name), r.kind, text(r.unit)]);
    put(sh, fields, row, 4, r.price, ['resources', i, 'price']);
    put(sh, fields, row, 5, r.escalation, ['resources', i, 'escalation'], 0);
    put(sh, fields, row, 6, r.emissionFactor, ['resources', i, 'emissionFactor'], 0);
    put(sh, fields, row, 7, r.baselineQuantity, ['resources', i, 'baselineQuantity']);
    sh.set(row, 8, formula(`IF(C${row + 1}="energy",EnergyPriceFactor,1)`));
    sh.set(row, 9, formula(`H${row + 1}*G${row + 1}`));
  });
  return { sheet: sh, rows };
}

/** Prices by year: one row a year, one column a resource, so a row lines up with a measure's savings. */
function pricesSheet(s: Scenario): SheetBuilder {
  const sh = new SheetBuilder(SHEETS.prices);
  sh.row(0, ['Year', ...s.resources.map((r) => r.id)]);
  for (let t = 0; t <= s.horizonYears; t++) {
    sh.set(t + 1, 0, t);
    s.resources.forEach((_, k) => {
      const r = k + 2;
      // price_k(t) = price × factor × (1 + escalation)^t, today's price in year 0.
      sh.set(
        t + 1,
        k + 1,
        formula(`${SHEETS.resources}!$E$${r}*${SHEETS.resources}!$I$${r}*(1+${SHEETS.resources}!$F$${r})^$A${t + 2}`),
      );
    });
  }
  return sh;
}

function measuresSheet(s: Scenario, fields: FieldCells): { sheet: SheetBuilder; rows: number[]; mcol: MeasureColumns } {
  const sh = new SheetBuilder(SHEETS.measures);
  const nR = s.resources.length;
  const savings0 = 9;
  const after = savings0 + nR;
  const mcol: MeasureColumns = {
    enabled: 3,
    capex: 4,
    start: 5,
    life: 6,
    opex: 7,
    other: 8,
    savings0,
    annualCo2e: after,
    npv: after + 1,
    irr: after + 2,
    irrGuess: after + 3,
    simplePayback: after + 4,
    discountedPayback: after + 5,
    pi: after + 6,
    lifetimeCo2e: after + 7,
    discountedCo2e: after + 8,
    mac: after + 9,
  };
  sh.row(0, [
    'Id',
    'Name',
    'Category',
    'Enabled (1/0)',
    'Capex',
    'Start year',
    'Lifetime (years)',
    'Added opex per year',
    'Other benefit per year',
    ...s.resources.map((r) => `Saved ${r.id} per year`),
    'tCO2e per year',
    'NPV',
    'IRR',
    'IRR search start',
    'Simple payback (years)',
    'Discounted payback (years)',
    'Profitability index',
    'tCO2e in horizon',
    'Discounted tCO2e',
    'Cost per tCO2e (MAC)',
  ]);
  // Emission factors as a row, so annual tCO2e is SUMPRODUCT(savings row, this row).
  sh.set(1, 0, 'tCO2e per unit');
  s.resources.forEach((_, k) => sh.set(1, savings0 + k, formula(`${SHEETS.resources}!$G$${k + 2}`)));
  const rows: number[] = [];
  s.measures.forEach((m, i) => {
    const row = i + 2;
    rows.push(row);
    sh.row(row, [m.id, text(m.name), m.category, m.enabled === false ? 0 : 1]);
    put(sh, fields, row, mcol.capex, m.capex, ['measures', i, 'capex']);
    sh.set(row, mcol.start, m.startYear ?? 0);
    sh.set(row, mcol.life, m.lifetimeYears);
    put(sh, fields, row, mcol.opex, m.annualOpexChange, ['measures', i, 'annualOpexChange'], 0);
    put(sh, fields, row, mcol.other, m.otherAnnualBenefit, ['measures', i, 'otherAnnualBenefit'], 0);
    s.resources.forEach((r, k) =>
      put(sh, fields, row, savings0 + k, own(m.savings, r.id), ['measures', i, 'savings', r.id]),
    );
    const savingsRow =
      nR > 0
        ? `${a1(sh.at(row, savings0), { absRow: false, absCol: true, from: sh.name })}` +
          `:${a1(sh.at(row, after - 1), { absRow: false, from: sh.name })}`
        : '';
    const efRow =
      nR > 0 ? `${a1(sh.at(1, savings0), { from: sh.name })}:${a1(sh.at(1, after - 1), { from: sh.name })}` : '';
    sh.set(row, mcol.annualCo2e, nR > 0 ? formula(`SUMPRODUCT(${savingsRow},${efRow})`) : 0);
  });
  return { sheet: sh, rows, mcol };
}

export function buildInputSheets(s: Scenario): {
  /** Inputs, Resources, Prices, Measures. */
  sheets: [SheetBuilder, SheetBuilder, SheetBuilder, SheetBuilder];
  layout: InputsLayout;
} {
  const fields: FieldCells = new Map();
  const names: DefinedName[] = [];
  const inputs = inputsSheet(s, fields, names);
  const resources = resourcesSheet(s, fields);
  const prices = pricesSheet(s);
  const measures = measuresSheet(s, fields);
  return {
    sheets: [inputs.sheet, resources.sheet, prices, measures.sheet],
    layout: {
      fields,
      names,
      credit: inputs.credit,
      resourceRows: resources.rows,
      measureRows: measures.rows,
      mcol: measures.mcol,
    },
  };
}
