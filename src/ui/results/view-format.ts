/** The Results view's number formats, bound to the user's number locale and the scenario's currency. */
import { formatMoney, formatNumber, formatPercent, formatYears, MISSING } from '../../i18n/format';
import type { UiLanguage } from '../../i18n/locale';
import type { Translate } from '../../i18n/translate';

export interface ViewFormat {
  locale: string;
  currency: string;
  money(v: number | null): string;
  /** Short money for axes and bar labels ($1.2M). */
  moneyShort(v: number | null): string;
  percent(v: number | null): string;
  /** A payback: null means not paid back within the horizon, said in words. */
  payback(v: number | null): string;
  years(v: number | null): string;
  tonnes(v: number | null): string;
  ratio(v: number | null): string;
  /** Cost per tonne CO2e, e.g. "−52,11 US$/t". */
  perTonne(v: number | null): string;
  t: Translate;
}

export function viewFormat(currency: string, locale: string, language: UiLanguage, t: Translate): ViewFormat {
  const money = (v: number | null) => formatMoney(v, currency, locale);
  return {
    locale,
    currency,
    money,
    moneyShort: (v) => formatMoney(v, currency, locale, { compact: true }),
    percent: (v) => formatPercent(v, locale, { maximumFractionDigits: 1 }),
    payback: (v) => (v === null ? t('results.notPaidBack') : formatYears(v, locale, { language })),
    years: (v) => formatYears(v, locale, { language }),
    tonnes: (v) => formatNumber(v, locale, { maximumFractionDigits: 1 }),
    ratio: (v) => formatNumber(v, locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    perTonne: (v) => (v === null ? MISSING : t('resultsView.perTonne', { amount: money(v) })),
    t,
  };
}
