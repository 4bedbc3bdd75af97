/**
 * The columns of the variables, resources and measures grids, each bound to a field of a row
 * (`['capex']`, `['savings', 'coal']`), and the conversion between grid cells and field paths.
 */
import type { MessageKey, ParamName } from '../../i18n/messages/types';
import type { Translate } from '../../i18n/translate';
import type { PathSegment } from '../../model/issues';
import { CATEGORIES, RESOURCE_KINDS } from '../../model/schema';
import type { CellText, FileJson, ListKey } from '../../state/draft';
import type { CellEdit, GridColumn, GridRow } from '../grid/types';
import { fieldText, type CellContext } from './cells';

export interface ListColumn extends GridColumn {
  /** The field within a row. */
  field: PathSegment[];
}

function col(
  key: string,
  label: string,
  kind: GridColumn['kind'],
  field: PathSegment[],
  width: string,
  extra: Partial<GridColumn> = {},
): ListColumn {
  return { key, label, kind, field, width, ...extra };
}

/** A field whose header is the catalogue's `field.<key>` message, one without placeholders. */
type FieldKey = {
  [K in MessageKey]: K extends `field.${infer F}` ? ([ParamName<K>] extends [never] ? F : never) : never;
}[MessageKey];

/** A column bound to the row's field of its own key, headed by that field's name (`field.<key>`). */
type OwnColumn = (key: FieldKey, kind: GridColumn['kind'], width: string, extra?: Partial<GridColumn>) => ListColumn;

function ownColumn(t: Translate): OwnColumn {
  return (key, kind, width, extra = {}) => col(key, t(`field.${key}`), kind, [key], width, extra);
}

/** A resource's or a measure's columns: its id and name first (the name stays in view), its own, the notes last. */
function namedRow(column: OwnColumn, own: readonly ListColumn[]): ListColumn[] {
  return [
    column('id', 'text', '8rem'),
    column('name', 'text', '14rem', { frozen: true }),
    ...own,
    column('notes', 'text', '16rem'),
  ];
}

export function variableColumns(t: Translate): ListColumn[] {
  const column = ownColumn(t);
  return [column('name', 'text', '12rem', { frozen: true }), column('value', 'number', '14rem')];
}

export function resourceColumns(t: Translate): ListColumn[] {
  const column = ownColumn(t);
  const kinds = RESOURCE_KINDS.map((k) => ({ value: k, label: t(`cp.resourceKind.${k}`) }));
  return namedRow(column, [
    column('kind', 'select', '8rem', { options: kinds }),
    column('unit', 'text', '5rem'),
    column('price', 'number', '8rem'),
    column('escalation', 'percent', '7rem'),
    column('emissionFactor', 'number', '7rem'),
    column('baselineQuantity', 'number', '9rem'),
  ]);
}

/** A header with its unit, when there is one: "Saved per year: Grid electricity (kWh)". */
export function withUnit(label: string, unit: string | undefined): string {
  const u = unit?.trim();
  return u ? `${label} (${u})` : label;
}

/** One savings column per resource, in the resources' order, each with the resource's unit. */
export function measureColumns(
  t: Translate,
  resources: readonly { id: string; name?: string; unit?: string }[],
): ListColumn[] {
  const column = ownColumn(t);
  const categories = CATEGORIES.map((c) => ({ value: c, label: t(`cp.category.${c}`) }));
  return [
    column('enabled', 'checkbox', '5rem'),
    ...namedRow(column, [
      column('category', 'select', '12rem', { options: categories }),
      column('capex', 'number', '8rem'),
      column('startYear', 'number', '5rem'),
      column('lifetimeYears', 'number', '5rem'),
      ...resources.map((r) =>
        col(
          `savings.${r.id}`,
          withUnit(t('field.savings', { resource: r.name || r.id }), r.unit),
          'number',
          ['savings', r.id],
          '10rem',
        ),
      ),
      column('annualOpexChange', 'number', '8rem'),
      column('otherAnnualBenefit', 'number', '8rem'),
    ]),
  ];
}

