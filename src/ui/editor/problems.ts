/** The model's issues in the user's language, and where they sit in the editor. */
import { formatNumber } from '../../i18n/format';
import { toLocalFormula } from '../../i18n/formula-locale';
import type { UiLanguage } from '../../i18n/locale';
import type { MessageKey } from '../../i18n/messages/types';
import { lookup } from '../../i18n/translate';
import { formatPath, type Issue, type PathSegment } from '../../model/issues';
import { textOf, type FileJson } from '../../state/draft';

/** The message key for an issue: ranges pick their wording by which limits they have. */
function keyOf(issue: Issue): string {
  if (issue.code !== 'out-of-range') return `issue.${issue.code}`;
  const p = issue.params;
  if (p.min !== undefined && p.max !== undefined) return 'issue.out-of-range.between';
  if (p.above !== undefined) return 'issue.out-of-range.above';
  if (p.min !== undefined)
    return issue.message === 'must not be empty' ? 'issue.out-of-range.notEmpty' : 'issue.out-of-range.atLeast';
  if (p.max !== undefined) return 'issue.out-of-range.atMost';
  return 'issue.bad-value';
}

/** The reason of an issue, translated; numbers in the user's format. */
export function issueText(language: UiLanguage, numberLocale: string, issue: Issue): string {
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(issue.params))
    params[k] = typeof v === 'number' ? formatNumber(v, numberLocale, { maximumFractionDigits: 6 }) : v;
  // The file's formula as the user typed it: function names and separators of their language and locale.
  if (typeof params.formula === 'string') params.formula = toLocalFormula(params.formula, { language, numberLocale });
  return lookup(language, keyOf(issue), params) ?? issue.message;
}

/** Problems by field path, for marking cells. */
export function problemsByPath(
  language: UiLanguage,
  numberLocale: string,
  issues: readonly Issue[],
): Map<string, string> {
  const map = new Map<string, string>();
  for (const issue of issues) {
    const key = formatPath(issue.path);
    const text = issueText(language, numberLocale, issue);
    map.set(key, map.has(key) ? `${map.get(key)} ${text}` : text);
  }
  return map;
}

const SECTION: Record<string, MessageKey> = {
  resources: 'section.resources',
  measures: 'section.measures',
  variables: 'section.variables',
  financing: 'section.financing',
  credit: 'section.credit',
  uncertainty: 'appraisal.monteCarlo',
};

/** Where an issue is, for people: "Measures › Insulate steam lines › Investment". */
export function placeOf(language: UiLanguage, file: FileJson, path: readonly PathSegment[]): string {
  const t = (k: string, params?: Record<string, string | number>) => lookup(language, k, params) ?? k;
  const parts: string[] = [];
  const [head, index, ...rest] = path;
  if (typeof head !== 'string') return '';
  if (SECTION[head]) {
    parts.push(t(SECTION[head]));
    if (typeof index === 'number') {
      const row = (file[head] as FileJson[] | undefined)?.[index];
      parts.push(textOf(row?.name) || textOf(row?.id) || t('editor.row', { n: index + 1 }));
    } else if (index !== undefined) {
      // A sub-section (financing › loan) has a name; a field straight under its section (credit › exchangeRate) does not.
      const sub = lookup(language, `section.${String(index)}`);
      if (sub !== undefined) parts.push(sub);
    }
  }
  const last = path[path.length - 1];
  const field = SECTION[head] ? rest.filter((x): x is string => typeof x === 'string') : [head];
  if (field[0] === 'savings' && field[1]) parts.push(t('field.savings', { resource: field[1] }));
  else if (typeof last === 'string' && last !== head) parts.push(t(`field.${last}`));
  else if (!SECTION[head]) parts.push(t(`field.${head}`));
  return parts.join(' › ');
}
