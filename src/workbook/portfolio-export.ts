/**
 * The portfolio (spec section 7) as a spreadsheet: a Portfolio sheet with one row per scenario
 * and its totals as live formulas (COUNTIF and SUMIF over the rows, so a figure changed in the
 * sheet moves the totals), a Resources sheet of the savings by kind and unit; and the rows as CSV.
 * Headers and stage names are given by the caller: the command line writes the JSON keys, the app
 * the user's language.
 */
import { MONEY_TOTALS, NO_STAGE, type Portfolio, type PortfolioRow } from '../model/portfolio';
import { tableCsv, type CsvCell } from './csv';
import { colName } from './sheet';
import { writeXlsx, type XlsxBook, type XlsxCell, type XlsxFormat } from './xlsx-writer';

/** The row's columns, in the spec's order. */
export const ROW_KEYS = [
  'name',
  'reference',
  'stage',
  'currency',
  'totalCapex',
  'npv',
  'irr',
  'principal',
  'guaranteed',
  'expectedLoss',
  'lenderExpectedLoss',
  'guarantorExpectedLoss',
  'minDscr',
  'eligible',
  'annualCo2eTonnes',
  'verifiedAnnualCo2eTonnes',
  'projectedRebate',
  'verifiedRebate',
] as const satisfies readonly (keyof PortfolioRow)[];
export type RowKey = (typeof ROW_KEYS)[number];

export interface PortfolioLabels {
  /** Header of each column. */
  columns: Record<RowKey, string>;
  lifetimeCo2eTonnes: string;
  stage: (stage: string) => string;
  yes: string;
  no: string;
  byCurrency: string;
  count: string;
  byStage: string;
  co2e: string;
  annualTonnes: string;
  verifiedAnnualTonnes: string;
  lifetimeTonnes: string;
  kind: (kind: string) => string;
  kindHeader: string;
  unit: string;
  annualSaved: string;
  verifiedAnnualSaved: string;
  sheets: { portfolio: string; resources: string };
}

/** The JSON keys as they are: what the command line writes. */
export const KEY_LABELS: PortfolioLabels = {
  columns: Object.fromEntries(ROW_KEYS.map((k) => [k, k])) as Record<RowKey, string>,
  lifetimeCo2eTonnes: 'lifetimeCo2eTonnes',
  stage: (s) => s,
  yes: 'true',
  no: 'false',
  byCurrency: 'byCurrency',
  count: 'count',
  byStage: 'byStage',
  co2e: 'co2e',
  annualTonnes: 'annualTonnes',
  verifiedAnnualTonnes: 'verifiedAnnualTonnes',
  lifetimeTonnes: 'lifetimeTonnes',
  kind: (k) => k,
  kindHeader: 'kind',
  unit: 'unit',
  annualSaved: 'annualSaved',
  verifiedAnnualSaved: 'verifiedAnnualSaved',
  sheets: { portfolio: 'Portfolio', resources: 'Resources' },
};

const FORMATS: Partial<Record<RowKey, XlsxFormat>> = { irr: 'percent', minDscr: 'ratio' };
for (const k of [...MONEY_TOTALS, 'npv'] as const) FORMATS[k] = 'money';

const col = (key: RowKey | 'lifetime') => (key === 'lifetime' ? ROW_KEYS.length : ROW_KEYS.indexOf(key));
const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;

function rowCells(row: PortfolioRow, lifetime: number, labels: PortfolioLabels): XlsxCell[] {
  const cells = ROW_KEYS.map((k): XlsxCell => {
    const v = row[k];
    if (k === 'stage') return { value: v === null ? null : labels.stage(v as string) };
    return { value: v, format: FORMATS[k] };
  });
  cells.push({ value: lifetime });
  return cells;
}

/**
 * The workbook: rows from line 2, then the totals. `lifetimes` is each scenario's lifetime tCO2e
 * (a column of its own, so that the lifetime total is a formula too).
 */
