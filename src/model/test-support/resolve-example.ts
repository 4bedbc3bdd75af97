/**
 * Test support: turns a sample scenario file (already JSON-parsed) into a ResolvedScenario by
 * applying the defaults of spec section 1. It is not the formula resolver: the few formulas in
 * the sample files are looked up in a table of literal values, and any other formula throws.
 * The real resolver (src/workbook) replaces this once it exists.
 */
import type {
  Amortization,
  Distribution,
  RebateTier,
  ResolvedCredit,
  ResolvedFinancing,
  ResolvedMeasure,
  ResolvedResource,
  ResolvedScenario,
  ResourceKind,
} from '../resolved-scenario';
import { resolvedVerification } from '../resolve-numbers';
import type { Verification } from '../schema';

// Colombia example: coal_t = 900, boiler_gj = "=coal_t*25.8*0.78/0.9", evaluated left to right
// as a spreadsheet does.
const COAL_T = 900;
const BOILER_GJ = (COAL_T * 25.8 * 0.78) / 0.9;

const FORMULA_VALUES = new Map<string, number>([
  ['=coal_t', COAL_T],
  ['=-boiler_gj', -BOILER_GJ],
]);

/** A number field of the file: a number or a formula string. */
type NumberField = number | string;

/** The parts of a scenario file (spec section 1) that the model reads; the rest is ignored. */
export interface ExampleFile {
  horizonYears: number;
  discountRate: NumberField;
  taxRate?: NumberField;
  energyPriceFactor?: NumberField;
  resources?: {
    id: string;
    kind: ResourceKind;
    price: NumberField;
    escalation?: NumberField;
    emissionFactor?: NumberField;
    baselineQuantity?: NumberField;
  }[];
  measures?: {
    id: string;
    capex: NumberField;
    startYear?: number;
    lifetimeYears: number;
    savings?: Record<string, NumberField>;
    annualOpexChange?: NumberField;
    otherAnnualBenefit?: NumberField;
    enabled?: boolean;
  }[];
  financing?: {
    loan?: {
      principal: NumberField;
      annualRate: NumberField;
      tenorYears: number;
      graceYears?: number;
      amortization?: Amortization;
      upfrontFeeRate?: NumberField;
    };
    guarantee?: { coverage: NumberField; annualFeeRate?: NumberField };
    rebate?: {
      year: number;
      indicator: string;
      base?: 'principal' | 'capex';
      applyAs?: 'prepayment' | 'cash';
      tiers: RebateTier[];
    };
  };
  credit?: Partial<Record<keyof ResolvedCredit, NumberField>>;
  uncertainty?: { input: string; distribution: Distribution }[];
  verification?: Verification;
}

function num(value: NumberField | undefined, fallback?: number): number {
  if (value === undefined) {
    if (fallback === undefined) throw new Error('missing required number');
    return fallback;
  }
  if (typeof value === 'number') return value;
  const known = FORMULA_VALUES.get(value);
  if (known === undefined)
    throw new Error(`resolve-example cannot evaluate ${JSON.stringify(value)}: add it to FORMULA_VALUES`);
  return known;
}

function numOrNull(value: NumberField | undefined): number | null {
  return value === undefined ? null : num(value);
}

function financing(f: ExampleFile['financing']): ResolvedFinancing | null {
  const loan = f?.loan;
  if (!loan) return null;
  const rebate = f.rebate;
  return {
    loan: {
      principal: num(loan.principal),
      annualRate: num(loan.annualRate),
      tenorYears: loan.tenorYears,
      graceYears: loan.graceYears ?? 0,
      amortization: loan.amortization ?? 'annuity',
      upfrontFeeRate: num(loan.upfrontFeeRate, 0),
    },
    guarantee: f.guarantee
      ? { coverage: num(f.guarantee.coverage), annualFeeRate: num(f.guarantee.annualFeeRate, 0) }
      : { coverage: 0, annualFeeRate: 0 },
    rebate: rebate
      ? {
          year: rebate.year,
          indicator: rebate.indicator,
          base: rebate.base ?? 'principal',
          applyAs: rebate.applyAs ?? 'prepayment',
          tiers: rebate.tiers.map((t) => ({ minReduction: t.minReduction, rate: t.rate })),
        }
      : null,
  };
}

/** A ResolvedScenario from a parsed sample scenario file, spec defaults applied. */
export function resolveExample(file: ExampleFile): ResolvedScenario {
  const c = file.credit ?? {};
  const resources = (file.resources ?? []).map((r): ResolvedResource => ({
    id: r.id,
    kind: r.kind,
    price: num(r.price),
    escalation: num(r.escalation, 0),
    emissionFactor: num(r.emissionFactor, 0),
    baselineQuantity: numOrNull(r.baselineQuantity),
  }));
  const measures = (file.measures ?? []).map((m): ResolvedMeasure => ({
    id: m.id,
    capex: num(m.capex),
    startYear: m.startYear ?? 0,
    lifetimeYears: m.lifetimeYears,
    savings: Object.fromEntries(Object.entries(m.savings ?? {}).map(([id, quantity]) => [id, num(quantity)])),
    annualOpexChange: num(m.annualOpexChange, 0),
    otherAnnualBenefit: num(m.otherAnnualBenefit, 0),
    enabled: m.enabled ?? true,
  }));
  return {
    horizonYears: file.horizonYears,
    discountRate: num(file.discountRate),
    taxRate: num(file.taxRate, 0),
    energyPriceFactor: num(file.energyPriceFactor, 1),
    resources,
    measures,
    financing: financing(file.financing),
    credit: {
      baselineCashFlow: num(c.baselineCashFlow, 0),
      annualDefaultProbability: num(c.annualDefaultProbability, 0),
      lossGivenDefault: num(c.lossGivenDefault, 0),
      minDscr: numOrNull(c.minDscr),
      maxLoan: numOrNull(c.maxLoan),
      maxGuaranteeCoverage: numOrNull(c.maxGuaranteeCoverage),
      savingsHaircut: num(c.savingsHaircut, 0),
    },
    uncertainty: (file.uncertainty ?? []).map((u) => ({ input: u.input, distribution: u.distribution })),
    verification: resolvedVerification(file.verification),
  };
}
