/**
 * Figures that do not fit in a number. Every input is finite and within its range, yet a
 * discount rate a hair above -1 over 50 years, or products of huge amounts, can overflow the
 * kernel's doubles to Infinity or NaN. Then the figures are refused and the fields that cause it
 * are named: each input is set, alone, to a neutral value (0, or 1 for the price factor) and the
 * ones whose neutral value makes every figure finite again are the culprits.
 */
import { issue, type Issue, type PathSegment } from './issues';
import type { ResolvedScenario } from './resolved-scenario';

/** Paths (`project.npv`, `years.3.benefit`) of the numbers in `value` that are NaN or infinite. */
export function nonFinitePaths(value: unknown, path = ''): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (value === null || typeof value !== 'object') return [];
  const out: string[] = [];
  for (const [k, v] of Object.entries(value)) out.push(...nonFinitePaths(v, path ? `${path}.${k}` : k));
  return out;
}

interface Knob {
  path: PathSegment[];
  neutral: () => ResolvedScenario;
}

/** Every resolved number a user typed, with the scenario where it alone is neutral. */
function knobs(s: ResolvedScenario): Knob[] {
  const out: Knob[] = [
    { path: ['discountRate'], neutral: () => ({ ...s, discountRate: 0 }) },
    { path: ['taxRate'], neutral: () => ({ ...s, taxRate: 0 }) },
    { path: ['energyPriceFactor'], neutral: () => ({ ...s, energyPriceFactor: 1 }) },
  ];
  s.resources.forEach((r, i) => {
    const set = (patch: Partial<typeof r>) => () => ({
      ...s,
      resources: s.resources.map((x, j) => (j === i ? { ...x, ...patch } : x)),
    });
    out.push(
      { path: ['resources', i, 'price'], neutral: set({ price: 0 }) },
      { path: ['resources', i, 'escalation'], neutral: set({ escalation: 0 }) },
      { path: ['resources', i, 'emissionFactor'], neutral: set({ emissionFactor: 0 }) },
      { path: ['resources', i, 'baselineQuantity'], neutral: set({ baselineQuantity: null }) },
    );
  });
  s.measures.forEach((m, i) => {
    const set = (patch: Partial<typeof m>) => () => ({
      ...s,
      measures: s.measures.map((x, j) => (j === i ? { ...x, ...patch } : x)),
    });
    out.push({ path: ['measures', i, 'capex'], neutral: set({ capex: 0 }) });
    for (const k of Object.keys(m.savings))
      out.push({ path: ['measures', i, 'savings', k], neutral: set({ savings: { ...m.savings, [k]: 0 } }) });
    out.push(
      { path: ['measures', i, 'annualOpexChange'], neutral: set({ annualOpexChange: 0 }) },
      { path: ['measures', i, 'otherAnnualBenefit'], neutral: set({ otherAnnualBenefit: 0 }) },
    );
  });
  const f = s.financing;
  if (f) {
    const loan = (patch: Partial<typeof f.loan>) => () => ({
      ...s,
      financing: { ...f, loan: { ...f.loan, ...patch } },
    });
    out.push(
      { path: ['financing', 'loan', 'principal'], neutral: loan({ principal: 0 }) },
      { path: ['financing', 'loan', 'annualRate'], neutral: loan({ annualRate: 0 }) },
    );
  }
  out.push({
    path: ['credit', 'baselineCashFlow'],
    neutral: () => ({ ...s, credit: { ...s.credit, baselineCashFlow: 0 } }),
  });
  return out;
}

/** Runs `figures`, treating an exception as "not finite" (an overflow can surface as one). */
function badPaths(figures: (s: ResolvedScenario) => unknown, s: ResolvedScenario): string[] {
  try {
    return nonFinitePaths(figures(s));
  } catch {
    return ['(evaluation)'];
  }
}

export type FiniteOutcome<T> = { ok: true; figures: T } | { ok: false; issues: Issue[] };

/** The figures when every number in them is finite; otherwise the fields that make them overflow. */
export function finiteFigures<T>(s: ResolvedScenario, figures: (s: ResolvedScenario) => T): FiniteOutcome<T> {
  let result: T | undefined;
  const bad = badPaths((x) => (result = figures(x)), s);
  const [figure] = bad;
  if (figure === undefined) return { ok: true, figures: result as T };
  const culprits = knobs(s).filter((k) => badPaths(figures, k.neutral()).length === 0);
  const message = `too large: the figures computed from it do not fit in a number (${figure})`;
  const issues =
    culprits.length > 0
      ? culprits.map((k) => issue(k.path, 'not-finite', message, { figure }))
      : [issue([], 'not-finite', `the figures do not fit in a number (${figure})`, { figure })];
  return { ok: false, issues };
}
