/**
 * Test support: reads back what an .xlsx file holds (ours, or one LibreOffice wrote): every
 * sheet's cells with their formula and stored value, the shared strings and defined names.
 * Regular expressions over the XML are enough here: both writers emit plain, regular markup.
 */
import { strFromU8, unzipSync } from 'fflate';
import { at, group } from '../../src/model/checked';

export type StoredValue = number | string | boolean | { error: string } | null;

export interface StoredCell {
  /** The `t` attribute: n (default), s, str, inlineStr, b, e. */
  type: string;
  value: StoredValue;
  formula?: string;
  style: number;
}

export interface StoredBook {
  /** Sheet name -> A1 reference -> cell, sheets in workbook order. */
  sheets: Map<string, Map<string, StoredCell>>;
  names: Map<string, string>;
  parts: Record<string, Uint8Array>;
  text: (part: string) => string;
}

/** An attribute the format requires on this element; a file without it is refused by name. */
function need(a: Record<string, string>, name: string): string {
  const value = a[name];
  if (value === undefined) throw new Error(`an element lacks its ${name} attribute`);
  return value;
}

function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:]+)="([^"]*)"/g)) out[group(m, 1)] = decode(group(m, 2));
  return out;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML entities, then the `_xHHHH_` escapes of cell text. */
export function decode(s: string, cellText = false): string {
  const plain = s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e.startsWith('#')
      ? String.fromCodePoint(e.startsWith('#x') ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : (ENTITIES[e] ?? `&${e};`),
  );
  return cellText
    ? plain.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    : plain;
}

/** The text of an <si> or <is>: its <t> pieces, rich-text runs joined, phonetic runs left out. */
function runText(xml: string): string {
  return [...xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '').matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)]
    .map((m) => decode(group(m, 1), true))
    .join('');
}

export function readXlsx(bytes: Uint8Array): StoredBook {
  const parts = unzipSync(bytes);
  const text = (part: string) => {
    const p = parts[part];
    if (!p) throw new Error(`the file has no ${part}`);
    return strFromU8(p);
  };
  const workbook = text('xl/workbook.xml');
  const targets = new Map<string, string>();
  for (const m of text('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\b[^>]*>/g)) {
    const a = attrs(m[0]);
    const target = need(a, 'Target');
    targets.set(need(a, 'Id'), target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const strings = parts['xl/sharedStrings.xml']
    ? [...text('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => runText(group(m, 1)))
    : [];
  const names = new Map<string, string>();
  for (const m of workbook.matchAll(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g))
    names.set(need(attrs(group(m, 1)), 'name'), decode(group(m, 2)));
  const sheets = new Map<string, Map<string, StoredCell>>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*\/>/g)) {
    const a = attrs(m[0]);
    sheets.set(need(a, 'name'), readSheet(text(targets.get(need(a, 'r:id')) ?? ''), strings));
  }
  return { sheets, names, parts, text };
}

function readSheet(xml: string, strings: string[]): Map<string, StoredCell> {
  const cells = new Map<string, StoredCell>();
  for (const m of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const a = attrs(group(m, 1));
    const inner = m[2] ?? '';
    const type = a.t ?? 'n';
    const f = /<f\b[^>]*?(?:\/>|>([\s\S]*?)<\/f>)/.exec(inner);
    const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
    let value: StoredValue = null;
    if (type === 'inlineStr') value = runText(/<is>([\s\S]*?)<\/is>/.exec(inner)?.[1] ?? '');
    else if (type === 'str') value = v === undefined ? '' : decode(v, true);
    else if (v !== undefined) {
      if (type === 's') value = at(strings, Number(v), 'shared string');
      else if (type === 'b') value = v === '1';
      else if (type === 'e') value = { error: decode(v) };
      else value = Number(v);
    }
    const cell: StoredCell = { type, value, style: Number(a.s ?? 0) };
    if (f) cell.formula = decode(f[1] ?? '');
    cells.set(need(a, 'r'), cell);
  }
  return cells;
}
