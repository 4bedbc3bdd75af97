/**
 * The portfolio of spec section 7 (format cp-portfolio v1): one row per scenario, computed from
 * the scenario's file, its resolved numbers and its results, and the totals over the rows.
 * A scenario's contribution is an `PortfolioEntry` (its row plus what the totals need beyond the
 * row), so the app can cache one entry per scenario content and total them without the results.
 */
import { evaluate } from './kernel';
import type { ResolvedScenario } from './resolved-scenario';
import type { Results } from './results';
import type { Scenario, Stage } from './schema';
import { verify } from './verification';

export interface PortfolioRow {
  name: string;
  reference: string | null;
  stage: Stage | null;
  currency: string;
  totalCapex: number;
  npv: number;
  irr: number | null;
  principal: number;
  guaranteed: number;
  expectedLoss: number | null;
  lenderExpectedLoss: number | null;
  guarantorExpectedLoss: number | null;
  minDscr: number | null;
  eligible: boolean | null;
  annualCo2eTonnes: number;
  verifiedAnnualCo2eTonnes: number | null;
  projectedRebate: number | null;
  verifiedRebate: number | null;
}

/** One resource group: its kind, its unit exactly as written, what is saved a year. */
export interface ResourceSaving {
  kind: string;
  unit: string;
  annualSaved: number;
  verifiedAnnualSaved: number;
}

/** A scenario's part of the portfolio: its row, and what only the totals need. */
export interface PortfolioEntry {
  row: PortfolioRow;
  lifetimeCo2eTonnes: number;
  /** One per resource of the scenario, in file order (saved or not). */
  resources: ResourceSaving[];
}

export const MONEY_TOTALS = [
  'totalCapex',
  'principal',
  'guaranteed',
  'expectedLoss',
  'lenderExpectedLoss',
  'guarantorExpectedLoss',
  'projectedRebate',
  'verifiedRebate',
] as const;
export type MoneyTotal = (typeof MONEY_TOTALS)[number];

export type CurrencyTotals = { count: number } & Record<MoneyTotal, number>;

export interface Portfolio {
  format: 'cp-portfolio';
  version: 1;
  scenarios: PortfolioRow[];
  byCurrency: Record<string, CurrencyTotals>;
  byStage: Record<string, { count: number }>;
  co2e: { annualTonnes: number; verifiedAnnualTonnes: number; lifetimeTonnes: number };
  resources: ResourceSaving[];
}

/** The key under which a scenario without a stage is counted. */
export const NO_STAGE = 'none';

/** The parts of the results file a portfolio entry reads. */
export type EntryResults = Pick<Results, 'project' | 'measures' | 'financing' | 'verification'>;

/**
 * The results a portfolio entry needs, as `resultsFile` computes them but without the
 * sensitivity analysis (two kernel runs per input, most of a scenario's time) that no portfolio figure reads.
 */
export function entryResults(s: ResolvedScenario): EntryResults {
  const k = evaluate(s);
  return {
    project: k.project,
    measures: k.measures,
    financing: k.financing,
    verification: s.verification ? verify(s, s.verification, k) : null,
  };
}

/** A scenario's row and resource savings (spec section 7), from its file, resolved numbers and results. */
export function portfolioEntry(file: Scenario, resolved: ResolvedScenario, results: EntryResults): PortfolioEntry {
  const loan = resolved.financing;
  const fin = results.financing;
  const verification = results.verification;
  const hasRebate = loan?.rebate != null;
  const principal = loan ? loan.loan.principal : 0;
  const enabled = resolved.measures.filter((m) => m.enabled);
  const enabledIds = new Set(enabled.map((m) => m.id));
  const annualCo2eTonnes = results.measures.reduce(
    (sum, m) => (enabledIds.has(m.id) ? sum + m.annualCo2eTonnes : sum),
    0,
  );
  const row: PortfolioRow = {
    name: file.name,
    reference: file.application?.reference ?? null,
    stage: file.application?.stage ?? null,
    currency: file.currency,
    totalCapex: results.project.totalCapex,
    npv: results.project.npv,
    irr: results.project.irr,
    principal,
    guaranteed: loan ? loan.guarantee.coverage * principal : 0,
    expectedLoss: fin ? fin.expectedLoss : null,
    lenderExpectedLoss: fin ? fin.lenderExpectedLoss : null,
    guarantorExpectedLoss: fin ? fin.guarantorExpectedLoss : null,
    minDscr: fin ? fin.minDscr : null,
    eligible: fin ? fin.eligibilityIssues.length === 0 : null,
    annualCo2eTonnes,
    verifiedAnnualCo2eTonnes: verification ? verification.co2e.annualAvoided : null,
    projectedRebate: hasRebate && fin ? fin.rebate : null,
    verifiedRebate: hasRebate && verification?.rebate ? verification.rebate.verifiedAmount : null,
  };
  const verifiedById = new Map((verification?.resources ?? []).map((r) => [r.id, r.annualAvoided]));
  const resources = file.resources.map((r) => ({
    kind: r.kind,
    unit: r.unit,
    annualSaved: enabled.reduce((sum, m) => sum + (m.savings[r.id] ?? 0), 0),
    verifiedAnnualSaved: verifiedById.get(r.id) ?? 0,
  }));
  return { row, lifetimeCo2eTonnes: results.project.lifetimeCo2eTonnes, resources };
}

