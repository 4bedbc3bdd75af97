/**
 * Files the user downloads from the open scenario: the Excel workbook (built in the engine
 * worker) and the year table as CSV. This module makes the files; the UI hands them to the browser.
 */
import type { EngineClient } from '../engine/engine-client';
import { exportXlsx } from '../engine/export';
import type { YearRow } from '../model/results';
import type { UiLanguage } from '../i18n/locale';
import { yearTableCsv, type CsvOptions } from '../workbook/csv';

export { YEAR_COLUMNS } from '../workbook/csv';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface Download {
  blob: Blob;
  name: string;
}

/**
 * A file name from a scenario's name: characters Windows, macOS or Linux refuse (and control
 * characters) become spaces, accents stay, at most 80 characters; `scenario` when nothing is left.
 */
export function fileStem(name: unknown): string {
  const text = typeof name === 'string' ? name : '';
  /* eslint-disable no-control-regex -- control characters are exactly what must go */
  const clean = text
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ')
    /* eslint-enable no-control-regex */
    .replace(/\s+/g, ' ')
    .trim();
  const cut = clean
    .slice(0, 80)
    .trim()
    .replace(/[. ]+$/, '');
  return cut === '' ? 'scenario' : cut;
}

/** The .xlsx of a scenario file, its labels in `language`, or the number of problems to fix first. */
export async function xlsxDownload(
  engine: EngineClient,
  file: Record<string, unknown>,
  language: UiLanguage = 'en',
): Promise<Download | { problems: number }> {
  const reply = await exportXlsx(engine, file, {}, language);
  if (!reply.ok) return { problems: reply.issues };
  return {
    blob: new Blob([reply.bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }),
    name: `${fileStem(file.name)}.xlsx`,
  };
}

/** The year table as CSV in the user's number locale (see yearTableCsv), its headers in the user's language. */
export function csvDownload(
  years: readonly YearRow[],
  locale: string,
  scenarioName: unknown,
  suffix: string,
  currency?: string,
  headers?: CsvOptions['headers'],
): Download {
  return {
    blob: new Blob([yearTableCsv(years, { locale, currency, headers })], { type: 'text/csv;charset=utf-8' }),
    name: `${fileStem(scenarioName)} - ${suffix}.csv`,
  };
}
