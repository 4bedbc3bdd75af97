/**
 * Tab-separated text as Excel, LibreOffice and Google Sheets put it on the clipboard: cells
 * split by tabs, rows by CRLF or LF, and a cell holding a tab, a line break or a quote wrapped
 * in quotes with inner quotes doubled. Excel ends the block with one line break.
 */

/** Rows of cells; rows may differ in length. Empty text is no rows; a lone line break is one empty cell. */
export function parseTsv(text: string): string[][] {
  if (text === '') return [];
  // The one trailing line break ends the last row; it does not start a new one.
  const end = text.length - (/\r\n$/.test(text) ? 2 : /[\r\n]$/.test(text) ? 1 : 0);
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  for (;;) {
    const quoted = text[i] === '"' ? readQuoted(text, i, end) : null;
    let cell: string;
    if (quoted) {
      cell = quoted.cell;
      i = quoted.next;
    } else {
      // A quote that does not wrap the whole cell is an ordinary character.
      let j = i;
      while (j < end && text[j] !== '\t' && text[j] !== '\n' && text[j] !== '\r') j++;
      cell = text.slice(i, j);
      i = j;
    }
    row.push(cell);
    if (i >= end) break;
    if (text[i] === '\t') {
      i++;
      continue;
    }
    rows.push(row);
    row = [];
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
  }
  rows.push(row);
  return rows;
}

/** A quoted cell starting at `start`, or null when its closing quote is missing or misplaced. */
function readQuoted(text: string, start: number, end: number): { cell: string; next: number } | null {
  let cell = '';
  let j = start + 1;
  while (j < end) {
    const ch = text[j];
    if (ch !== '"') {
      cell += ch;
      j++;
    } else if (j + 1 < end && text[j + 1] === '"') {
      cell += '"';
      j += 2;
    } else {
      const next = j + 1;
      const after = next < end ? text[next] : undefined;
      return after === undefined || after === '\t' || after === '\n' || after === '\r' ? { cell, next } : null;
    }
  }
  return null;
}

function quote(cell: string): string {
  return /[\t\n\r"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** The clipboard text for a block of cells, ending with a line break like Excel's. */
export function serializeTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(quote).join('\t') + '\n').join('');
}
