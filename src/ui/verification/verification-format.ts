/**
 * The verification figures as sentences and table rows in the user's language: warnings in
 * plain words with their numbers, and per resource the projected and verified reduction with the
 * rebate tier each reaches and the distance to the next.
 */
import { formatNumber, formatPercent } from '../../i18n/format';
import type { UiLanguage } from '../../i18n/locale';
import { reachedTier } from '../../model/financing';
import type { Results, VerificationResults } from '../../model/results';
import type { FileJson } from '../../state/draft';
import type { CreditFormat } from '../credit/credit-format';
import { nextTier, resourcesOf, tiersOf } from './verification-data';

/** What the verified figures are drawn from: the tab shows them, its printable report repeats them. */
export interface VerifiedInputs {
  results: Results;
  verification: VerificationResults;
  file: FileJson;
  currency: string;
  language: UiLanguage;
  numberLocale: string;
}

/** Each warning code as a sentence (weak-model codes carry the resource's fit). */
export function warningTexts(v: VerificationResults, file: FileJson, f: CreditFormat): string[] {
  const names = new Map(resourcesOf(file).map((r) => [r.id, r.name]));
  const ver = file.verification as FileJson | undefined;
  const baseline = Array.isArray(ver?.baseline) ? ver.baseline.length : 0;
  const perYear = typeof ver?.periodsPerYear === 'number' ? ver.periodsPerYear : 12;
  return v.warnings.map((code) => {
    if (code.startsWith('weak-model:')) {
      const id = code.slice('weak-model:'.length);
      const model = v.resources.find((r) => r.id === id)?.model;
      return f.t('verif.warn.weak-model', {
        resource: names.get(id) ?? id,
        r2: f.percent(model?.r2 ?? null, 0),
        cv: f.percent(model?.cvRmse ?? null, 0),
      });
    }
    switch (code) {
      case 'short-baseline':
        return f.t('verif.warn.short-baseline', { n: baseline, perYear });
      case 'short-reporting':
        return f.t('verif.warn.short-reporting');
      case 'outside-baseline-range':
        return f.t('verif.warn.outside-baseline-range');
      case 'indicator-not-measured':
        return f.t('verif.warn.indicator-not-measured', {
          indicator: names.get(v.rebate?.indicator ?? '') ?? v.rebate?.indicator ?? '',
        });
      case 'co2e-not-all-measured':
        return f.t('verif.warn.co2e-not-all-measured');
      default:
        return code;
    }
  });
}

/** A reduction share with one decimal always (31.0 % beside 30.4 %). */
export function shareText(v: number | null | undefined, locale: string): string {
  return formatPercent(v, locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** A measured quantity: whole units from 100 up, else up to two decimals. */
export function quantity(n: number | null, locale: string): string {
  return formatNumber(n, locale, { maximumFractionDigits: n !== null && Math.abs(n) >= 100 ? 0 : 2 });
}

export interface ReductionRow {
  id: string;
  label: string;
  projected: string;
  verified: string;
  avoided: string;
  tier: string;
  next: string;
  /** True for the rebate's indicator. */
  indicator: boolean;
}

/** Tier reached by a share and the distance to the next, as text ('' without tiers). */
function tierTexts(
  tiers: ReturnType<typeof tiersOf>,
  value: number | null,
  f: CreditFormat,
): { tier: string; next: string } {
  if (tiers.length === 0) return { tier: '', next: '' };
  if (value === null) return { tier: f.t('verif.noTier'), next: '' };
  const tier = reachedTier(tiers, value);
  const up = nextTier(tiers, value);
  return {
    tier: tier ? f.t('verif.tier', { rate: f.percent(tier.rate, 1) }) : f.t('verif.noTier'),
    next: up
      ? f.t('verif.toNext', { gap: shareText(up.minReduction - value, f.locale), rate: f.percent(up.rate, 1) })
      : f.t('verif.topTier'),
  };
}

/** One row per measured resource, then CO2e. */
export function reductionRows(
  results: Results,
  v: VerificationResults,
  file: FileJson,
  f: CreditFormat,
): ReductionRow[] {
  const tiers = tiersOf(file);
  const info = new Map(resourcesOf(file).map((r) => [r.id, r]));
  const shares = results.project.reductionShares;
  const indicator = v.rebate?.indicator;
  const amount = (n: number, unit: string) => `${quantity(n, f.locale)} ${unit}`.trim();
  const rows = v.resources.map((r): ReductionRow => {
    const i = info.get(r.id);
    const projected = shares[r.id];
    return {
      id: r.id,
      label: i?.name ?? r.id,
      projected: projected === undefined ? '—' : shareText(projected, f.locale),
      verified: r.reductionShare === null ? '—' : shareText(r.reductionShare, f.locale),
      avoided: amount(r.annualAvoided, i?.unit ?? ''),
      ...tierTexts(tiers, r.reductionShare, f),
      indicator: indicator === r.id,
    };
  });
  rows.push({
    id: 'co2e',
    label: 'CO2e',
    projected: shares.co2e === undefined ? '—' : shareText(shares.co2e, f.locale),
    verified: v.co2e.reductionShare === null ? '—' : shareText(v.co2e.reductionShare, f.locale),
    avoided: amount(v.co2e.annualAvoided, 't'),
    ...tierTexts(tiers, v.co2e.reductionShare, f),
    indicator: indicator === 'co2e',
  });
  return rows;
}
