/**
 * The lender's figures as the user reads them: money in the scenario's currency, rates as
 * percentages, ratios with two decimals, and the sentences of the eligibility checks and the
 * rebate standing with their numbers in.
 */
import { formatAmount, formatMoney, formatNumber, formatPercent, formatYears } from '../../i18n/format';
import type { UiLanguage } from '../../i18n/locale';
import { translator, type Translate } from '../../i18n/translate';
import type { EligibilityCheck, LimitFx, RebateStanding } from '../../model/lender-view';
import type { CreditTerms } from '../../model/credit-terms';

export interface CreditFormat {
  t: Translate;
  language: UiLanguage;
  locale: string;
  currency: string;
  money(v: number | null | undefined): string;
  /** Money without the symbol, for tables headed by the currency. */
  amount(v: number | null | undefined): string;
  /** Short money for chart axes ($1.2M). */
  moneyShort(v: number | null | undefined): string;
  percent(v: number | null | undefined, digits?: number): string;
  ratio(v: number | null | undefined): string;
  years(v: number | null | undefined): string;
}

export function creditFormat(language: UiLanguage, locale: string, currency: string): CreditFormat {
  return {
    t: translator(language),
    language,
    locale,
    currency,
    money: (v) => formatMoney(v, currency, locale),
    amount: (v) => formatAmount(v, currency, locale),
    moneyShort: (v) => formatMoney(v, currency, locale, { compact: true }),
    percent: (v, digits = 1) => formatPercent(v, locale, { maximumFractionDigits: digits }),
    ratio: (v) => formatNumber(v, locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    years: (v) => formatYears(v, locale, { language }),
  };
}

/** The DSCR sentence: the minimum and mean the project reaches, and the minimum the lender requires (if any). */
export function dscrSummaryText(
  financing: { minDscr: number | null; meanDscr: number | null },
  required: number | null,
  f: CreditFormat,
): string {
  const min = f.ratio(financing.minDscr);
  const mean = f.ratio(financing.meanDscr);
  return required === null
    ? f.t('lender.dscrSummaryNoMin', { min, mean })
    : f.t('lender.dscrSummary', { min, mean, required: f.ratio(required) });
}

/** The sentence of one eligibility check, with the project's figure and the limit. */
export function checkText(check: EligibilityCheck, f: CreditFormat): string {
  const { t } = f;
  switch (check.code) {
    case 'loan-above-max': {
      const principal = f.money(check.actual);
      const limit = f.money(check.limit);
      const fx = check.fx ? ` ${fxText(check.fx, f)}` : '';
      if (check.status === 'fail') return t('check.loan-above-max.fail', { principal, limit }) + fx;
      if (check.status === 'pass') return t('check.loan-above-max.pass', { principal, limit }) + fx;
      return check.fx ? `${principal}: ${fxText(check.fx, f)}` : t('check.loan-above-max.not-checked', { principal });
    }
    // The same three sentences, the coverage as a percentage and the DSCR as a ratio.
    case 'coverage-above-max':
    case 'dscr-below-min': {
      const shown = (v: number | null) => (check.code === 'coverage-above-max' ? f.percent(v) : f.ratio(v));
      const actual = shown(check.actual);
      if (check.status === 'not-checked') return t(`check.${check.code}.not-checked`, { actual });
      return t(`check.${check.code}.${check.status}`, { actual, limit: shown(check.limit) });
    }
    case 'loan-above-capex': {
      const principal = f.money(check.actual);
      const limit = f.money(check.limit);
      return check.status === 'fail'
        ? t('check.loan-above-capex.fail', { principal, limit })
        : t('check.loan-above-capex.pass', { principal, limit });
    }
  }
}

/** Which rate and date turned a maximum loan in another currency into the scenario's. */
export function fxText(fx: LimitFx, f: CreditFormat): string {
  const amount = formatMoney(fx.amount, fx.currency, f.locale);
  if (fx.rate === null) return f.t('check.fx.noRate', { amount, currency: f.currency });
  const params = {
    amount,
    rate: formatNumber(fx.rate, f.locale, { maximumFractionDigits: 6 }),
    currency: f.currency,
    other: fx.currency,
  };
  return fx.date ? f.t('check.fx', { ...params, date: fx.date }) : f.t('check.fx.noDate', params);
}

/** The loan's terms in one sentence: principal, rate, tenor, grace and repayment. */
export function termsText(terms: CreditTerms, f: CreditFormat): string {
  const loan = terms.loan;
  if (!loan) return '';
  return f.t('lender.terms', {
    principal: f.money(loan.principal),
    rate: f.percent(loan.annualRate, 2),
    tenor: f.years(loan.tenorYears),
    grace: f.years(loan.graceYears),
    amortization: f.t(loan.amortization === 'linear' ? 'credit.linear' : 'credit.annuity'),
  });
}

/** Sentences on the rebate: the tier reached and its amount, then the next tier and how far it is. */
export function rebateTexts(standing: RebateStanding, amount: number, year: number | null, f: CreditFormat): string[] {
  const { t } = f;
  const out: string[] = [];
  if (standing.reached) {
    out.push(
      t('rebate.reached', {
        min: f.percent(standing.reached.minReduction, 2),
        rate: f.percent(standing.reached.rate, 2),
        amount: f.money(amount),
        year: year ?? '—',
      }),
    );
  } else out.push(t('rebate.noneReached'));
  if (standing.next && standing.gap !== null) {
    const gap = formatNumber(standing.gap * 100, f.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    out.push(
      t('rebate.next', { min: f.percent(standing.next.minReduction, 2), rate: f.percent(standing.next.rate, 2), gap }),
    );
  } else if (standing.reached) out.push(t('rebate.top'));
  return out;
}

/** The name of a rebate's indicator (spec section 6): CO2e, or the resource's name (its id when it has none). */
export function indicatorName(indicator: string, resourceNames: ReadonlyMap<string, string>): string {
  return indicator === 'co2e' ? 'CO2e' : (resourceNames.get(indicator) ?? indicator);
}

/** The name of a tornado input (spec section 4): a resource's price, the discount rate, all capex, all savings. */
export function riskLabel(input: string, resourceNames: ReadonlyMap<string, string>, t: Translate): string {
  if (input === 'discountRate') return t('risk.discountRate');
  if (input === 'capex') return t('risk.capex');
  if (input === 'savings') return t('risk.savings');
  const price = /^resources\.([^.]+)\.price$/.exec(input);
  if (price?.[1] !== undefined) return t('risk.price', { resource: resourceNames.get(price[1]) ?? price[1] });
  return input;
}
