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
const CHOICES: Record<string, string> = {
  category: 'cp.category',
  kind: 'cp.resourceKind',
  amortization: 'choice',
  indicator: 'choice',
  base: 'choice',
  applyAs: 'choice',
  stage: 'stage',
};

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

/** The name of the row with `id` (a resource or measure), or the id when it has none. */
function nameIn(rows: Json[], id: string): string {
  const name = rows.find((r) => r.id === id)?.name;
  return typeof name === 'string' && name.trim() ? name : id;
}

/** A distribution in words: its kind in the user's language and its parameters as numbers. */
function distributionText(d: unknown, language: UiLanguage, locale: string): string {
  if (!d || typeof d !== 'object') return JSON.stringify(d);
  const { type, ...params } = d as Json;
  const kind = lookup(language, `sens.mc.type.${String(type)}`) ?? String(type);
  const values = Object.values(params).map((v) =>
    typeof v === 'number' ? formatNumber(v, locale, { maximumFractionDigits: 6 }) : String(v),
  );
  return `${kind} (${values.join(' · ')})`;
}

/** An uncertain input's path (`resources.electricity.price`) in words, with the names of the resource and measure. */
function inputText(path: string, t: (key: string, params?: Record<string, string>) => string, file: Json): string {
  const nameOf = (list: string, id: string) => nameIn(asList(file[list]), id);
  if (path === 'energyPriceFactor' || path === 'discountRate') return t(`field.${path}`);
  if (path === 'financing.loan.annualRate') return t('sens.input.loanRate');
  const [head, id = '', field, resourceId = ''] = path.split('.');
  if (head === 'resources' && (field === 'price' || field === 'escalation'))
    return t(`sens.input.${field}`, { name: nameOf('resources', id) });
  if (head === 'measures' && field === 'capex') return t('sens.input.capex', { name: nameOf('measures', id) });
  if (head === 'measures' && field === 'annualOpexChange')
    return t('sens.input.opex', { name: nameOf('measures', id) });
  if (head === 'measures' && field === 'savings')
    return t('sens.input.savings', { name: nameOf('measures', id), resource: nameOf('resources', resourceId) });
  return path;
}

/** Every input of one scenario, by a key that means the same thing in every scenario. */
export function flatten(file: Json, language: UiLanguage, locale: string): Map<string, Cell> {
  const t = (key: string, params?: Record<string, string>) => lookup(language, key, params) ?? key;
  const out = new Map<string, Cell>();
  // Savings are keyed by resource id in the file: shown by the resource's name.
  const resourceName = (id: string) => nameIn(asList(file.resources), id);
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
            put(
              `${list}.${String(row.id)}.savings.${res}`,
              `${head} › ${t('field.savings', { resource: resourceName(res) })}`,
              q,
              [list, i, 'savings', res],
            );
        } else put(`${list}.${String(row.id)}.${field}`, `${head} › ${t(`field.${field}`)}`, value, [list, i, field]);
      }
    });
  }
  const financing = (file.financing ?? {}) as Json;
  for (const part of ['loan', 'guarantee', 'rebate'] as const) {
    const section = (financing[part] ?? {}) as Json;
    for (const [field, raw] of Object.entries(section)) {
      // A rebate on a resource's use names the resource, not its id.
      const value = field === 'indicator' && typeof raw === 'string' && raw !== 'co2e' ? resourceName(raw) : raw;
      put(`financing.${part}.${field}`, `${t(`section.${part}`)} › ${t(`field.${field}`)}`, value, [
        'financing',
        part,
        field,
      ]);
    }
    if (part === 'rebate') {
      asList(section.tiers).forEach((tier, i) => {
        put(
          `financing.rebate.tiers.${i}`,
          `${t('section.tiers')} ${i + 1}`,
          `${show(tier.minReduction, ['financing', 'rebate', 'tiers', i, 'minReduction'], locale)} → ` +
            show(tier.rate, ['financing', 'rebate', 'tiers', i, 'rate'], locale),
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
      `${t('appraisal.monteCarlo')} › ${inputText(String(u.input), t, file)}`,
      distributionText(u.distribution, language, locale),
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
