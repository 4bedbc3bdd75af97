/**
 * The workbook's own labels (row and column labels, notes, section headings) in Spanish and
 * Portuguese, for the Excel export and the Workbook tab (issue 16, part 2). The workbook is built
 * with English labels; they are translated where they are shown. Sheet names, defined names and
 * the values formulas read (ids, choices like `annuity`) are never translated: formulas refer to
 * them. Text the user typed (names, units) is not in this table and stays as typed.
 * src/workbook may not import src/i18n (STYLE.md), so this catalogue lives here.
 */
import { group } from '../model/checked';
import TABLE from './label-text.json' with { type: 'json' };

export type LabelLanguage = 'en' | 'es' | 'pt';

// [English, Spanish, Portuguese], in label-text.json: a table of words, not code. Vocabulary follows
// docs/glossary.md and the app's catalogues.
const ROWS: readonly (readonly [string, string, string])[] = TABLE.map((row, i) => {
  const [en, es, pt, ...rest] = row;
  if (en === undefined || es === undefined || pt === undefined || rest.length > 0)
    throw new Error(`label-text.json row ${i} is not [English, Spanish, Portuguese]`);
  return [en, es, pt] as const;
});

const BY_LANGUAGE: Record<'es' | 'pt', ReadonlyMap<string, string>> = {
  es: new Map(ROWS.map(([en, es]) => [en, es])),
  pt: new Map(ROWS.map(([en, , pt]) => [en, pt])),
};

/** Labels that carry an id or a currency code: the part in the middle stays as it is. */
const PATTERNS: readonly { re: RegExp; es: (x: string) => string; pt: (x: string) => string }[] = [
  { re: /^Saved (.+) per year$/, es: (x) => `Ahorro de ${x} por año`, pt: (x) => `Economia de ${x} por ano` },
  { re: /^maximum loan in (.+)$/, es: (x) => `préstamo máximo en ${x}`, pt: (x) => `empréstimo máximo em ${x}` },
];

/** Every English label the table knows (tests check the workbooks' labels against it). */
export const WORKBOOK_LABELS: readonly string[] = ROWS.map(([en]) => en);

/** A workbook label in `language`; text the table does not know (user text, ids, choices) as it is. */
export function labelIn(language: LabelLanguage, text: string): string {
  if (language === 'en') return text;
  const known = BY_LANGUAGE[language].get(text);
  if (known !== undefined) return known;
  for (const p of PATTERNS) {
    const m = p.re.exec(text);
    if (m) return p[language](group(m, 1));
  }
  return text;
}

/** True when `text` is one of the workbook's own labels (translated in `labelIn`). */
export function isWorkbookLabel(text: string): boolean {
  return BY_LANGUAGE.es.has(text) || PATTERNS.some((p) => p.re.test(text));
}
