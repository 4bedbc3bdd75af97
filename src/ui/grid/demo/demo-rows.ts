/**
 * The demo's owner logic: raw texts in, display text and errors out, the way a page using the
 * grid would do it with src/i18n. Not used by the app.
 */
import { formatNumber, formatPercent, formatValueForEdit } from '../../../i18n/format';
import type { UiLanguage } from '../../../i18n/locale';
import { isFormula, parseNumberInput } from '../../../i18n/numbers';
import { translateMessage } from '../../../i18n/translate';
import type { CellEdit, GridCell, GridColumn, GridRow } from '../types';

export interface DemoRow {
  id: string;
  raw: string[];
  enabled: boolean;
}

export const demoColumns = (t: (k: 'cp.measure' | 'appraisal.investment' | 'cp.reductionShare') => string): GridColumn[] => [
  { key: 'name', label: t('cp.measure'), kind: 'text', width: '14rem' },
  {
    key: 'category',
    label: 'Category',
    kind: 'select',
    width: '11rem',
    options: [
      { value: 'good-housekeeping', label: 'Good housekeeping' },
      { value: 'technology-change', label: 'Technology change' },
    ],
  },
  { key: 'capex', label: t('appraisal.investment'), kind: 'number', width: '9rem' },
  { key: 'share', label: t('cp.reductionShare'), kind: 'percent', width: '8rem' },
  { key: 'verified', label: '✓', kind: 'checkbox', width: '4rem' },
  { key: 'double', label: '2 ×', kind: 'number', readonly: true, width: '9rem' },
];

export function demoCell(raw: string, column: GridColumn, locale: string, language: UiLanguage): GridCell {
  if (column.kind !== 'number' && column.kind !== 'percent') {
    const label = column.options?.find((o) => o.value === raw)?.label;
    return { raw, display: label ?? raw };
  }
  if (raw === '' || isFormula(raw)) return { raw, display: raw };
  const percent = column.kind === 'percent';
  const r = parseNumberInput(raw, locale, { percent });
  if (!r.ok) return { raw, display: raw, error: translateMessage(language, r.hint) };
  return { raw, display: percent ? formatPercent(r.value, locale) : formatNumber(r.value, locale) };
}

export function toGridRows(rows: DemoRow[], columns: GridColumn[], locale: string, language: UiLanguage): GridRow[] {
  return rows.map((row) => {
    const cells = columns.map((c, i) => demoCell(row.raw[i] ?? '', c, locale, language));
    const capex = parseNumberInput(row.raw[2] ?? '', locale);
    const double = columns[5];
    if (double) cells[5] = demoCell(capex.ok ? formatValueForEdit(capex.value * 2, locale) : '', double, locale, language);
    return { id: row.id, cells, enabled: row.enabled };
  });
}

let next = 100;

export function emptyRow(width: number): DemoRow {
  return { id: `r${next++}`, raw: Array.from({ length: width }, () => ''), enabled: true };
}

/** Applies edits, appending rows for a paste past the end. */
export function applyEdits(rows: DemoRow[], edits: CellEdit[], width: number): DemoRow[] {
  const out = rows.map((r) => ({ ...r, raw: [...r.raw] }));
  for (const e of edits) {
    while (out.length <= e.row) out.push(emptyRow(width));
    const row = out[e.row];
    if (row) row.raw[e.col] = e.value;
  }
  return out;
}