function zeroTotals(): CurrencyTotals {
  return {
    count: 0,
    totalCapex: 0,
    principal: 0,
    guaranteed: 0,
    expectedLoss: 0,
    lenderExpectedLoss: 0,
    guarantorExpectedLoss: 0,
    projectedRebate: 0,
    verifiedRebate: 0,
  };
}

/**
 * The totals of section 7 added up entry by entry: the portfolio of a list of entries is the sums
 * after adding them in order, and a screen that receives figures a few at a time adds only those
 * (sums in another order agree to rounding; keys come in order of first addition).
 */
export interface PortfolioSums {
  byCurrency: Map<string, CurrencyTotals>;
  byStage: Map<string, { count: number }>;
  co2e: Portfolio['co2e'];
  /** Keyed by kind, then unit (two maps: no separator character can make two pairs collide). */
  resources: Map<string, Map<string, ResourceSaving>>;
  /** The resource groups in order of first addition. */
  ordered: ResourceSaving[];
}

export function emptySums(): PortfolioSums {
  return {
    byCurrency: new Map(),
    byStage: new Map(),
    co2e: { annualTonnes: 0, verifiedAnnualTonnes: 0, lifetimeTonnes: 0 },
    resources: new Map(),
    ordered: [],
  };
}

/** A copy that can be added to without changing `s`. */
export function copySums(s: PortfolioSums): PortfolioSums {
  const ordered = s.ordered.map((r) => ({ ...r }));
  const resources = new Map<string, Map<string, ResourceSaving>>();
  for (const r of ordered) {
    let byUnit = resources.get(r.kind);
    if (!byUnit) resources.set(r.kind, (byUnit = new Map<string, ResourceSaving>()));
    byUnit.set(r.unit, r);
  }
  return {
    byCurrency: new Map([...s.byCurrency].map(([k, v]) => [k, { ...v }])),
    byStage: new Map([...s.byStage].map(([k, v]) => [k, { ...v }])),
    co2e: { ...s.co2e },
    resources,
    ordered,
  };
}

/** Adds one scenario: `row` (its stage and reference may be newer than the entry's) and the entry's resources. */
export function addEntry(s: PortfolioSums, row: PortfolioRow, entry: PortfolioEntry): void {
  // Money per currency as written (never converted), a null counting as 0.
  let t = s.byCurrency.get(row.currency);
  if (!t) s.byCurrency.set(row.currency, (t = zeroTotals()));
  t.count++;
  for (const key of MONEY_TOTALS) t[key] += row[key] ?? 0;
  const stage = row.stage ?? NO_STAGE;
  const st = s.byStage.get(stage);
  if (st) st.count++;
  else s.byStage.set(stage, { count: 1 });
  s.co2e.annualTonnes += row.annualCo2eTonnes;
  s.co2e.verifiedAnnualTonnes += row.verifiedAnnualCo2eTonnes ?? 0;
  s.co2e.lifetimeTonnes += entry.lifetimeCo2eTonnes;
  for (const r of entry.resources) {
    let byUnit = s.resources.get(r.kind);
    if (!byUnit) s.resources.set(r.kind, (byUnit = new Map<string, ResourceSaving>()));
    const g = byUnit.get(r.unit);
    if (g) {
      g.annualSaved += r.annualSaved;
      g.verifiedAnnualSaved += r.verifiedAnnualSaved;
    } else {
      const first = { ...r };
      byUnit.set(r.unit, first);
      s.ordered.push(first);
    }
  }
}

/** The cp-portfolio JSON of `rows` with the sums of their entries (plain copies: the sums can go on changing). */
export function portfolioOf(rows: PortfolioRow[], s: PortfolioSums): Portfolio {
  return {
    format: 'cp-portfolio',
    version: 1,
    scenarios: rows,
    byCurrency: Object.fromEntries([...s.byCurrency].map(([k, v]) => [k, { ...v }])),
    byStage: Object.fromEntries([...s.byStage].map(([k, v]) => [k, { ...v }])),
    co2e: { ...s.co2e },
    resources: s.ordered.map((r) => ({ ...r })),
  };
}

/** The cp-portfolio JSON of the entries, in the order given. */
export function portfolio(entries: readonly PortfolioEntry[]): Portfolio {
  const s = emptySums();
  for (const e of entries) addEntry(s, e.row, e);
  return portfolioOf(
    entries.map((e) => e.row),
    s,
  );
}
