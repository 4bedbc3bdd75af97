/**
 * A small SpreadsheetML (.xlsx) writer over fflate: cells with values, formulas with their
 * cached results, defined names and a few formats. Written here rather than taken from ExcelJS,
 * which compiles code with `new Function` (its issue 713) and so breaks under the app's
 * Content-Security-Policy. Plain TypeScript: the same code runs in the browser and in Node.
 */
import { FORMULA_LIKE } from './formula-like';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { colName } from './sheet';
import {
  APP_XML,
  cellTextEscape,
  contentTypesXml,
  CORE_XML,
  NS_MAIN,
  NS_REL,
  ROOT_RELS_XML,
  STYLES_XML,
  workbookRelsXml,
  XF,
  XML_HEAD,
  xmlEscape,
} from './xlsx-parts';

export type XlsxError = { error: string };
export type XlsxValue = number | string | boolean | XlsxError | null;
/**
 * Bold; 0.00 %; amounts with thousands and the currency's decimals (money: two, money0: none as
 * for COP, money3: three); 0.00 (years, ratios).
 */
export type XlsxFormat = 'header' | 'percent' | 'money' | 'money0' | 'money3' | 'ratio';

export interface XlsxCell {
  /** The value, or for a formula the result the app computed (the cached value). */
  value: XlsxValue;
  /** A formula in file syntax: no leading `=`, `_xlfn.` before newer functions. */
  formula?: string;
  format?: XlsxFormat;
}

export interface XlsxSheet {
  name: string;
  rows: (XlsxCell | null | undefined)[][];
  /** Column widths in characters, by 0-based column; missing ones keep the default. */
  widths?: (number | undefined)[];
  /** Rows and columns kept in view while scrolling. */
  freeze?: { rows: number; cols: number };
  /** 0-based rows grouped (outline level 1) and collapsed: working rows a reader can open with +. */
  grouped?: ReadonlySet<number>;
}

export interface XlsxBook {
  sheets: XlsxSheet[];
  /** Workbook-level names, `ref` like `Inputs!$B$3`. */
  names: { name: string; ref: string }[];
}

/** Excel's own error values; anything else an engine reports (HyperFormula's #CYCLE!) reads as #VALUE!. */
const EXCEL_ERRORS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A']);

/** Sheet names Excel accepts: 1..31 characters, none of : \ / ? * [ ], not starting or ending with '. */
const SHEET_NAME = /^(?!')[^:\\/?*[\]]{1,31}(?<!')$/;

/** Unique texts in first-use order; cells refer to them by index. */
class SharedStrings {
  private readonly index = new Map<string, number>();
  private uses = 0;

  add(s: string): number {
    this.uses++;
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.index.size;
      this.index.set(s, i);
    }
    return i;
  }

  xml(): string {
    const items = [...this.index.keys()].map((s) => `<si>${textElement(s)}</si>`).join('');
    return `${XML_HEAD}<sst xmlns="${NS_MAIN}" count="${this.uses}" uniqueCount="${this.index.size}">${items}</sst>`;
  }
}

function textElement(s: string): string {
  const keep = /^\s|\s$|[\n\t\r]/.test(s) ? ' xml:space="preserve"' : '';
  return `<t${keep}>${cellTextEscape(s)}</t>`;
}

/** A number as xsd:double, shortest round-trip form (String(n) in JavaScript). */
function numberText(n: number): string {
  return String(n).replace('e', 'E');
}

function styleIndex(format: XlsxFormat | undefined, quoted: boolean): number {
  if (quoted) return format === 'header' ? XF.headerQuoted : XF.quoted;
  return format ? XF[format] : XF.plain;
}

/** The XML of one cell, or '' for an empty one. */
function cellXml(ref: string, cell: XlsxCell, strings: SharedStrings): string {
  const { value, formula } = cell;
  const quoted = formula === undefined && typeof value === 'string' && FORMULA_LIKE.test(value);
  const s = styleIndex(cell.format, quoted);
  const sAttr = s === XF.plain ? '' : ` s="${s}"`;
  const f = formula === undefined ? '' : `<f>${xmlEscape(formula)}</f>`;
  if (value === null) return f || sAttr ? `<c r="${ref}"${sAttr}>${f}</c>` : '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return `<c r="${ref}"${sAttr} t="e">${f}<v>#NUM!</v></c>`;
    return `<c r="${ref}"${sAttr}>${f}<v>${numberText(value)}</v></c>`;
  }
  if (typeof value === 'boolean') return `<c r="${ref}"${sAttr} t="b">${f}<v>${value ? 1 : 0}</v></c>`;
  if (typeof value === 'string') {
    // A formula's text result is written in the cell (t="str"); plain text goes to the shared table.
    if (formula !== undefined) return `<c r="${ref}"${sAttr} t="str">${f}<v>${cellTextEscape(value)}</v></c>`;
    return `<c r="${ref}"${sAttr} t="s"><v>${strings.add(value)}</v></c>`;
  }
  const code = EXCEL_ERRORS.has(value.error) ? value.error : '#VALUE!';
  return `<c r="${ref}"${sAttr} t="e">${f}<v>${xmlEscape(code)}</v></c>`;
}

