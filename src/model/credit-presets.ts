/**
 * Financing presets: the terms of the structures in docs/domain.md, written into
 * the draft's `financing` and `credit` as one edit that stays editable. A preset never touches
 * what is the borrower's or the bank's own (the loan's principal, rate, tenor, grace, repayment
 * and upfront fee; baseline cash flow, PD, LGD, minimum DSCR, haircut): only the structure
 * (guarantee, rebate) and the line's own limits (maximum loan, maximum coverage).
 */
import type { Message } from '../i18n/messages/types';
import type { PathSegment } from './issues';
import type { FileJson } from './file-json';

export const PRESETS = ['green-credit-line', 'partial-guarantee', 'commercial-loan', 'cash'] as const;
export type PresetId = (typeof PRESETS)[number];

/** SECO's Green Credit Trust Fund: 50 % guarantee without fee; rebate by the CO2e reduction. */
export const GREEN_LINE = {
  guarantee: { coverage: 0.5, annualFeeRate: 0 },
  rebate: {
    year: 1,
    indicator: 'co2e',
    base: 'principal',
    applyAs: 'prepayment',
    tiers: [
      { minReduction: 0.3, rate: 0.15 },
      { minReduction: 0.5, rate: 0.25 },
    ],
  },
  maxGuaranteeCoverage: 0.5,
} as const;

/** USAID's partial credit guarantee in Peru: 50 % of the loan risk, SME loans up to US$400,000; a 1 % yearly fee. */
export const PARTIAL_GUARANTEE = {
  guarantee: { coverage: 0.5, annualFeeRate: 0.01 },
  maxLoan: 400_000,
  maxLoanCurrency: 'USD',
  maxGuaranteeCoverage: 0.5,
} as const;

/** A loan for a file without one: the editor's defaults, with the enabled measures' investment as principal. */
const NEW_LOAN = { annualRate: 0.12, tenorYears: 5, graceYears: 0, amortization: 'annuity' } as const;

export interface PresetEdit {
  /** The parts to replace, as one undoable step (ScenarioEditor.setParts). */
  parts: { path: PathSegment[]; value: unknown }[];
  /** What the user should know or do next. */
  notes: Message[];
}

export interface PresetContext {
  /** Total investment of the enabled measures, from the last results (null before any). */
  totalCapex: number | null;
}

const isObject = (v: unknown): v is FileJson => v !== null && typeof v === 'object' && !Array.isArray(v);

function currentLoan(file: FileJson, ctx: PresetContext): FileJson {
  const loan = isObject(file.financing) ? file.financing.loan : undefined;
  if (isObject(loan)) return structuredClone(loan);
  const horizon =
    typeof file.horizonYears === 'number' && file.horizonYears >= 1 ? file.horizonYears : NEW_LOAN.tenorYears;
  return {
    principal: Math.max(0, Math.round(ctx.totalCapex ?? 0)),
    ...NEW_LOAN,
    tenorYears: Math.min(NEW_LOAN.tenorYears, horizon),
  };
}

/** `credit` with the line's limits set (a number) or cleared (undefined); undefined when nothing is left. */
function withLimits(file: FileJson, limits: { maxLoan?: number; maxGuaranteeCoverage?: number }): FileJson | undefined {
  const credit: FileJson = isObject(file.credit) ? structuredClone(file.credit) : {};
  for (const key of ['maxLoan', 'maxGuaranteeCoverage'] as const) {
    const v = limits[key];
    if (v === undefined) delete credit[key];
    else credit[key] = v;
  }
  return Object.keys(credit).length > 0 ? credit : undefined;
}

/** The edit that applies preset `id` to `file`. */
export function presetEdit(file: FileJson, id: PresetId, ctx: PresetContext): PresetEdit {
  const notes: Message[] = [];
  if (id === 'cash')
    return { parts: [{ path: ['financing'], value: undefined }], notes: [{ key: 'preset.note.cash' }] };
  const loan = currentLoan(file, ctx);
  if (!isObject(isObject(file.financing) ? file.financing.loan : undefined)) notes.push({ key: 'preset.note.newLoan' });
  let financing: FileJson;
  let credit: FileJson | undefined;
  if (id === 'green-credit-line') {
    financing = { loan, guarantee: structuredClone(GREEN_LINE.guarantee), rebate: structuredClone(GREEN_LINE.rebate) };
    credit = withLimits(file, { maxGuaranteeCoverage: GREEN_LINE.maxGuaranteeCoverage });
  } else if (id === 'partial-guarantee') {
    financing = { loan, guarantee: structuredClone(PARTIAL_GUARANTEE.guarantee) };
    const inUsd = file.currency === PARTIAL_GUARANTEE.maxLoanCurrency;
    credit = withLimits(file, {
      maxLoan: inUsd ? PARTIAL_GUARANTEE.maxLoan : undefined,
      maxGuaranteeCoverage: PARTIAL_GUARANTEE.maxGuaranteeCoverage,
    });
    if (!inUsd)
      notes.push({
        key: 'preset.note.convertMaxLoan',
        params: { currency: typeof file.currency === 'string' ? file.currency : '?' },
      });
  } else {
    financing = { loan };
    credit = withLimits(file, {});
  }
  return {
    parts: [
      { path: ['financing'], value: financing },
      { path: ['credit'], value: credit },
    ],
    notes,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The preset whose structure the file's financing has (guarantee and rebate as the preset sets them), or null for custom terms. */
export function matchingPreset(file: FileJson): PresetId | null {
  const financing = isObject(file.financing) ? file.financing : undefined;
  if (!financing || !isObject(financing.loan)) return 'cash';
  const { guarantee, rebate } = financing;
  const g = isObject(guarantee) ? { coverage: guarantee.coverage, annualFeeRate: guarantee.annualFeeRate ?? 0 } : null;
  if (!g && rebate === undefined) return 'commercial-loan';
  if (same(g, PARTIAL_GUARANTEE.guarantee) && rebate === undefined) return 'partial-guarantee';
  if (same(g, GREEN_LINE.guarantee) && isObject(rebate)) {
    const r = {
      year: rebate.year,
      indicator: rebate.indicator,
      base: rebate.base ?? 'principal',
      applyAs: rebate.applyAs ?? 'prepayment',
      tiers: rebate.tiers,
    };
    if (same(r, GREEN_LINE.rebate)) return 'green-credit-line';
  }
  return null;
}
