/**
 * Interest rates as banks in the region quote them, turned into the effective annual rate the
 * scenario file stores (spec section 1: rates are effective annual fractions). Colombia quotes
 * E.A. and nominal rates payable monthly or quarterly, in arrears (N.A.M.V., N.T.V.) or in
 * advance (N.A.M.A., N.T.A.); Peru TEA and TNA; Brazil monthly rates (a.m.).
 */

export const RATE_CONVENTIONS = ['ea', 'namv', 'ntv', 'nasv', 'nama', 'nta', 'monthly', 'tna'] as const;
export type RateConvention = (typeof RATE_CONVENTIONS)[number];

/** Periods a year and whether interest is paid in advance, by convention (E.A.: one period, in arrears). */
const PERIODS: Record<RateConvention, { periods: number; nominal: boolean; advance: boolean }> = {
  ea: { periods: 1, nominal: false, advance: false },
  namv: { periods: 12, nominal: true, advance: false },
  ntv: { periods: 4, nominal: true, advance: false },
  nasv: { periods: 2, nominal: true, advance: false },
  nama: { periods: 12, nominal: true, advance: true },
  nta: { periods: 4, nominal: true, advance: true },
  // An effective monthly rate: compounds twelve times a year.
  monthly: { periods: 12, nominal: false, advance: false },
  // Peru's TNA, capitalised monthly as the SBS publishes it: the same as N.A.M.V.
  tna: { periods: 12, nominal: true, advance: false },
};

/**
 * The effective annual rate of a quoted rate (fractions: 0.24 = 24 %).
 * Nominal in arrears: (1 + r/m)^m − 1; nominal in advance: (1 − r/m)^(−m) − 1; an effective
 * periodic rate: (1 + r)^m − 1. Null where the quote has no meaning (a rate in advance of 100 %
 * a period or more, a rate of −100 % or below).
 */
export function effectiveAnnual(rate: number, convention: RateConvention): number | null {
  if (!Number.isFinite(rate)) return null;
  const { periods, nominal, advance } = PERIODS[convention];
  const periodic = nominal ? rate / periods : rate;
  if (advance) return periodic >= 1 ? null : Math.pow(1 - periodic, -periods) - 1;
  return periodic <= -1 ? null : Math.pow(1 + periodic, periods) - 1;
}
