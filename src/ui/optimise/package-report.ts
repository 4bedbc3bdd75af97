/**
 * The best package as the credit memo and the presentation show it: the package the user has on
 * screen in the Best package tab (the best, or the frontier step chosen), its measures by name,
 * those chosen only for the rebate, the rebate's indicator and share, and the frontier. Null when
 * the scenario has no answer or the user left it out of the reports.
 */
import type { Translate } from '../../i18n/translate';
import type { PackageFigures } from '../../model/optimise';
import type { FinishedOptimum } from '../../state/optimise.svelte';
import type { FileJson } from '../../state/draft';
import {
  answerKey,
  frontierPoints,
  rebateOnly,
  shownPackage,
  type FrontierPointView,
  type ShownPackage,
} from './optimise-view';

export interface PackageReport {
  shown: ShownPackage;
  /** The package's measures in file order: id, name, and whether it is there only for the rebate. */
  measures: { id: string; name: string; rebateOnly: boolean }[];
  /** The rebate's indicator (its label) and the package's share of it; null without a rebate. */
  rebate: { label: string; share: number | null } | null;
  points: FrontierPointView[];
  /** The scenario changed after the search (switches of measures aside). */
  stale: boolean;
}

/** `resourceNames`: resource id → name, for the rebate's indicator (CO2e is written as such). */
export function packageReport(
  answer: FinishedOptimum | null,
  file: FileJson,
  resourceNames: ReadonlyMap<string, string>,
): PackageReport | null {
  if (!answer?.inReports) return null;
  const shown = shownPackage(answer.answer, answer.step);
  if (!shown) return null;
  const names = new Map(
    ((file.measures as FileJson[] | undefined) ?? []).flatMap((m) =>
      typeof m.id === 'string' ? [[m.id, typeof m.name === 'string' && m.name ? m.name : m.id] as const] : [],
    ),
  );
  const only = new Set(rebateOnly(answer.answer, shown));
  const rebate = (file.financing as FileJson | undefined)?.rebate as FileJson | undefined;
  const indicator = typeof rebate?.indicator === 'string' ? rebate.indicator : null;
  return {
    shown,
    measures: shown.figures.measures.map((id) => ({ id, name: names.get(id) ?? id, rebateOnly: only.has(id) })),
    rebate:
      indicator === null
        ? null
        : {
            label: indicator === 'co2e' ? 'CO2e' : (resourceNames.get(indicator) ?? indicator),
            share: shown.figures.reductionShares[indicator] ?? null,
          },
    points: frontierPoints(answer.answer),
    stale: answer.key !== answerKey(file),
  };
}

interface TextFormat {
  t: Translate;
  money(v: number | null): string;
  percent(v: number | null): string;
}

/** The package's investment, NPV and value, labelled, for a list of figures. */
export function packageFigures(f: PackageFigures, fmt: TextFormat): { key: string; label: string; value: string }[] {
  return [
    { key: 'capex', label: fmt.t('opt.investment'), value: fmt.money(f.totalCapex) },
    { key: 'npv', label: fmt.t('opt.npv'), value: fmt.money(f.npv) },
    { key: 'value', label: fmt.t('opt.value'), value: fmt.money(f.value) },
  ];
}

/** One sentence on the rebate: the share of its indicator, and the tier reached with its worth, or none. */
export function tierText(rebate: PackageReport['rebate'], f: PackageFigures, fmt: TextFormat): string {
  const { t } = fmt;
  if (!rebate) return t('opt.noRebate');
  const share = fmt.percent(rebate.share);
  if (f.rebateRate <= 0) return t('opt.noTier', { indicator: rebate.label, share });
  const rate = fmt.percent(f.rebateRate);
  return t('opt.tier', { indicator: rebate.label, share, rate, amount: fmt.money(f.rebatePv) });
}
