/** The headline figures of a scenario's results, formatted for the user. */
import { formatMoney, formatNumber, formatPercent, formatYears, MISSING } from '../../i18n/format';
import type { UiLanguage } from '../../i18n/locale';
import type { Translate } from '../../i18n/translate';
import type { Results } from '../../model/results';

export interface Figure {
  key: string;
  label: string;
  value: string;
  /** A second line: what the figure means or a warning. */
  note?: string;
  tone?: 'good' | 'bad';
}

/** Annual tCO2e avoided by the enabled measures (each measure's tonnes in a year it runs). */
export function annualCo2e(results: Results, enabled: readonly boolean[]): number {
  return results.measures.reduce((sum, m, i) => sum + (enabled[i] === false ? 0 : m.annualCo2eTonnes), 0);
}

export function keyFigures(
  results: Results,
  enabled: readonly boolean[],
  currency: string,
  language: UiLanguage,
  locale: string,
  t: Translate,
): Figure[] {
  const p = results.project;
  const money = (v: number | null) => formatMoney(v, currency, locale);
  const years = (v: number | null) => (v === null ? t('results.notPaidBack') : formatYears(v, locale, { language }));
  const figures: Figure[] = [
    { key: 'npv', label: t('appraisal.npvShort'), value: money(p.npv), tone: p.npv >= 0 ? 'good' : 'bad' },
    {
      key: 'irr',
      label: t('appraisal.irrShort'),
      value: p.irr === null ? MISSING : formatPercent(p.irr, locale, { maximumFractionDigits: 1 }),
      note: p.irrMultipleRoots ? t('results.multipleRoots') : undefined,
    },
    { key: 'payback', label: t('appraisal.simplePayback'), value: years(p.simplePaybackYears) },
    { key: 'discountedPayback', label: t('appraisal.discountedPayback'), value: years(p.discountedPaybackYears) },
    {
      key: 'pi',
      label: t('appraisal.profitabilityIndex'),
      value: formatNumber(p.profitabilityIndex, locale, { maximumFractionDigits: 2 }),
    },
    { key: 'capex', label: t('results.totalCapex'), value: money(p.totalCapex) },
    { key: 'benefit', label: t('results.firstYearBenefit'), value: money(p.firstYearBenefit) },
    {
      key: 'co2eYear',
      label: t('results.co2ePerYear'),
      value: formatNumber(annualCo2e(results, enabled), locale, { maximumFractionDigits: 1 }),
    },
    {
      key: 'co2eHorizon',
      label: t('results.co2eHorizon'),
      value: formatNumber(p.lifetimeCo2eTonnes, locale, { maximumFractionDigits: 0 }),
    },
  ];
  const f = results.financing;
  if (f) {
    figures.push(
      {
        key: 'equityNpv',
        label: t('results.equityNpv'),
        value: money(f.equityNpv),
        tone: f.equityNpv >= 0 ? 'good' : 'bad',
      },
      {
        key: 'minDscr',
        label: t('results.minDscr'),
        value: formatNumber(f.minDscr, locale, { maximumFractionDigits: 2 }),
        tone: f.dscrBreach ? 'bad' : undefined,
        note: f.dscrBreach ? t('results.dscrBreach') : undefined,
      },
    );
  }
  return figures;
}
