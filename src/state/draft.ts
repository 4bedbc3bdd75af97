/**
 * The scenario as the user edits it: the file (what validates is evaluated) and, beside it, the
 * cells whose typed text cannot be stored in the file yet (`1,5` in es-CO, `abc` in a number
 * cell). Nothing typed is lost, and nothing unreadable reaches the model. Every operation is pure:
 * it returns a new draft, which makes undo a list of drafts.
 */
import { formulaExample, toCanonicalFormula, type FormulaLocale } from '../i18n/formula-locale';
import { languageOf } from '../i18n/locale';
import { isFormula, parseNumberInput } from '../i18n/numbers';
import type { Message } from '../i18n/messages/types';
import { formatPath, type PathSegment } from '../model/issues';
import { fieldSpec } from '../model/fields';
import { getAt, type FileJson } from '../model/file-json';
import { at } from '../model/checked';

// The file's JSON and the read at a path live in the model (credit terms and presets read them too).
export { getAt, type FileJson } from '../model/file-json';

export interface TypedCell {
  path: PathSegment[];
  text: string;
  /** Why the text is not in the file, as a translatable message. */
  hint: Message;
}

export interface Draft {
  file: FileJson;
  typed: TypedCell[];
}

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Sets (or with `undefined`, removes) the value at `path` in place, creating objects on the way. */
export function setAt(root: FileJson, path: readonly PathSegment[], value: unknown): void {
  const last = path.at(-1);
  if (last === undefined) return; // the empty path names the root, which is not replaced
  let v: Record<string | number, unknown> = root;
  for (const [i, seg] of path.slice(0, -1).entries()) {
    let next = v[seg];
    if (next === null || typeof next !== 'object') {
      next = typeof path[i + 1] === 'number' ? [] : {};
      v[seg] = next;
    }
    v = next as Record<string | number, unknown>;
  }
  if (value === undefined) {
    if (Array.isArray(v) && typeof last === 'number') v[last] = undefined;
    else delete v[last];
  } else v[last] = value;
}

/** The number locale typed text is read in, or it with the UI language (function names in formulas). */
export type ReadLocale = string | FormulaLocale;

function formulaLocale(locale: ReadLocale): FormulaLocale {
  return typeof locale === 'string' ? { numberLocale: locale, language: languageOf(locale) } : locale;
}

/** A formula as typed -> the file's canonical form, or why it cannot be read in the user's syntax. */
function readFormula(text: string, locale: ReadLocale): { value: unknown } | { hint: Message } {
  const fl = formulaLocale(locale);
  const out = toCanonicalFormula(text, fl);
  if (out.ok) return { value: out.formula };
  const example = formulaExample(fl);
  return {
    hint:
      out.reason === 'decimal-point'
        ? { key: 'formula.decimalPoint', params: { example } }
        : { key: 'formula.strayComma', params: { example } },
  };
}

/** What a typed text means for the field at `path`: a value for the file, removal, or a typed cell. */
export function readText(
  path: readonly PathSegment[],
  text: string,
  locale: ReadLocale,
): { value: unknown } | { hint: Message } {
  const numberLocale = typeof locale === 'string' ? locale : locale.numberLocale;
  const spec = fieldSpec(path);
  const trimmed = text.trim();
  if (!spec) return { value: text };
  if (trimmed === '') return spec.optional ? { value: undefined } : { hint: { key: 'edit.required' } };
  switch (spec.kind) {
    case 'text':
    case 'choice':
      return { value: trimmed };
    case 'bool':
      return /^(true|1|verdadero|sí|si|sim)$/i.test(trimmed)
        ? { value: true }
        : /^(false|0|falso|no|não)$/i.test(trimmed)
          ? { value: false }
          : { hint: { key: 'edit.notBoolean' } };
    case 'int': {
      const n = parseNumberInput(trimmed, numberLocale);
      if (!n.ok) return { hint: n.hint };
      return Number.isInteger(n.value) && n.value >= 0 ? { value: n.value } : { hint: { key: 'edit.notWholeNumber' } };
    }
    default: {
      if (isFormula(trimmed))
        return spec.formula ? readFormula(trimmed, locale) : { hint: { key: 'edit.noFormulaHere' } };
      const n = parseNumberInput(trimmed, numberLocale, { percent: spec.kind === 'percent' });
      return n.ok ? { value: n.value } : { hint: n.hint };
    }
  }
}

const samePath = (a: readonly PathSegment[], b: readonly PathSegment[]) => formatPath(a) === formatPath(b);

function withoutTyped(typed: TypedCell[], path: readonly PathSegment[]): TypedCell[] {
  return typed.filter((t) => !samePath(t.path, path));
}

/** Follows a renamed resource or measure id wherever the file refers to it. */
function renameReferences(file: FileJson, kind: 'resources' | 'measures', from: string, to: string): void {
  if (kind === 'resources') {
    for (const m of (file.measures as FileJson[] | undefined) ?? []) {
      const savings = m.savings as Record<string, unknown> | undefined;
      if (savings && Object.hasOwn(savings, from) && !Object.hasOwn(savings, to)) {
        m.savings = Object.fromEntries(Object.entries(savings).map(([k, v]) => [k === from ? to : k, v]));
      }
    }
    const rebate = getAt(file, ['financing', 'rebate']) as FileJson | undefined;
    if (rebate?.indicator === from) rebate.indicator = to;
  }
  for (const u of (file.uncertainty as FileJson[] | undefined) ?? []) {
    const parts = String(u.input).split('.');
    if (parts[0] === kind && parts[1] === from) u.input = [kind, to, ...parts.slice(2)].join('.');
    if (kind === 'resources' && parts[0] === 'measures' && parts[2] === 'savings' && parts[3] === from)
      u.input = [...parts.slice(0, 3), to].join('.');
  }
}

