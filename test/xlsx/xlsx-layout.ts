/** Test support: the number formats, column widths and row attributes of an .xlsx file (ours or LibreOffice's). */
import type { StoredBook } from './read-xlsx';

/** The number format code of each cell style (by cellXfs index), from the file's styles part. */
export function formatCodes(book: StoredBook): string[] {
  const xml = book.text('xl/styles.xml');
  const custom = new Map(
    [...xml.matchAll(/<numFmt\b[^>]*numFmtId="(\d+)"[^>]*formatCode="([^"]*)"/g)].map((m) => [Number(m[1]), m[2]]),
  );
  const builtIn: Record<number, string> = { 0: 'General', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 10: '0.00%' };
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
  return [...xfs.matchAll(/<xf\b([^>]*)>/g)].map((m) => {
    const id = Number(/numFmtId="(\d+)"/.exec(m[1] ?? '')?.[1] ?? 0);
    return custom.get(id) ?? builtIn[id] ?? `numFmt ${id}`;
  });
}

/** The XML of a sheet, found through the workbook's relationships. */
export function sheetXml(book: StoredBook, name: string): string {
  const rels = new Map(
    [...book.text('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\b[^>]*>/g)].map((m) => [
      /Id="([^"]*)"/.exec(m[0])![1],
      /Target="([^"]*)"/.exec(m[0])![1],
    ]),
  );
  const sheet = [...book.text('xl/workbook.xml').matchAll(/<sheet\b[^>]*>/g)].find((m) =>
    m[0].includes(`name="${name}"`),
  );
  const target = rels.get(/r:id="([^"]*)"/.exec(sheet?.[0] ?? '')?.[1] ?? '') ?? '';
  return book.text(target.startsWith('/') ? target.slice(1) : `xl/${target}`);
}

/** Column widths by 1-based column (a <col> spanning several columns gives each its width). */
export function columnWidths(xml: string): Map<number, number> {
  const out = new Map<number, number>();
  for (const m of xml.matchAll(/<col\b([^>]*)>/g)) {
    const min = Number(/min="(\d+)"/.exec(m[1] ?? '')?.[1]);
    const max = Number(/max="(\d+)"/.exec(m[1] ?? '')?.[1]);
    const width = Number(/width="([\d.]+)"/.exec(m[1] ?? '')?.[1]);
    for (let c = min; c <= Math.min(max, min + 200); c++) out.set(c, width);
  }
  return out;
}

/** The 1-based column of an A1 reference. */
export const columnOf = (ref: string) =>
  [...ref.replace(/\d+$/, '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** An amount as a reader's spreadsheet shows it: grouping and `digits` decimals (en-US marks, same length in es-CO). */
export const shownAmount = (v: number, digits: number) =>
  new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(v);

/** Decimals of an amount format code, null for other formats. */
export function amountDigits(code: string | undefined): number | null {
  const m = /^#,##0(?:\.(0+))?$/.exec(code ?? '');
  return m ? (m[1]?.length ?? 0) : null;
}