/** The grid rows of a list: each cell's display, raw text and problem. */
export function listRows(ctx: CellContext, key: ListKey, columns: readonly ListColumn[]): GridRow[] {
  const list = (ctx.draft.file[key] as FileJson[] | undefined) ?? [];
  return list.map((row, i) => ({
    id: `${key}-${i}`,
    enabled: key === 'measures' ? row.enabled !== false : undefined,
    cells: columns.map((c) => {
      if (c.kind === 'checkbox') {
        const on = row.enabled !== false;
        return { display: on ? 'TRUE' : 'FALSE', raw: on ? 'TRUE' : 'FALSE', error: null };
      }
      const labelOf = c.options ? (v: string) => c.options?.find((o) => o.value === v)?.label ?? v : undefined;
      const text = fieldText(ctx, [key, i, ...c.field], labelOf);
      return { display: text.formula ? `${text.display}` : text.display, raw: text.raw, error: text.error };
    }),
  }));
}

/** Grid edits as typed texts on field paths; also how many rows must be appended first (a paste below the end). */
export function editsToTexts(
  key: ListKey,
  columns: readonly ListColumn[],
  edits: readonly CellEdit[],
  rowCount: number,
): { append: number; texts: CellText[] } {
  const append = Math.max(0, ...edits.map((e) => e.row + 1 - rowCount));
  const texts = edits.flatMap((e) => {
    const c = columns[e.col];
    return c ? [{ path: [key, e.row, ...c.field], text: e.value }] : [];
  });
  return { append, texts };
}

/** The unit a new resource of each kind gets; 'other' has none. */
export const DEFAULT_UNITS: Record<string, string> = { energy: 'kWh', water: 'm3', material: 'kg', waste: 't' };

/**
 * A resource's kind changed and its unit was the old kind's default: the unit follows to the new
 * kind's default (a unit the user typed stays). Returns the extra texts to type with the edit.
 */
export function unitsFollowingKind(resources: readonly FileJson[], texts: readonly CellText[]): CellText[] {
  const typed = new Set(texts.filter((x) => x.path[0] === 'resources' && x.path[2] === 'unit').map((x) => x.path[1]));
  return texts.flatMap((x) => {
    const [list, i, field] = x.path;
    if (list !== 'resources' || typeof i !== 'number' || field !== 'kind' || x.path.length !== 3 || typed.has(i))
      return [];
    const row = resources[i];
    const next = DEFAULT_UNITS[x.text];
    if (!row || next === undefined || row.kind === x.text) return [];
    const unit = typeof row.unit === 'string' ? row.unit.trim() : '';
    const wasDefault = unit === '' || unit === DEFAULT_UNITS[String(row.kind)];
    return wasDefault && unit !== next ? [{ path: ['resources', i, 'unit'], text: next }] : [];
  });
}

/**
 * `next` with every row equal to the previous one of the same index replaced by that one (the
 * previous array itself when nothing changed): an edit then re-renders only the rows it touched.
 */
export function reuseRows(previous: readonly GridRow[], next: GridRow[]): GridRow[] {
  let same = previous.length === next.length;
  const rows = next.map((row, i) => {
    const old = previous[i];
    const equal =
      old !== undefined &&
      old.id === row.id &&
      old.enabled === row.enabled &&
      old.cells.length === row.cells.length &&
      old.cells.every((c, j) => {
        const cell = row.cells[j];
        return (
          cell !== undefined &&
          c.display === cell.display &&
          c.raw === cell.raw &&
          (c.error ?? null) === (cell.error ?? null)
        );
      });
    if (!equal) same = false;
    return equal ? old : row;
  });
  return same ? (previous as GridRow[]) : rows;
}

/** A function that passes each new list of rows through reuseRows against the one it returned last. */
export function rowKeeper(): (next: GridRow[]) => GridRow[] {
  const last: { rows: GridRow[] } = { rows: [] };
  return (next) => (last.rows = reuseRows(last.rows, next));
}
