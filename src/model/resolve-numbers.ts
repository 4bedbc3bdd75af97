/**
 * From a valid Scenario to the ResolvedScenario the kernel evaluates: defaults applied and every
 * number field turned into a number by a caller-supplied `valueOf` (the workbook evaluates
 * formulas; plain files need none). Then the ranges of number fields, which may come from
 * formulas, are checked on the numbers.
 */
import { issue, type Issue, type PathSegment } from './issues';
import { limitInOtherCurrency } from './credit-limit';
import type { ResolvedScenario, ResolvedVerification } from './resolved-scenario';
import type { NumberField, Scenario, Verification } from './schema';

export type ValueOf = (field: NumberField, path: PathSegment[]) => number;

export type ResolveOutcome = { ok: true; resolved: ResolvedScenario } | { ok: false; issues: Issue[] };

/** The resolved scenario, or the range problems of its numbers. */
export function rangeChecked(resolved: ResolvedScenario): ResolveOutcome {
  const issues = checkResolved(resolved);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, resolved };
}

/** Resolves a scenario without formulas (see hasFormulas); the workbook's resolver does the rest. */
export function resolvePlain(s: Scenario): ResolveOutcome {
  return rangeChecked(toResolved(s, plainValue));
}

/** The value of a plain number; a formula here is a programming error (use the workbook). */
export const plainValue: ValueOf = (field, path) => {
  if (typeof field === 'number') return field;
  throw new Error(`formula at ${path.join('.')} needs the formula engine`);
};

/** Whether any number field or variable of the scenario is a formula. */
export function hasFormulas(s: Scenario): boolean {
  // The measured records take plain numbers only (and are the bulk of a file that has them).
  return JSON.stringify(s, (key, v: unknown) =>
    key === 'name' || key === 'unit' || key === 'verification' ? undefined : v,
  ).includes('"=');
}

/** Applies defaults and resolves every number field with `valueOf`. */
export function toResolved(s: Scenario, valueOf: ValueOf): ResolvedScenario {
  const opt = (f: NumberField | undefined, path: PathSegment[], dflt: number) =>
    f === undefined ? dflt : valueOf(f, path);
  const optNull = (f: NumberField | undefined, path: PathSegment[]) => (f === undefined ? null : valueOf(f, path));
  const f = s.financing;
  const c = s.credit ?? {};
  const loan = f?.loan;
  return {
    horizonYears: s.horizonYears,
    discountRate: valueOf(s.discountRate, ['discountRate']),
    taxRate: opt(s.taxRate, ['taxRate'], 0),
    energyPriceFactor: opt(s.energyPriceFactor, ['energyPriceFactor'], 1),
    resources: s.resources.map((r, i) => ({
      id: r.id,
      kind: r.kind,
      price: valueOf(r.price, ['resources', i, 'price']),
      escalation: opt(r.escalation, ['resources', i, 'escalation'], 0),
      emissionFactor: opt(r.emissionFactor, ['resources', i, 'emissionFactor'], 0),
      baselineQuantity: optNull(r.baselineQuantity, ['resources', i, 'baselineQuantity']),
    })),
    measures: s.measures.map((m, i) => ({
      id: m.id,
      capex: valueOf(m.capex, ['measures', i, 'capex']),
      startYear: m.startYear ?? 0,
      lifetimeYears: m.lifetimeYears,
      savings: Object.fromEntries(
        Object.entries(m.savings ?? {}).map(([k, q]) => [k, valueOf(q, ['measures', i, 'savings', k])]),
      ),
      annualOpexChange: opt(m.annualOpexChange, ['measures', i, 'annualOpexChange'], 0),
      otherAnnualBenefit: opt(m.otherAnnualBenefit, ['measures', i, 'otherAnnualBenefit'], 0),
      enabled: m.enabled ?? true,
    })),
    financing: loan
      ? {
          loan: {
            principal: valueOf(loan.principal, ['financing', 'loan', 'principal']),
            annualRate: valueOf(loan.annualRate, ['financing', 'loan', 'annualRate']),
            tenorYears: loan.tenorYears,
            graceYears: loan.graceYears ?? 0,
            amortization: loan.amortization ?? 'annuity',
            upfrontFeeRate: opt(loan.upfrontFeeRate, ['financing', 'loan', 'upfrontFeeRate'], 0),
          },
          guarantee: {
            coverage: opt(f.guarantee?.coverage, ['financing', 'guarantee', 'coverage'], 0),
            annualFeeRate: opt(f.guarantee?.annualFeeRate, ['financing', 'guarantee', 'annualFeeRate'], 0),
          },
          rebate: f.rebate
            ? {
                year: f.rebate.year,
                indicator: f.rebate.indicator,
                base: f.rebate.base ?? 'principal',
                applyAs: f.rebate.applyAs ?? 'prepayment',
                tiers: f.rebate.tiers.map((t) => ({ ...t })),
              }
            : null,
        }
      : null,
    credit: {
      baselineCashFlow: opt(c.baselineCashFlow, ['credit', 'baselineCashFlow'], 0),
      annualDefaultProbability: opt(c.annualDefaultProbability, ['credit', 'annualDefaultProbability'], 0),
      lossGivenDefault: opt(c.lossGivenDefault, ['credit', 'lossGivenDefault'], 0),
      minDscr: optNull(c.minDscr, ['credit', 'minDscr']),
      maxLoan: optNull(c.maxLoan, ['credit', 'maxLoan']),
      maxGuaranteeCoverage: optNull(c.maxGuaranteeCoverage, ['credit', 'maxGuaranteeCoverage']),
      savingsHaircut: opt(c.savingsHaircut, ['credit', 'savingsHaircut'], 0),
      ...(limitInOtherCurrency(s) && c.exchangeRate !== undefined
        ? { exchangeRate: valueOf(c.exchangeRate, ['credit', 'exchangeRate']) }
        : {}),
    },
    uncertainty: (s.uncertainty ?? []).map((u) => ({ input: u.input, distribution: { ...u.distribution } })),
    verification: resolvedVerification(s.verification),
  };
}

