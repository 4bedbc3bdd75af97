/**
 * The page set-up of a printed document (PrintDialog): margins, and running heads in the page
 * margins (scenario name, title and date at the top, page numbers at the bottom), in Chromium's
 * @page margin boxes. Built at run time because the heads carry the scenario's name.
 */

/** `text` as a CSS string literal: quotes, backslashes and line breaks escaped. */
export function cssString(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters cannot appear raw in a CSS string
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\u0000-\u001f\u007f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

export interface PageHeads {
  /** Top left: the scenario's name. */
  name: string;
  /** Top right: the document's title and date. */
  title: string;
  /** "Page", "of": the bottom line reads "Page 2 of 5". */
  page: string;
  of: string;
}

/** The @page rule of a document; no size, so the printer's paper (A4, Letter) decides. */
export function pageStyle(heads: PageHeads): string {
  const head = 'font-family: system-ui, sans-serif; font-size: 8pt; color: #4d5d4d;';
  const pageOf = `${cssString(`${heads.page} `)} counter(page) ${cssString(` ${heads.of} `)} counter(pages)`;
  return `@page {
  margin: 20mm 14mm 18mm 14mm;
  @top-left { content: ${cssString(heads.name)}; ${head} vertical-align: bottom; padding-bottom: 4mm; }
  @top-right { content: ${cssString(heads.title)}; ${head} vertical-align: bottom; padding-bottom: 4mm; }
  @bottom-right { content: ${pageOf}; ${head} vertical-align: top; padding-top: 4mm; }
}`;
}
