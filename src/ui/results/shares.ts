/** Reduction shares: how much of each baseline the measures in the calculation save, as cards. */
import { formatPercent } from '../../i18n/format';
import type { Translate } from '../../i18n/translate';
import type { ResourceFact } from './scenario-facts';

export interface ShareCard {
  /** Resource id or `co2e`. */
  key: string;
  label: string;
  /** The share as a fraction; may exceed 1 or be negative (a fuel switch uses more of the new fuel). */
  share: number;
  value: string;
  /** Width of the card's bar, a fraction clamped to 0..1. */
  fill: number;
}

/** CO2e first (the headline), then resources in the results' (the file's) order. */
export function shareCards(
  shares: Readonly<Record<string, number>>,
  resources: ReadonlyMap<string, ResourceFact>,
  locale: string,
  t: Translate,
): ShareCard[] {
  const keys = Object.keys(shares).sort((a, b) => Number(b === 'co2e') - Number(a === 'co2e'));
  return keys.map((key) => {
    const share = shares[key]!;
    return {
      key,
      label: key === 'co2e' ? t('resultsView.co2eEmissions') : (resources.get(key)?.name ?? key),
      share,
      value: formatPercent(share, locale, { maximumFractionDigits: 1 }),
      fill: Math.min(1, Math.max(0, share)),
    };
  });
}