export function portfolioBook(
  p: Portfolio,
  lifetimes: readonly number[],
  labels: PortfolioLabels = KEY_LABELS,
): XlsxBook {
  const header = (s: string): XlsxCell => ({ value: s, format: 'header' });
  const rows: (XlsxCell | null)[][] = [
    [...ROW_KEYS.map((k) => header(labels.columns[k])), header(labels.lifetimeCo2eTonnes)],
  ];
  p.scenarios.forEach((r, i) => rows.push(rowCells(r, lifetimes[i] ?? 0, labels)));
  const first = 2;
  const last = p.scenarios.length + 1;
  // Whole-column ranges of the rows; with no rows, the totals are plain zeros.
  const range = (key: RowKey | 'lifetime', abs = true) => {
    const c = colName(col(key));
    return abs ? `$${c}$${first}:$${c}$${last}` : `${c}${first}:${c}${last}`;
  };
  const live = p.scenarios.length > 0;
  rows.push([]);
  rows.push([header(labels.byCurrency), header(labels.count), ...MONEY_TOTALS.map((k) => header(labels.columns[k]))]);
  for (const [code, t] of Object.entries(p.byCurrency)) {
    const r = rows.length + 1;
    const sumif = (k: RowKey) => `SUMIF(${range('currency')},$A$${r},${range(k)})`;
    rows.push([
      { value: code },
      { value: t.count, formula: live ? `COUNTIF(${range('currency')},$A$${r})` : undefined },
      ...MONEY_TOTALS.map((k): XlsxCell => ({ value: t[k], formula: live ? sumif(k) : undefined, format: 'money' })),
    ]);
  }
  rows.push([]);
  rows.push([header(labels.byStage), header(labels.count)]);
  for (const [stage, t] of Object.entries(p.byStage)) {
    const label = labels.stage(stage);
    // A scenario without a stage has an empty stage cell.
    const formula =
      stage === NO_STAGE ? `COUNTBLANK(${range('stage')})` : `COUNTIF(${range('stage')},${quoted(label)})`;
    rows.push([{ value: label }, { value: t.count, formula: live ? formula : undefined }]);
  }
  rows.push([]);
  rows.push([header(labels.co2e)]);
  const co2e: [string, number, RowKey | 'lifetime'][] = [
    [labels.annualTonnes, p.co2e.annualTonnes, 'annualCo2eTonnes'],
    [labels.verifiedAnnualTonnes, p.co2e.verifiedAnnualTonnes, 'verifiedAnnualCo2eTonnes'],
    [labels.lifetimeTonnes, p.co2e.lifetimeTonnes, 'lifetime'],
  ];
  for (const [label, value, key] of co2e)
    rows.push([{ value: label }, { value, formula: live ? `SUM(${range(key, false)})` : undefined }]);
  const resources: XlsxCell[][] = [
    [labels.kindHeader, labels.unit, labels.annualSaved, labels.verifiedAnnualSaved].map(header),
    ...p.resources.map((g) => [
      { value: labels.kind(g.kind) },
      { value: g.unit },
      { value: g.annualSaved },
      { value: g.verifiedAnnualSaved },
    ]),
  ];
  return {
    sheets: [
      {
        name: labels.sheets.portfolio,
        rows,
        widths: [40, 16, 12, 9, 16, 16, 9, 16, 16, 16, 16, 16, 9, 9, 12, 12, 16, 16, 12],
        freeze: { rows: 1, cols: 1 },
      },
      { name: labels.sheets.resources, rows: resources, widths: [14, 10, 16, 16] },
    ],
    names: [],
  };
}

/** The .xlsx bytes of the portfolio. */
export function portfolioXlsx(
  p: Portfolio,
  lifetimes: readonly number[],
  labels: PortfolioLabels = KEY_LABELS,
): Uint8Array {
  return writeXlsx(portfolioBook(p, lifetimes, labels));
}

/** One row per scenario, the header first; booleans as the labels' yes and no. */
export function portfolioCsv(
  rows: readonly PortfolioRow[],
  locale: string,
  labels: PortfolioLabels = KEY_LABELS,
): string {
  const cell = (r: PortfolioRow, k: RowKey): CsvCell => {
    const v = r[k];
    if (typeof v === 'boolean') return v ? labels.yes : labels.no;
    if (k === 'stage' && typeof v === 'string') return labels.stage(v);
    return v as CsvCell;
  };
  return tableCsv([ROW_KEYS.map((k) => labels.columns[k]), ...rows.map((r) => ROW_KEYS.map((k) => cell(r, k)))], {
    locale,
  });
}