function paneXml(freeze: XlsxSheet['freeze']): string {
  if (!freeze || (freeze.rows <= 0 && freeze.cols <= 0)) return '';
  const { rows, cols } = freeze;
  const pane = rows > 0 && cols > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
  const split = `${cols > 0 ? ` xSplit="${cols}"` : ''}${rows > 0 ? ` ySplit="${rows}"` : ''}`;
  return `<pane${split} topLeftCell="${colName(cols)}${rows + 1}" activePane="${pane}" state="frozen"/><selection pane="${pane}"/>`;
}

function colsXml(widths: XlsxSheet['widths']): string {
  const cols = (widths ?? [])
    .map((w, i) =>
      w === undefined
        ? ''
        : `<col min="${i + 1}" max="${i + 1}" width="${Math.round(w * 100) / 100}" customWidth="1"/>`,
    )
    .join('');
  return cols ? `<cols>${cols}</cols>` : '';
}

function sheetXml(sheet: XlsxSheet, first: boolean, strings: SharedStrings): string {
  let maxCol = 0;
  const rows: string[] = [];
  sheet.rows.forEach((cells, r) => {
    const xml = cells
      .map((cell, c) => {
        if (!cell) return '';
        const out = cellXml(`${colName(c)}${r + 1}`, cell, strings);
        if (out) maxCol = Math.max(maxCol, c);
        return out;
      })
      .join('');
    const group = sheet.grouped?.has(r) ? ' outlineLevel="1" hidden="1"' : '';
    if (xml) rows.push(`<row r="${r + 1}"${group}>${xml}</row>`);
  });
  const lastRow = Math.max(1, sheet.rows.length);
  const dimension = `A1:${colName(maxCol)}${lastRow}`;
  const view =
    `<sheetViews><sheetView${first ? ' tabSelected="1"' : ''} workbookViewId="0">` +
    `${paneXml(sheet.freeze)}</sheetView></sheetViews>`;
  // Grouped rows sit below what they serve: the +/- button goes above them (summaryBelow="0").
  const grouped = (sheet.grouped?.size ?? 0) > 0;
  const sheetPr = grouped ? '<sheetPr><outlinePr summaryBelow="0"/></sheetPr>' : '';
  const formatPr = `<sheetFormatPr defaultRowHeight="15"${grouped ? ' outlineLevelRow="1"' : ''}/>`;
  return (
    `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">${sheetPr}<dimension ref="${dimension}"/>${view}` +
    `${formatPr}${colsXml(sheet.widths)}<sheetData>${rows.join('')}</sheetData></worksheet>`
  );
}

function workbookXml(book: XlsxBook): string {
  const sheets = book.sheets
    .map((s, i) => `<sheet name="${xmlEscape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('');
  const names = book.names
    .map((n) => `<definedName name="${xmlEscape(n.name)}">${xmlEscape(n.ref)}</definedName>`)
    .join('');
  // fullCalcOnLoad: Excel and LibreOffice recalculate on opening instead of trusting our cached values.
  return (
    `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><workbookPr/>` +
    `<bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheets}</sheets>` +
    `${names ? `<definedNames>${names}</definedNames>` : ''}<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>`
  );
}

// A fixed date in every entry, so the same workbook always gives the same bytes.
const ZIP_DATE = new Date(2000, 0, 1);

/** Writes a whole workbook as the bytes of an .xlsx file. Throws on a sheet name Excel would refuse. */
export function writeXlsx(book: XlsxBook): Uint8Array {
  const seen = new Set<string>();
  for (const s of book.sheets) {
    if (!SHEET_NAME.test(s.name)) throw new Error(`"${s.name}" cannot be a sheet name in Excel`);
    if (seen.has(s.name.toLowerCase())) throw new Error(`two sheets named "${s.name}"`);
    seen.add(s.name.toLowerCase());
  }
  if (book.sheets.length === 0) throw new Error('a workbook needs at least one sheet');
  const strings = new SharedStrings();
  const sheets = book.sheets.map((s, i) => strToU8(sheetXml(s, i === 0, strings)));
  // [Content_Types].xml first: not required by the format, but what every other writer does.
  const files: Zippable = {
    '[Content_Types].xml': strToU8(contentTypesXml(book.sheets.length)),
    '_rels/.rels': strToU8(ROOT_RELS_XML),
    'docProps/core.xml': strToU8(CORE_XML),
    'docProps/app.xml': strToU8(APP_XML),
    'xl/workbook.xml': strToU8(workbookXml(book)),
    'xl/_rels/workbook.xml.rels': strToU8(workbookRelsXml(book.sheets.length)),
    'xl/styles.xml': strToU8(STYLES_XML),
    'xl/sharedStrings.xml': strToU8(strings.xml()),
  };
  sheets.forEach((xml, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = xml));
  return zipSync(files, { level: 6, mtime: ZIP_DATE });
}