/** The verification block with its defaults (plain numbers only: nothing to evaluate). */
export function resolvedVerification(v: Verification | undefined): ResolvedVerification | null {
  if (!v) return null;
  const records = (list: Verification['baseline']) =>
    list.map((r) => ({ period: r.period, production: r.production, use: { ...r.use } }));
  return {
    productionUnit: v.productionUnit ?? null,
    method: v.method ?? 'intensity',
    periodsPerYear: v.periodsPerYear ?? 12,
    baseline: records(v.baseline),
    reporting: records(v.reporting),
  };
}

type Range = { min?: number; max?: number; above?: number };

function checkRange(out: Issue[], path: PathSegment[], value: number | null, range: Range): void {
  if (value === null) return;
  const { min, max, above } = range;
  const bad =
    (min !== undefined && value < min) || (max !== undefined && value > max) || (above !== undefined && value <= above);
  if (!bad) return;
  const pct = max === 1;
  const words =
    above !== undefined
      ? `must be above ${above}`
      : max === undefined
        ? `must be at least ${min}`
        : min === undefined
          ? `must be at most ${max}`
          : pct
            ? `must be between ${min} and 1 (a fraction: 0.12 means 12 %)`
            : `must be between ${min} and ${max}`;
  out.push(
    issue(path, 'out-of-range', `${words}, got ${value}`, {
      value,
      ...(min !== undefined ? { min } : {}),
      ...(max !== undefined ? { max } : {}),
      ...(above !== undefined ? { above } : {}),
    }),
  );
}

const FRACTION: Range = { min: 0, max: 1 };

/**
 * Upper bounds the spec leaves to us (docs/model.md section 9): no plant's amount or quantity comes
 * near 10^15 (beyond it a double no longer holds cents), and no rate near 100 (10,000 % a year).
 * Without them a finite 1e308 passes and the figures overflow.
 */
export const MAX_AMOUNT = 1e15;
export const MAX_RATE = 100;
const AMOUNT: Range = { min: -MAX_AMOUNT, max: MAX_AMOUNT };
const bounded = (range: Range, max: number): Range => ({ ...range, max });

