/**
 * The Verification tab's data, without Svelte: which resource columns the record grids show,
 * the grids' rows from the draft, pasted blocks and CSV files read into typed cells (a header row
 * recognised and skipped, columns matched to resources by header), and the series of the charts.
 */
import { parseNumberInput } from '../../i18n/numbers';
import type { PathSegment } from '../../model/issues';
import type { VerificationResults } from '../../model/results';
import { textOf, type CellText, type FileJson } from '../../state/draft';
import type { CellEdit, GridRow } from '../grid/types';
import { fieldText, type CellContext } from '../editor/cells';

export type ListName = 'baseline' | 'reporting';
export const LISTS: readonly ListName[] = ['baseline', 'reporting'];

export interface ResourceInfo {
  id: string;
  name: string;
  unit: string;
}

export function resourcesOf(file: FileJson): ResourceInfo[] {
  const list = Array.isArray(file.resources) ? (file.resources as FileJson[]) : [];
  return list.map((r) => ({
    id: textOf(r.id),
    name: typeof r.name === 'string' && r.name ? r.name : textOf(r.id),
    unit: typeof r.unit === 'string' ? r.unit : '',
  }));
}

export function verificationOf(file: FileJson): FileJson | null {
  const v = file.verification;
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as FileJson) : null;
}

export function recordsOf(file: FileJson, list: ListName): FileJson[] {
  const records = verificationOf(file)?.[list];
  return Array.isArray(records) ? (records as FileJson[]) : [];
}

/** Resource ids used in any record, plus `extra`, in the scenario's resource order (unknown ids last). */
export function columnIds(file: FileJson, extra: readonly string[] = []): string[] {
  const seen = new Set<string>(extra);
  for (const list of LISTS) {
    for (const r of recordsOf(file, list)) {
      const use = r.use;
      if (use && typeof use === 'object') for (const id of Object.keys(use)) seen.add(id);
    }
  }
  const order = resourcesOf(file).map((r) => r.id);
  return [...order.filter((id) => seen.has(id)), ...[...seen].filter((id) => !order.includes(id))];
}

/** The field of grid column `col`: period, production, then one use column per id. */
export function fieldOf(ids: readonly string[], col: number): PathSegment[] | null {
  if (col === 0) return ['period'];
  if (col === 1) return ['production'];
  const id = ids[col - 2];
  return id === undefined ? null : ['use', id];
}

export function gridRows(ctx: CellContext, list: ListName, ids: readonly string[]): GridRow[] {
  const records = recordsOf(ctx.draft.file, list);
  return records.map((_, i) => ({
    id: `${list}-${i}`,
    cells: [0, 1, ...ids.map((__, k) => k + 2)].map((col) => {
      const text = fieldText(ctx, ['verification', list, i, ...(fieldOf(ids, col) ?? [])]);
      return { display: text.display, raw: text.raw, error: text.error };
    }),
  }));
}

/** A row of text whose number columns hold words, not numbers: a header copied with the data. */
export function isHeaderRow(cells: readonly string[], locale: string): boolean {
  const numbers = cells.slice(1).filter((c) => c.trim() !== '');
  return numbers.length > 0 && numbers.every((c) => /\p{L}/u.test(c) && !parseNumberInput(c, locale).ok);
}

/**
 * A grid edit as typed cells. A pasted block (several rows) whose first row is a header loses
 * that row, and the rest moves up into its place.
 */
export function editsToTexts(
  list: ListName,
  ids: readonly string[],
  edits: readonly CellEdit[],
  locale: string,
): CellText[] {
  let use = edits;
  const top = Math.min(...edits.map((e) => e.row));
  const first = edits.filter((e) => e.row === top).sort((a, b) => a.col - b.col);
  const multiRow = edits.some((e) => e.row !== top);
  if (multiRow && first.length > 1) {
    const cells: string[] = [];
    for (const e of first) cells[e.col] = e.value;
    if (
      isHeaderRow(
        Array.from(cells, (c) => c ?? ''),
        locale,
      )
    )
      use = edits.filter((e) => e.row !== top).map((e) => ({ ...e, row: e.row - 1 }));
  }
  return use.flatMap((e) => {
    const field = fieldOf(ids, e.col);
    return field ? [{ path: ['verification', list, e.row, ...field], text: e.value }] : [];
  });
}

