/**
 * The inputs of several scenarios side by side. Rows are matched by meaning, not position:
 * resources and measures by id, variables by name, uncertain inputs by their input path, so
 * a measure added in the middle of one scenario does not shift every row below it.
 */
import { formatNumber, formatPercent } from '../../i18n/format';
import type { UiLanguage } from '../../i18n/locale';
import { lookup } from '../../i18n/translate';
import type { PathSegment } from '../../model/issues';
import { fieldSpec } from '../../model/fields';

export interface InputRow {
  key: string;
  label: string;
  /** One text per scenario; null where the scenario has no such input. */
  values: (string | null)[];
  differs: boolean;
}

type Json = Record<string, unknown>;
type Cell = { label: string; value: string };

const asList = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);

/** Choices are shown by their name in the user's language (a category id reads badly). */
const CHOICES: Record<string, string> = { category: 'cp.category', kind: 'cp.resourceKind' };

function show(value: unknown, path: PathSegment[], locale: string, language: UiLanguage = 'en'): string {
  const choice = CHOICES[String(path[path.length - 1])];
  if (choice && typeof value === 'string') return lookup(language, `${choice}.${value}`) ?? value;
  if (typeof value === 'number') {
    return fieldSpec(path)?.kind === 'percent'
      ? formatPercent(value, locale, { maximumFractionDigits: 4 })
      : formatNumber(value, locale, { maximumFractionDigits: 6 });
  }
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Every input of one scenario, by a key that means the same thing in every scenario. */
export function flatten(file: Json, language: UiLanguage, locale: string): Map<string, Cell> {
  const t = (key: string, params?: Record<string, string>) => lookup(language, key, params) ?? key;
  const out = new Map<string, Cell>();
  const put = (key: string, label: string, value: unknown, path: PathSegment[]) => {
    if (value !== undefined && value !== null && typeof value !== 'object')
      out.set(key, { label, value: show(value, path, locale, language) });
  };
  for (const f of ['currency', 'horizonYears', 'discountRate', 'taxRate', 'energyPriceFactor'])
    put(f, t(`field.${f}`), file[f], [f]);
  for (const v of asList(file.variables))
    put(`variables.${String(v.name)}`, `${t('section.variables')} › ${String(v.name)}`, v.value, [
      'variables',
      0,
      'value',
    ]);
  for (const list of ['resources', 'measures'] as const) {
    asList(file[list]).forEach((row, i) => {
      const head = `${t(`section.${list}`)} › ${String(row.name ?? row.id)}`;
      for (const [field, value] of Object.entries(row)) {
        if (field === 'id' || field === 'name') continue;
        if (field === 'savings' && value && typeof value === 'object') {
          for (const [res, q] of Object.entries(value as Json))
            put(`${list}.${String(row.id)}.savings.${res}`, `${head} › ${t('field.savings', { resource: res })}`, q, [
              list,
              i,
              'savings',
              res,
            ]);
        } else put(`${list}.${String(row.id)}.${field}`, `${head} › ${t(`field.${field}`)}`, value, [list, i, field]);
      }
    });
  }
  const financing = (file.financing ?? {}) as Json;
  for (const part of ['loan', 'guarantee', 'rebate'] as const) {
    const section = (financing[part] ?? {}) as Json;
    for (const [field, value] of Object.entries(section))
      put(`financing.${part}.${field}`, `${t(`section.${part}`)} › ${t(`field.${field}`)}`, value, [
        'financing',
        part,
        field,
      ]);
    if (part === 'rebate') {
      asList(section.tiers).forEach((tier, i) => {
        put(
          `financing.rebate.tiers.${i}`,
          `${t('section.tiers')} ${i + 1}`,
          `${show(tier.minReduction, ['financing', 'rebate', 'tiers', i, 'minReduction'], locale)} → ${show(tier.rate, ['financing', 'rebate', 'tiers', i, 'rate'], locale)}`,
          [],
        );
      });
    }
  }
  for (const [field, value] of Object.entries((file.credit ?? {}) as Json))
    put(`credit.${field}`, `${t('section.credit')} › ${t(`field.${field}`)}`, value, ['credit', field]);
  for (const u of asList(file.uncertainty))
    put(
      `uncertainty.${String(u.input)}`,
      `${t('appraisal.monteCarlo')} › ${String(u.input)}`,
      JSON.stringify(u.distribution),
      [],
    );
  return out;
}

/** The rows of the inputs table, in the order of the first scenario that has each input. */
export function inputRows(files: readonly Json[], language: UiLanguage, locale: string): InputRow[] {
  const flat = files.map((f) => flatten(f, language, locale));
  const keys = [...new Set(flat.flatMap((m) => [...m.keys()]))];
  return keys.map((key) => {
    const values = flat.map((m) => m.get(key)?.value ?? null);
    const label = flat.map((m) => m.get(key)?.label).find((l) => l !== undefined) ?? key;
    return { key, label, values, differs: values.some((v) => v !== values[0]) };
  });
}
