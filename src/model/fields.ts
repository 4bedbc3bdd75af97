/**
 * What each editable field of a scenario file is, by its path: how its text is read (text, a
 * number or formula, a percentage, a whole number, a choice, a flag) and whether it may be left
 * empty. The editor reads typed text with it; the grids use it to format cells.
 */
import type { PathSegment } from './issues';

export type FieldKind = 'text' | 'number' | 'percent' | 'int' | 'bool' | 'choice';

export interface FieldSpec {
  kind: FieldKind;
  /** The file may leave it out: an empty cell removes it (never 0). */
  optional: boolean;
  /** A number field of the spec: a formula starting with `=` is accepted too. */
  formula: boolean;
}

const f = (kind: FieldKind, optional = false, formula = kind === 'number' || kind === 'percent'): FieldSpec => ({
  kind,
  optional,
  formula,
});

const TOP: Record<string, FieldSpec> = {
  name: f('text'),
  currency: f('choice'),
  horizonYears: f('int'),
  discountRate: f('percent'),
  taxRate: f('percent', true),
  energyPriceFactor: f('number', true),
  notes: f('text', true),
};

const RESOURCE: Record<string, FieldSpec> = {
  id: f('text'),
  name: f('text'),
  kind: f('choice'),
  unit: f('text'),
  price: f('number'),
  escalation: f('percent', true),
  emissionFactor: f('number', true),
  baselineQuantity: f('number', true),
  notes: f('text', true),
};

const MEASURE: Record<string, FieldSpec> = {
  id: f('text'),
  name: f('text'),
  category: f('choice'),
  capex: f('number'),
  startYear: f('int', true),
  lifetimeYears: f('int'),
  annualOpexChange: f('number', true),
  otherAnnualBenefit: f('number', true),
  enabled: f('bool', true),
  notes: f('text', true),
};

const VARIABLE: Record<string, FieldSpec> = { name: f('text'), value: f('number') };

const LOAN: Record<string, FieldSpec> = {
  principal: f('number'),
  annualRate: f('percent'),
  tenorYears: f('int'),
  graceYears: f('int', true),
  amortization: f('choice', true),
  upfrontFeeRate: f('percent', true),
  notes: f('text', true),
};

const GUARANTEE: Record<string, FieldSpec> = { coverage: f('percent'), annualFeeRate: f('percent', true) };

const REBATE: Record<string, FieldSpec> = {
  year: f('int'),
  indicator: f('choice'),
  base: f('choice', true),
  applyAs: f('choice', true),
};

// Tiers take plain numbers only (spec section 1).
const TIER: Record<string, FieldSpec> = { minReduction: f('percent', false, false), rate: f('percent', false, false) };

const CREDIT: Record<string, FieldSpec> = {
  baselineCashFlow: f('number', true),
  annualDefaultProbability: f('percent', true),
  lossGivenDefault: f('percent', true),
  minDscr: f('number', true),
  maxLoan: f('number', true),
  maxLoanCurrency: f('choice', true),
  exchangeRate: f('number', true),
  exchangeRateDate: f('text', true),
  maxGuaranteeCoverage: f('percent', true),
  savingsHaircut: f('percent', true),
};

// Spec section 7: free texts and a stage, each optional (an empty field removes it).
const APPLICATION: Record<string, FieldSpec> = {
  applicant: f('text', true),
  reference: f('text', true),
  officer: f('text', true),
  stage: f('choice', true),
  recommendation: f('text', true),
  covenants: f('text', true),
};

/**
 * What an empty optional field means (spec section 1 defaults), for placeholders; absent: no default
 * (a limit left out skips its check).
 */
export const DEFAULTS: Record<string, number> = {
  taxRate: 0,
  energyPriceFactor: 1,
  escalation: 0,
  emissionFactor: 0,
  startYear: 0,
  annualOpexChange: 0,
  otherAnnualBenefit: 0,
  graceYears: 0,
  upfrontFeeRate: 0,
  annualFeeRate: 0,
  baselineCashFlow: 0,
  annualDefaultProbability: 0,
  lossGivenDefault: 0,
  savingsHaircut: 0,
};

/** Measured records (spec section 6): plain numbers only, no formulas. */
function verificationField(path: readonly PathSegment[]): FieldSpec | null {
  const [, b, c, d, e] = path;
  if (path.length === 2)
    return b === 'method'
      ? f('choice', true)
      : b === 'periodsPerYear'
        ? f('int', true)
        : b === 'productionUnit'
          ? f('text', true)
          : null;
  if ((b !== 'baseline' && b !== 'reporting') || typeof c !== 'number') return null;
  if (path.length === 4) return d === 'period' ? f('text') : d === 'production' ? f('number', false, false) : null;
  return path.length === 5 && d === 'use' && typeof e === 'string' ? f('number', false, false) : null;
}

/** The spec of the field at `path`, or null when the path names no editable field. */
export function fieldSpec(path: readonly PathSegment[]): FieldSpec | null {
  const [a, b, c, d, e] = path;
  const last = path[path.length - 1];
  if (typeof last !== 'string') return null;
  switch (a) {
    case 'resources':
      return path.length === 3 ? (RESOURCE[last] ?? null) : null;
    case 'measures':
      if (path.length === 4 && c === 'savings') return f('number', true);
      return path.length === 3 ? (MEASURE[last] ?? null) : null;
    case 'variables':
      return path.length === 3 ? (VARIABLE[last] ?? null) : null;
    case 'financing':
      if (b === 'loan' && path.length === 3) return LOAN[last] ?? null;
      if (b === 'guarantee' && path.length === 3) return GUARANTEE[last] ?? null;
      if (b === 'rebate' && path.length === 3) return REBATE[last] ?? null;
      if (b === 'rebate' && c === 'tiers' && typeof d === 'number' && e !== undefined && path.length === 5)
        return TIER[last] ?? null;
      return null;
    case 'credit':
      return path.length === 2 ? (CREDIT[last] ?? null) : null;
    case 'application':
      return path.length === 2 ? (APPLICATION[last] ?? null) : null;
    case 'verification':
      return verificationField(path);
    case 'uncertainty':
      // Distributions take plain numbers only (spec section 1): multipliers, 1 = as entered.
      if (path.length === 3 && last === 'input') return f('choice');
      if (path.length === 4 && c === 'distribution') return last === 'type' ? f('choice') : f('number', false, false);
      return null;
    default:
      return path.length === 1 ? (TOP[last] ?? null) : null;
  }
}