/** Range problems of the resolved numbers, and rebate indicators that have no baseline to measure against. */
export function checkResolved(r: ResolvedScenario): Issue[] {
  const out: Issue[] = [];
  checkRange(out, ['discountRate'], r.discountRate, { above: -1 });
  checkRange(out, ['discountRate'], r.discountRate, { max: MAX_RATE });
  checkRange(out, ['taxRate'], r.taxRate, FRACTION);
  checkRange(out, ['energyPriceFactor'], r.energyPriceFactor, { min: 0, max: MAX_RATE });
  r.resources.forEach((res, i) => {
    checkRange(out, ['resources', i, 'price'], res.price, AMOUNT);
    checkRange(out, ['resources', i, 'escalation'], res.escalation, { above: -1 });
    checkRange(out, ['resources', i, 'escalation'], res.escalation, { max: MAX_RATE });
    checkRange(out, ['resources', i, 'emissionFactor'], res.emissionFactor, AMOUNT);
    checkRange(out, ['resources', i, 'baselineQuantity'], res.baselineQuantity, bounded({ min: 0 }, MAX_AMOUNT));
  });
  r.measures.forEach((m, i) => {
    checkRange(out, ['measures', i, 'capex'], m.capex, bounded({ min: 0 }, MAX_AMOUNT));
    for (const [k, q] of Object.entries(m.savings)) checkRange(out, ['measures', i, 'savings', k], q, AMOUNT);
    checkRange(out, ['measures', i, 'annualOpexChange'], m.annualOpexChange, AMOUNT);
    checkRange(out, ['measures', i, 'otherAnnualBenefit'], m.otherAnnualBenefit, AMOUNT);
  });
  const f = r.financing;
  if (f) {
    checkRange(out, ['financing', 'loan', 'principal'], f.loan.principal, bounded({ min: 0 }, MAX_AMOUNT));
    checkRange(out, ['financing', 'loan', 'annualRate'], f.loan.annualRate, { min: 0, max: MAX_RATE });
    checkRange(out, ['financing', 'loan', 'upfrontFeeRate'], f.loan.upfrontFeeRate, FRACTION);
    checkRange(out, ['financing', 'guarantee', 'coverage'], f.guarantee.coverage, FRACTION);
    checkRange(out, ['financing', 'guarantee', 'annualFeeRate'], f.guarantee.annualFeeRate, FRACTION);
    if (f.rebate) {
      f.rebate.tiers.forEach((t, k) =>
        checkRange(out, ['financing', 'rebate', 'tiers', k, 'rate'], t.rate, { min: -MAX_RATE, max: MAX_RATE }),
      );
      checkIndicator(r, f.rebate.indicator, out);
    }
  }
  const c = r.credit;
  checkRange(out, ['credit', 'annualDefaultProbability'], c.annualDefaultProbability, FRACTION);
  checkRange(out, ['credit', 'lossGivenDefault'], c.lossGivenDefault, FRACTION);
  checkRange(out, ['credit', 'savingsHaircut'], c.savingsHaircut, FRACTION);
  checkRange(out, ['credit', 'maxGuaranteeCoverage'], c.maxGuaranteeCoverage, FRACTION);
  checkRange(out, ['credit', 'minDscr'], c.minDscr, bounded({ min: 0 }, MAX_AMOUNT));
  checkRange(out, ['credit', 'maxLoan'], c.maxLoan, bounded({ min: 0 }, MAX_AMOUNT));
  checkRange(out, ['credit', 'baselineCashFlow'], c.baselineCashFlow, AMOUNT);
  checkRange(out, ['credit', 'exchangeRate'], c.exchangeRate ?? null, bounded({ above: 0 }, MAX_AMOUNT));
  return out;
}

function checkIndicator(r: ResolvedScenario, indicator: string, out: Issue[]): void {
  const path = ['financing', 'rebate', 'indicator'];
  if (indicator === 'co2e') {
    const baseline = r.resources.reduce((sum, res) => sum + (res.baselineQuantity ?? 0) * res.emissionFactor, 0);
    if (!(baseline > 0))
      out.push(
        issue(
          path,
          'bad-indicator',
          '"co2e" needs baseline emissions above 0 (baseline quantities and emission factors)',
          { key: indicator },
        ),
      );
    return;
  }
  const res = r.resources.find((x) => x.id === indicator);
  if (res && !((res.baselineQuantity ?? 0) > 0)) {
    out.push(
      issue(path, 'bad-indicator', `resource "${indicator}" needs a baselineQuantity above 0`, { key: indicator }),
    );
  }
}
