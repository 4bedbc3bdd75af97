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

/** Money per currency as written (never converted), a null counting as 0; keys in order of first appearance. */
export function totalsByCurrency(rows: readonly PortfolioRow[]): Record<string, CurrencyTotals> {
  // A Map keeps first-appearance order whatever the keys look like (a plain object would put
  // integer-like keys first); the schema allows only three capital letters, but totals need not rely on it.
  const out = new Map<string, CurrencyTotals>();
  for (const row of rows) {
    let t = out.get(row.currency);
    if (!t) out.set(row.currency, (t = zeroTotals()));
    t.count++;
    for (const key of MONEY_TOTALS) t[key] += row[key] ?? 0;
  }
  return Object.fromEntries(out);
}

/** Scenarios per stage, `none` for those without one; keys in order of first appearance. */
export function totalsByStage(rows: readonly PortfolioRow[]): Record<string, { count: number }> {
  const out: Record<string, { count: number }> = {};
  for (const row of rows) (out[row.stage ?? NO_STAGE] ??= { count: 0 }).count++;
  return out;
}

/** Resources grouped by kind and exact unit text, in order of first appearance. */
export function resourceTotals(entries: readonly PortfolioEntry[]): ResourceSaving[] {
  // Keyed by kind, then unit (two maps: no separator character can make two pairs collide, and
  // no key text is built per resource: the page totals thousands of rows on every redraw).
  const groups = new Map<string, Map<string, ResourceSaving>>();
  const ordered: ResourceSaving[] = [];
  for (const e of entries) {
    for (const r of e.resources) {
      let byUnit = groups.get(r.kind);
      if (!byUnit) groups.set(r.kind, (byUnit = new Map<string, ResourceSaving>()));
      const g = byUnit.get(r.unit);
      if (g) {
        g.annualSaved += r.annualSaved;
        g.verifiedAnnualSaved += r.verifiedAnnualSaved;
      } else {
        const first = { ...r };
        byUnit.set(r.unit, first);
        ordered.push(first);
      }
    }
  }
  return ordered;
}

/** The cp-portfolio JSON of the entries, in the order given. */
export function portfolio(entries: readonly PortfolioEntry[]): Portfolio {
  const rows = entries.map((e) => e.row);
  return {
    format: 'cp-portfolio',
    version: 1,
    scenarios: rows,
    byCurrency: totalsByCurrency(rows),
    byStage: totalsByStage(rows),
    co2e: {
      annualTonnes: rows.reduce((s, r) => s + r.annualCo2eTonnes, 0),
      verifiedAnnualTonnes: rows.reduce((s, r) => s + (r.verifiedAnnualCo2eTonnes ?? 0), 0),
      lifetimeTonnes: entries.reduce((s, e) => s + e.lifetimeCo2eTonnes, 0),
    },
    resources: resourceTotals(entries),
  };
}
