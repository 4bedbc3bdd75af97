/**
 * A credit line's maximum loan set in another currency (spec sections 1 and 3): `maxLoanCurrency`
 * names it, `exchangeRate` converts it (scenario currency per unit of it) and eligibility compares
 * `P > maxLoan × exchangeRate`. Kept apart from the other checks so the rule lives in one place.
 */
import { issue, type Issue } from './issues';
import type { ResolvedCredit } from './resolved-scenario';
import type { Scenario } from './schema';

/** Whether the limit is in a currency other than the scenario's (then a rate is needed). */
export function limitInOtherCurrency(s: Pick<Scenario, 'currency' | 'credit'>): boolean {
  const cur = s.credit?.maxLoanCurrency;
  return cur !== undefined && cur !== s.currency;
}

/** The maximum loan in the scenario's currency; null when no limit is set. */
export function maxLoanInScenarioCurrency(credit: Pick<ResolvedCredit, 'maxLoan' | 'exchangeRate'>): number | null {
  if (credit.maxLoan === null) return null;
  return credit.exchangeRate === undefined ? credit.maxLoan : credit.maxLoan * credit.exchangeRate;
}

/** Cross-check: a limit in another currency needs its exchange rate. */
export function checkLimitCurrency(s: Scenario): Issue[] {
  if (!limitInOtherCurrency(s) || s.credit?.exchangeRate !== undefined) return [];
  const cur = s.credit?.maxLoanCurrency ?? '';
  return [
    issue(
      ['credit', 'exchangeRate'],
      'required',
      `required when maxLoanCurrency (${cur}) is not the scenario's currency (${s.currency}): ${s.currency} per ${cur}`,
      { key: cur },
    ),
  ];
}