export interface CellText {
  path: PathSegment[];
  text: string;
}

/** Applies typed texts (one user action) to a draft. */
export function applyTexts(draft: Draft, edits: readonly CellText[], locale: ReadLocale): Draft {
  const file = structuredClone(draft.file);
  let typed = draft.typed;
  for (const { path, text } of edits) {
    typed = withoutTyped(typed, path);
    const read = readText(path, text, locale);
    if ('hint' in read) {
      typed = [...typed, { path: [...path], text, hint: read.hint }];
      continue;
    }
    const last = path[path.length - 1];
    const owner = path[0];
    if (last === 'id' && (owner === 'resources' || owner === 'measures') && path.length === 3) {
      const before = getAt(file, path);
      if (typeof before === 'string' && typeof read.value === 'string' && before !== read.value)
        renameReferences(file, owner, before, read.value);
    }
    setAt(file, path, read.value);
  }
  return { file, typed };
}

/** The text a cell shows for editing: what was typed if it is pending, else the file's value. */
export function typedAt(draft: Draft, path: readonly PathSegment[]): TypedCell | undefined {
  return draft.typed.find((t) => samePath(t.path, path));
}

export type ListKey = 'resources' | 'measures' | 'variables';

function listOf(file: FileJson, key: ListKey): FileJson[] {
  const list = file[key];
  return Array.isArray(list) ? (list as FileJson[]) : [];
}

/** Moves typed cells of a list along with their rows: `map` gives a row's new index, or null when deleted. */
function remapTyped(typed: TypedCell[], key: ListKey, map: (i: number) => number | null): TypedCell[] {
  return typed.flatMap((t) => {
    if (t.path[0] !== key || typeof t.path[1] !== 'number') return [t];
    const to = map(t.path[1]);
    return to === null ? [] : [{ ...t, path: [key, to, ...t.path.slice(2)] }];
  });
}

/** A fresh id like `measure_4` that no row of the list uses yet. */
export function freshId(file: FileJson, key: ListKey, stem: string): string {
  const taken = new Set(listOf(file, key).map((r) => String(key === 'variables' ? r.name : r.id).toLowerCase()));
  for (let n = listOf(file, key).length + 1; ; n++) if (!taken.has(`${stem}_${n}`)) return `${stem}_${n}`;
}

/** Inserts `rows` at `at` in a list. */
export function insertRows(draft: Draft, key: ListKey, at: number, rows: FileJson[]): Draft {
  const file = structuredClone(draft.file);
  const list = listOf(file, key);
  list.splice(at, 0, ...rows);
  file[key] = list;
  return { file, typed: remapTyped(draft.typed, key, (i) => (i >= at ? i + rows.length : i)) };
}

/** Deletes rows of a list; deleting a resource also removes its savings and its place as rebate indicator. */
export function deleteRows(draft: Draft, key: ListKey, rows: readonly number[]): Draft {
  const file = structuredClone(draft.file);
  const gone = new Set(rows);
  const list = listOf(file, key);
  const removedIds = list.filter((_, i) => gone.has(i)).map((r) => String(r.id));
  file[key] = list.filter((_, i) => !gone.has(i));
  if (key === 'resources') {
    for (const m of listOf(file, 'measures')) {
      const savings = m.savings as Record<string, unknown> | undefined;
      if (savings) for (const id of removedIds) delete savings[id];
    }
  }
  const order = list.map((_, i) => i).filter((i) => !gone.has(i));
  const index = new Map(order.map((old, now) => [old, now]));
  return { file, typed: remapTyped(draft.typed, key, (i) => index.get(i) ?? null) };
}

/** Moves one row of a list from `from` to `to`. */
export function moveRow(draft: Draft, key: ListKey, from: number, to: number): Draft {
  const file = structuredClone(draft.file);
  const list = listOf(file, key);
  if (from < 0 || from >= list.length || to < 0 || to >= list.length || from === to) return draft;
  const row = at(list, from, 'row');
  list.splice(from, 1);
  list.splice(to, 0, row);
  file[key] = list;
  const map = (i: number) =>
    i === from ? to : from < to && i > from && i <= to ? i - 1 : from > to && i >= to && i < from ? i + 1 : i;
  return { file, typed: remapTyped(draft.typed, key, map) };
}

/** Sets a measure's `enabled` flag (true is the default, so it is left out of the file). */
export function setEnabled(draft: Draft, row: number, enabled: boolean): Draft {
  const file = structuredClone(draft.file);
  setAt(file, ['measures', row, 'enabled'], enabled ? undefined : false);
  return { file, typed: draft.typed };
}

/** Replaces (or with undefined removes) a whole part of the file, e.g. `financing` from a preset. */
export function setPart(draft: Draft, path: readonly PathSegment[], value: unknown): Draft {
  const file = structuredClone(draft.file);
  setAt(file, path, value === undefined ? undefined : structuredClone(value));
  const key = formatPath(path);
  return { file, typed: draft.typed.filter((t) => !formatPath(t.path).startsWith(key)) };
}

/** Replaces several parts at once (one user action, e.g. a financing preset that also sets credit limits). */
export function setParts(draft: Draft, parts: readonly { path: readonly PathSegment[]; value: unknown }[]): Draft {
  return parts.reduce((d, p) => setPart(d, p.path, p.value), draft);
}

/** A file value as text: strings and numbers as they are, anything else empty. */
export function textOf(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
}
