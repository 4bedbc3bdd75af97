/**
 * Formulas the way a spreadsheet in the user's language writes them. The scenario file keeps the
 * canonical form (English function names, `,` between arguments, `.` as decimal mark); the user
 * types and reads function names in the UI language (from HyperFormula's language packs) or in
 * English, and the separators of their number locale: where `,` is the decimal mark (es-CO,
 * pt-BR) arguments are separated by `;`, so `=MAX(1,5)` is 1.5 there; where `.` is (es-MX,
 * en-US), by `,`. The separators come from the number locale, never from the text typed.
 */
import enGB from 'hyperformula/i18n/languages/enGB';
import esES from 'hyperformula/i18n/languages/esES';
import ptPT from 'hyperformula/i18n/languages/ptPT';
import type { UiLanguage } from './locale';
import { numberSymbols } from './symbols';

export interface FormulaSyntax {
  language: UiLanguage;
  /** Decimal mark of number literals: ',' or '.'. */
  decimal: ',' | '.';
  /** Between a function's arguments: ';' where ',' is the decimal mark, else ','. */
  argSep: ';' | ',';
}

/** The UI language and the number locale a formula is typed in. */
export interface FormulaLocale {
  language: UiLanguage;
  numberLocale: string;
}

/** The canonical syntax of the file and the engine. */
export const CANONICAL: FormulaSyntax = { language: 'en', decimal: '.', argSep: ',' };

/** HyperFormula's packs: Brazilian and European Portuguese share these names (SOMA, VPL, PGTO). */
const PACKS: Record<Exclude<UiLanguage, 'en'>, Readonly<Record<string, string>>> = {
  es: esES.functions,
  pt: ptPT.functions,
};

interface Names {
  /** Canonical (English) name -> local name. */
  toLocal: Map<string, string>;
  /** Local name, upper case -> canonical name. */
  toCanonical: Map<string, string>;
}

/** HyperFormula's English names: what the file keeps (upper case, as spreadsheets write them). */
const ENGLISH = new Set(Object.keys(enGB.functions));

const namesCache = new Map<UiLanguage, Names>();

function names(language: UiLanguage): Names {
  const hit = namesCache.get(language);
  if (hit) return hit;
  const pack = language === 'en' ? {} : PACKS[language];
  const out: Names = { toLocal: new Map(), toCanonical: new Map() };
  for (const [canonical, local] of Object.entries(pack)) {
    if (local === '') continue; // untranslated in the pack (SWITCH): the English name serves
    out.toLocal.set(canonical, local);
    out.toCanonical.set(local.toLocaleUpperCase('en'), canonical);
  }
  namesCache.set(language, out);
  return out;
}

/** The syntax of a UI language and number locale. */
export function formulaSyntax(locale: FormulaLocale): FormulaSyntax {
  const decimal = numberSymbols(locale.numberLocale).decimal === ',' ? ',' : '.';
  return { language: locale.language, decimal, argSep: decimal === ',' ? ';' : ',' };
}

/** The function names of a language: canonical name -> the name in that language (same for English). */
export function localFunctionNames(language: UiLanguage): ReadonlyMap<string, string> {
  return names(language).toLocal;
}

type Token = { kind: 'string' | 'number' | 'name' | 'function' | 'other'; text: string };

const IDENT = /[A-Za-z_\u00c0-\u024f\\][A-Za-z0-9_.\u00c0-\u024f]*/y;
const STRING = /"(?:[^"]|"")*"?/y;

// `.5` reads as a number only with a decimal point: `hours,5` where `,` is the decimal mark is a
// misplaced argument separator, not hours and 0.5.
const NUMBER_POINT = /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const NUMBER_COMMA = /\d+(?:,\d*)?(?:[eE][+-]?\d+)?/y;

/** Splits a formula into strings, numbers, names, function names (a name before `(`) and the rest. */
function tokenize(text: string, decimal: string): Token[] {
  const NUMBER = decimal === '.' ? NUMBER_POINT : NUMBER_COMMA;
  const out: Token[] = [];
  let i = 0;
  const match = (re: RegExp): string | null => {
    re.lastIndex = i;
    const m = re.exec(text);
    return m ? m[0] : null;
  };
  while (i < text.length) {
    const ch = text[i] ?? '';
    const ident = ch === '"' ? null : match(IDENT);
    const num = ch === '"' || ident ? null : match(NUMBER);
    let tok: Token;
    if (ch === '"') tok = { kind: 'string', text: match(STRING) ?? ch };
    else if (ident) tok = { kind: /^\s*\(/.test(text.slice(i + ident.length)) ? 'function' : 'name', text: ident };
    else if (num) tok = { kind: 'number', text: num };
    else tok = { kind: 'other', text: ch };
    out.push(tok);
    i += tok.text.length;
  }
  return out;
}

export type LocalizeFailure = { ok: false; reason: 'decimal-point' | 'stray-comma'; at: string };
export type Localized = { ok: true; formula: string } | LocalizeFailure;

/**
 * A formula typed in `from` syntax, written in `to` syntax. Function names: the `from` language's
 * or English, out in the `to` language's (English when `to` is canonical). Fails, rather than
 * guessing, on a `.` decimal typed where `,` is the mark, or a `,` that is no decimal mark where
 * `;` separates arguments.
 */
export function translateFormula(text: string, from: FormulaSyntax, to: FormulaSyntax): Localized {
  const read = names(from.language);
  const write = names(to.language);
  let out = '';
  for (const tok of tokenize(text, from.decimal)) {
    switch (tok.kind) {
      case 'number':
        out += to.decimal === from.decimal ? tok.text : tok.text.replace(from.decimal, to.decimal);
        break;
      case 'function': {
        const upper = tok.text.toLocaleUpperCase('en');
        const canonical = read.toCanonical.get(upper) ?? upper;
        out +=
          write.toLocal.get(canonical) ?? (read.toCanonical.has(upper) || ENGLISH.has(upper) ? canonical : tok.text);
        break;
      }
      case 'other':
        if (tok.text === from.argSep) out += to.argSep;
        else if (from.decimal === ',' && tok.text === ',') return { ok: false, reason: 'stray-comma', at: tok.text };
        else if (from.decimal === ',' && tok.text === '.' && /\d$/.test(out))
          return { ok: false, reason: 'decimal-point', at: tok.text };
        else out += tok.text;
        break;
      default:
        out += tok.text;
    }
  }
  return { ok: true, formula: out };
}

/** A formula as the user types it -> the file's canonical form. */
export function toCanonicalFormula(text: string, locale: FormulaLocale): Localized {
  return translateFormula(text, formulaSyntax(locale), CANONICAL);
}

/** The file's canonical formula as the user reads it (canonical text cannot fail to translate). */
export function toLocalFormula(formula: string, locale: FormulaLocale): string {
  const out = translateFormula(formula, CANONICAL, formulaSyntax(locale));
  return out.ok ? out.formula : formula;
}

/** An example formula in the user's form, for the hint beside formula fields. */
export function formulaExample(locale: FormulaLocale): string {
  return toLocalFormula('=MAX(hours*kw_1*0.2, 1500.5)', locale);
}