/** Splits CSV or tab-separated text into rows of cells; the separator is the one the first line uses most (tab, `;` or `,`). */
export function parseDelimited(text: string): string[][] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)
    .filter((l) => l.trim() !== '');
  if (lines.length === 0) return [];
  const head = lines[0] ?? '';
  const count = (c: string) => head.split(c).length - 1;
  const sep = ['\t', ';', ','].reduce((best, c) => (count(c) > count(best) ? c : best), '\t');
  return lines.map((line) => {
    const out: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (ch === '"') quoted = false;
        else cell += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === sep) {
        out.push(cell.trim());
        cell = '';
      } else cell += ch;
    }
    out.push(cell.trim());
    return out;
  });
}

/**
 * A table (from a CSV file) as the typed cells of a list, replacing it: the first column is the
 * period, the second the production, then the use of each resource. With a header, a column
 * whose title names a resource (its id or name) goes to that resource; without, by position.
 */
export function tableToTexts(
  rows: readonly (readonly string[])[],
  list: ListName,
  ids: readonly string[],
  resources: readonly ResourceInfo[],
  locale: string,
): { texts: CellText[]; ids: string[]; records: number } {
  const header = rows[0] && isHeaderRow(rows[0], locale) ? rows[0] : null;
  const body = header ? rows.slice(1) : rows;
  const match = (title: string) => {
    const t = title.trim().toLowerCase();
    return resources.find(
      (r) => r.id.toLowerCase() === t || r.name.toLowerCase() === t || (t !== '' && t.startsWith(r.id.toLowerCase())),
    )?.id;
  };
  const width = Math.max(0, ...body.map((r) => r.length));
  const colIds: (string | undefined)[] = [];
  for (let c = 2; c < width; c++) colIds.push(header ? match(header[c] ?? '') : ids[c - 2]);
  const texts: CellText[] = [];
  body.forEach((r, i) => {
    texts.push(
      { path: ['verification', list, i, 'period'], text: r[0] ?? '' },
      { path: ['verification', list, i, 'production'], text: r[1] ?? '' },
    );
    colIds.forEach((id, k) => id && texts.push({ path: ['verification', list, i, 'use', id], text: r[k + 2] ?? '' }));
  });
  return { texts, ids: colIds.filter((x): x is string => x !== undefined), records: body.length };
}

export interface Point {
  x: number;
  y: number;
  period: string;
  list: ListName;
}

/** Measured points of one resource (records with numbers only). */
export function pointsOf(file: FileJson, id: string): Point[] {
  return LISTS.flatMap((list) =>
    recordsOf(file, list).flatMap((r) => {
      const x = r.production;
      const y = (r.use as Record<string, unknown> | undefined)?.[id];
      return typeof x === 'number' && typeof y === 'number' ? [{ x, y, period: textOf(r.period), list }] : [];
    }),
  );
}

/** What the baseline predicts for a production: the fitted line, or the baseline intensity through the origin. */
export function predictor(v: VerificationResults, id: string): ((x: number) => number) | null {
  const r = v.resources.find((k) => k.id === id);
  if (!r) return null;
  if (r.model) {
    const { intercept, slope } = r.model;
    return (x) => intercept + slope * x;
  }
  const bi = r.baselineIntensity;
  return bi === null ? null : (x) => bi * x;
}

/** Cumulative avoided use over the reporting records, in order (CUSUM). */
export function cusum(
  points: readonly Point[],
  predict: (x: number) => number,
): { period: string; n: number; value: number }[] {
  let total = 0;
  return points
    .filter((p) => p.list === 'reporting')
    .map((p, i) => {
      total += predict(p.x) - p.y;
      return { period: p.period, n: i + 1, value: total };
    });
}

/** The tier a share reaches and the next one up (tiers from the file, plain numbers). */
export function tiersOf(file: FileJson): { minReduction: number; rate: number }[] {
  const rebate = ((file.financing as FileJson | undefined)?.rebate as FileJson | undefined) ?? null;
  const tiers = Array.isArray(rebate?.tiers) ? (rebate.tiers as FileJson[]) : [];
  return tiers.flatMap((t) =>
    typeof t.minReduction === 'number' && typeof t.rate === 'number'
      ? [{ minReduction: t.minReduction, rate: t.rate }]
      : [],
  );
}

/** The lowest tier above `share`, or null when the share already reaches the top one. */
export function nextTier(
  tiers: readonly { minReduction: number; rate: number }[],
  share: number,
): { minReduction: number; rate: number } | null {
  let best: { minReduction: number; rate: number } | null = null;
  for (const t of tiers) if (t.minReduction > share && (best === null || t.minReduction < best.minReduction)) best = t;
  return best;
}
