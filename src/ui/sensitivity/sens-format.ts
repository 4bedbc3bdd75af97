/**
 * Words and numbers of the sensitivity tools: an input path named as the user knows it
 * ("Grid electricity: price"), its value in its own unit, and the figures in the user's locale.
 */
import { formatMoney, formatNumber, formatPercent, formatYears, MISSING } from '../../i18n/format';
import type { UiLanguage } from '../../i18n/locale';
import type { Translate } from '../../i18n/translate';
import { isRateInput } from '../../model/input-values';

/** The parts of the scenario file that name things (read from the draft, which may be incomplete). */
export interface Names {
  resources: ReadonlyMap<string, string>;
  measures: ReadonlyMap<string, string>;
}

/** Names by id from a draft file: the `name` of each resource and measure, its id when unnamed. */
export function namesOf(file: Record<string, unknown>): Names {
  const map = (list: unknown) =>
    new Map(
      (Array.isArray(list) ? list : []).flatMap((row: unknown) => {
        const r = (row ?? {}) as Record<string, unknown>;
        if (typeof r.id !== 'string') return [];
        return [[r.id, typeof r.name === 'string' && r.name.trim() !== '' ? r.name : r.id] as const];
      }),
    );
  return { resources: map(file.resources), measures: map(file.measures) };
}

export interface SensFormat {
  locale: string;
  currency: string;
  t: Translate;
  /** An input path in words. */
  label: (path: string) => string;
  /** An input's value in its unit: a rate as a percentage, the energy factor as ×1.15, money, a quantity. */
  input: (path: string, value: number | null) => string;
  money: (v: number | null) => string;
  moneyShort: (v: number | null) => string;
  /** Money in four significant digits, compact ($1305 M): for tables of large amounts. */
  moneyCompact: (v: number | null) => string;
  percent: (v: number | null) => string;
  /** A share of samples: 0.034 -> 3.4 %. */
  share: (v: number | null) => string;
  ratio: (v: number | null) => string;
  payback: (v: number | null) => string;
  factor: (v: number | null) => string;
}

export function sensFormat(
  currency: string,
  locale: string,
  language: UiLanguage,
  t: Translate,
  names: Names,
): SensFormat {
  const money = (v: number | null) => formatMoney(v, currency, locale);
  const compact = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumSignificantDigits: 4,
    signDisplay: 'negative',
  });
  const factor = (v: number | null) =>
    v === null ? MISSING : `×${formatNumber(v, locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
  const resource = (id: string) => names.resources.get(id) ?? id;
  const measure = (id: string) => names.measures.get(id) ?? id;

  const label = (path: string): string => {
    if (path === 'energyPriceFactor') return t('field.energyPriceFactor');
    if (path === 'discountRate') return t('field.discountRate');
    if (path === 'financing.loan.annualRate') return t('sens.input.loanRate');
    if (path === 'capex') return t('sens.input.allCapex');
    if (path === 'savings') return t('sens.input.allSavings');
    const [head, id = '', field, resourceId = ''] = path.split('.');
    if (head === 'resources' && field === 'price') return t('sens.input.price', { name: resource(id) });
    if (head === 'resources' && field === 'escalation') return t('sens.input.escalation', { name: resource(id) });
    if (head === 'measures' && field === 'capex') return t('sens.input.capex', { name: measure(id) });
    if (head === 'measures' && field === 'annualOpexChange') return t('sens.input.opex', { name: measure(id) });
    if (head === 'measures' && field === 'savings')
      return t('sens.input.savings', { name: measure(id), resource: resource(resourceId) });
    return path;
  };

  const input = (path: string, value: number | null): string => {
    if (value === null) return MISSING;
    if (isRateInput(path)) return formatPercent(value, locale, { maximumFractionDigits: 2 });
    if (path === 'energyPriceFactor') return factor(value);
    if (path.endsWith('.capex') || path.endsWith('.annualOpexChange')) return money(value);
    // Unit prices (0.0375 per kWh) keep their digits; quantities show two decimals at most.
    return formatNumber(value, locale, { maximumFractionDigits: Math.abs(value) < 1 ? 4 : 2 });
  };

  return {
    locale,
    currency,
    t,
    label,
    input,
    money,
    moneyShort: (v) => formatMoney(v, currency, locale, { compact: true }),
    moneyCompact: (v) => (v === null || !Number.isFinite(v) ? MISSING : compact.format(v)),
    percent: (v) => formatPercent(v, locale, { maximumFractionDigits: 1 }),
    share: (v) => formatPercent(v, locale, { maximumFractionDigits: 1 }),
    ratio: (v) => formatNumber(v, locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    payback: (v) => (v === null ? t('results.notPaidBack') : formatYears(v, locale, { language })),
    factor,
  };
}
