/**
 * The impact report's files in the user's language: the rows as CSV (the locale's separator and
 * decimal mark) and the workbook with its totals as formulas (src/workbook/portfolio-export.ts).
 */
import type { UiLanguage } from '../i18n/locale';
import { translator } from '../i18n/translate';
import { portfolioCsv, portfolioXlsx, ROW_KEYS, type PortfolioLabels } from '../workbook/portfolio-export';
import { XLSX_TYPE, type Download } from './downloads';
import type { PortfolioTotals } from './portfolio-query';

/** Headers, stage and kind names in `language`. */
export function reportLabels(language: UiLanguage): PortfolioLabels {
  const t = translator(language);
  const stage = (s: string) => (s === 'none' ? t('stage.none') : t(`stage.${s as 'appraisal'}`));
  const kind = (k: string) =>
    ['energy', 'water', 'material', 'waste', 'other'].includes(k) ? t(`portfolio.kind.${k as 'energy'}`) : k;
  return {
    columns: Object.fromEntries(ROW_KEYS.map((k) => [k, t(`portfolio.col.${k}`)])) as PortfolioLabels['columns'],
    lifetimeCo2eTonnes: t('portfolio.col.lifetimeCo2eTonnes'),
    stage,
    yes: t('portfolio.yes'),
    no: t('portfolio.no'),
    byCurrency: t('portfolio.totals.currency'),
    count: t('portfolio.totals.count'),
    byStage: t('portfolio.totals.stage'),
    co2e: t('portfolio.totals.co2e'),
    annualTonnes: t('portfolio.co2e.annual'),
    verifiedAnnualTonnes: t('portfolio.co2e.verified'),
    lifetimeTonnes: t('portfolio.co2e.lifetime'),
    kind,
    kindHeader: t('portfolio.resources.kind'),
    unit: t('portfolio.resources.unit'),
    annualSaved: t('portfolio.resources.saved'),
    verifiedAnnualSaved: t('portfolio.resources.verified'),
    sheets: { portfolio: t('portfolio.report.sheet'), resources: t('portfolio.report.sheetResources') },
  };
}

export function reportCsv(totals: PortfolioTotals, language: UiLanguage, numberLocale: string): Download {
  const text = portfolioCsv(totals.portfolio.scenarios, numberLocale, reportLabels(language));
  return {
    blob: new Blob([text], { type: 'text/csv;charset=utf-8' }),
    name: `${translator(language)('portfolio.report.file')}.csv`,
  };
}

export function reportXlsx(totals: PortfolioTotals, language: UiLanguage): Download {
  const bytes = portfolioXlsx(totals.portfolio, totals.lifetimes, reportLabels(language));
  return {
    blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }),
    name: `${translator(language)('portfolio.report.file')}.xlsx`,
  };
}
