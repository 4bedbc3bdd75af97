/** The DSCR stress table's cases and rows (apart from the kernel, so the page can check replies without loading it). */
export const STRESS_CASES = ['base', 'haircut0', 'haircut20', 'haircut40', 'energyMinus20', 'ratePlus300'] as const;
export type StressCase = (typeof STRESS_CASES)[number];

export interface DscrStressRow {
  case: StressCase;
  /** Null without debt service. */
  minDscr: number | null;
  /** Below the lender's minimum DSCR (false without one). */
  breach: boolean;
}
