/** The results of several scenarios side by side, each with its difference from the first. */
import { formatMoney, formatNumber, formatPercent, formatYears, MISSING } from '../../i18n/format';
import type { UiLanguage } from '../../i18n/locale';
import type { MessageKey } from '../../i18n/messages/types';
import type { Results } from '../../model/results';

type Kind = 'money' | 'percent' | 'years' | 'ratio' | 'tonnes';

type MetricLabel = Extract<
  MessageKey,
  | `appraisal.${string}Short`
  | 'appraisal.simplePayback'
  | 'appraisal.discountedPayback'
  | 'appraisal.profitabilityIndex'
  | `results.${string}`
  | 'credit.interest'
>;

const METRICS: { key: string; label: MetricLabel; kind: Kind; get: (r: Results) => number | null | undefined }[] = [
  { key: 'npv', label: 'appraisal.npvShort', kind: 'money', get: (r) => r.project.npv },
  { key: 'irr', label: 'appraisal.irrShort', kind: 'percent', get: (r) => r.project.irr },
  { key: 'payback', label: 'appraisal.simplePayback', kind: 'years', get: (r) => r.project.simplePaybackYears },
  {
    key: 'discountedPayback',
    label: 'appraisal.discountedPayback',
    kind: 'years',
    get: (r) => r.project.discountedPaybackYears,
  },
  { key: 'pi', label: 'appraisal.profitabilityIndex', kind: 'ratio', get: (r) => r.project.profitabilityIndex },
  { key: 'capex', label: 'results.totalCapex', kind: 'money', get: (r) => r.project.totalCapex },
  { key: 'benefit', label: 'results.firstYearBenefit', kind: 'money', get: (r) => r.project.firstYearBenefit },
  { key: 'co2e', label: 'results.co2eHorizon', kind: 'tonnes', get: (r) => r.project.lifetimeCo2eTonnes },
  { key: 'equityNpv', label: 'results.equityNpv', kind: 'money', get: (r) => r.financing?.equityNpv },
  { key: 'minDscr', label: 'results.minDscr', kind: 'ratio', get: (r) => r.financing?.minDscr },
  { key: 'interest', label: 'credit.interest', kind: 'money', get: (r) => r.financing?.totalInterest },
];

export interface ResultCell {
  value: string;
  /** Absolute and relative difference from the first scenario; absent for the first, or when undefined. */
  diff?: { abs: string; pct: string; sign: -1 | 0 | 1 };
}

export interface ResultRow {
  key: string;
  label: MetricLabel;
  cells: (ResultCell | null)[];
}

/** Percentage points, as each language abbreviates them. */
const POINTS: Record<UiLanguage, string> = { en: 'pp', es: 'p. p.', pt: 'p.p.' };

function format(kind: Kind, v: number, currency: string, locale: string, language: UiLanguage, signed = false): string {
  const plus = signed && v > 0 ? '+' : '';
  switch (kind) {
    case 'money':
      return plus + formatMoney(v, currency, locale);
    case 'percent':
      // A difference of two rates is in percentage points ("-34 pp"), not a percentage of anything.
      return signed
        ? plus + formatNumber(v * 100, locale, { maximumFractionDigits: 1 }) + '\u00a0' + POINTS[language]
        : formatPercent(v, locale, { maximumFractionDigits: 1 });
    case 'years':
      return plus + formatYears(v, locale, { language });
    case 'ratio':
      return plus + formatNumber(v, locale, { maximumFractionDigits: 2 });
    default:
      return plus + formatNumber(v, locale, { maximumFractionDigits: 0 });
  }
}

/** `results[i]` null: that scenario has no figures (problems, or still computing). */
export function resultRows(
  results: readonly (Results | null)[],
  currency: string,
  locale: string,
  language: UiLanguage,
): ResultRow[] {
  return METRICS.filter((m) => results.some((r) => r && m.get(r) !== undefined)).map((m) => {
    const first = results[0] ? m.get(results[0]) : null;
    const cells = results.map((r, i): ResultCell | null => {
      if (!r) return null;
      const v = m.get(r);
      if (v === null || v === undefined) return { value: MISSING };
      const cell: ResultCell = { value: format(m.kind, v, currency, locale, language) };
      if (i > 0 && typeof first === 'number') {
        const abs = v - first;
        const pct = first === 0 ? MISSING : formatPercent(abs / Math.abs(first), locale, { maximumFractionDigits: 1 });
        cell.diff = {
          abs: format(m.kind, abs, currency, locale, language, true),
          pct: first !== 0 && abs > 0 ? `+${pct}` : pct,
          sign: abs > 0 ? 1 : abs < 0 ? -1 : 0,
        };
      }
      return cell;
    });
    return { key: m.key, label: m.label, cells };
  });
}
