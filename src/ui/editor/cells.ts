/**
 * How a field's value shows in a cell and in its editor: formatted for the user's locale when
 * shown, the full value when edited, what was typed when it does not read yet, and a formula's
 * computed value beside the formula.
 */
import { formatNumber, formatPercent, formatValueForEdit, MISSING } from '../../i18n/format';
import { toLocalFormula } from '../../i18n/formula-locale';
import { translateMessage } from '../../i18n/translate';
import type { UiLanguage } from '../../i18n/locale';
import { formatPath, type PathSegment } from '../../model/issues';
import { getAt, textOf, typedAt, type Draft } from '../../state/draft';
import { fieldSpec } from '../../model/fields';
import type { ScenarioEditor } from '../../state/scenario-editor.svelte';

export interface CellContext {
  draft: Draft;
  language: UiLanguage;
  numberLocale: string;
  /** Computed values of formula fields, by path. */
  formulaValues: Record<string, number>;
  /** Problems by path, already translated. */
  problems: Map<string, string>;
}

export interface FieldText {
  display: string;
  raw: string;
  error: string | null;
  /** The field holds a formula. */
  formula: boolean;
}

/** Amounts with up to two decimals; small unit prices and factors (0.00038) with their digits. */
function showNumber(v: number, locale: string): string {
  return formatNumber(v, locale, { maximumFractionDigits: Math.abs(v) >= 1 || v === 0 ? 2 : 8 });
}

/** What a field shows and edits; `labelOf` names a choice's value in the user's language. */
export function fieldText(
  ctx: CellContext,
  path: readonly PathSegment[],
  labelOf?: (value: string) => string,
): FieldText {
  const key = formatPath(path);
  const spec = fieldSpec(path);
  const typed = typedAt(ctx.draft, path);
  const error = typed ? translateMessage(ctx.language, typed.hint) : (ctx.problems.get(key) ?? null);
  if (typed) return { display: typed.text, raw: typed.text, error, formula: false };
  const value = getAt(ctx.draft.file, path);
  if (value === undefined || value === null) return { display: '', raw: '', error, formula: false };
  const percent = spec?.kind === 'percent';
  if (typeof value === 'string' && value.startsWith('=') && spec?.formula) {
    const computed = ctx.formulaValues[key];
    const shown =
      computed === undefined
        ? MISSING
        : percent
          ? formatPercent(computed, ctx.numberLocale, { maximumFractionDigits: 2 })
          : showNumber(computed, ctx.numberLocale);
    return {
      display: shown,
      raw: toLocalFormula(value, { language: ctx.language, numberLocale: ctx.numberLocale }),
      error,
      formula: true,
    };
  }
  if (typeof value === 'number') {
    if (percent)
      return {
        display: formatPercent(value, ctx.numberLocale, { maximumFractionDigits: 2 }),
        raw: formatValueForEdit(value, ctx.numberLocale, { percent: true }),
        error,
        formula: false,
      };
    if (spec?.kind === 'int') return { display: String(value), raw: String(value), error, formula: false };
    return {
      display: showNumber(value, ctx.numberLocale),
      raw: formatValueForEdit(value, ctx.numberLocale),
      error,
      formula: false,
    };
  }
  if (typeof value === 'boolean')
    return { display: value ? 'TRUE' : 'FALSE', raw: value ? 'TRUE' : 'FALSE', error, formula: false };
  const text = textOf(value);
  return { display: labelOf ? labelOf(text) : text, raw: text, error, formula: false };
}

/** What every section of the scenario editor is given: the draft's view and the editor that changes it. */
export interface SectionProps {
  ctx: CellContext;
  editor: ScenarioEditor;
}
