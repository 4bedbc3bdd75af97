/**
 * Reading numbers the way users type them in their own locale. Separators come from Intl, a
 * group separator only counts between groups of exactly three digits, and anything that would
 * be read differently under the other convention (`1.5` in es-CO, `1,5` in en-US) is refused
 * with a hint rather than guessed: a silently wrong discount rate is worse than a question.
 */
import { decimalToNumber, makeDecimal, shiftDecimal, type Decimal } from './decimal';
import type { Message } from './messages/types';
import { numberSymbols, type NumberSymbols } from './symbols';

export type ParseFailure = 'empty' | 'ambiguous' | 'invalid';

export type ParseResult = { ok: true; value: number } | { ok: false; reason: ParseFailure; hint: Message };

export interface ParseOptions {
  /** A percent field: `12 %` and `12` both mean 0.12, `0,12` means 0.12 (Excel's automatic percent entry). */
  percent?: boolean;
}

/** A cell text that is a formula. Formulas use `.` decimals and `,` between arguments in every locale. */
export function isFormula(text: string): boolean {
  return text.trimStart().startsWith('=');
}

const SPACES = /[\s\u00a0\u202f\u2009]+/gu;
const CURRENCY = String.raw`(?:[A-Z]{1,3}\$|\$|[A-Z]{3}|S\/\.?|Bs\.?|[€£¥₲₡₱₹])`;
const SHAPE = new RegExp(
  String.raw`^([-+])?\s*(${CURRENCY})?\s*([-+])?\s*([\d.,' ]+?)` +
    String.raw`(?:[eE]([-+]?\d{1,6}))?\s*(?:(${CURRENCY})|(%))?$`,
  'u',
);

interface Core {
  int: string;
  frac: string;
}

/** Reads digits with one decimal mark and optional three-digit groups; null when malformed. */
function readCore(text: string, decimal: string, group: string): Core | null {
  const at = text.indexOf(decimal);
  if (at >= 0 && text.includes(decimal, at + 1)) return null;
  const intText = at < 0 ? text : text.slice(0, at);
  const frac = at < 0 ? '' : text.slice(at + 1);
  if (!/^\d*$/.test(frac) || intText + frac === '') return null;
  if (/^\d*$/.test(intText)) return { int: intText, frac };
  const seps = new Set(intText.replace(/\d/g, ''));
  const [sep] = seps;
  if (seps.size !== 1 || (sep !== group && sep !== ' ')) return null;
  const [head = '', ...rest] = intText.split(sep);
  // "0.150" is not a grouped number, so the first group may not start with 0.
  if (!/^[1-9]\d{0,2}$/.test(head) || !rest.every((g) => /^\d{3}$/.test(g))) return null;
  return { int: head + rest.join(''), frac };
}

/** The other common convention: comma decimals if the locale uses a point, and vice versa. */
function otherConvention(s: NumberSymbols): { decimal: string; group: string } {
  return s.decimal === ',' ? { decimal: '.', group: ',' } : { decimal: ',', group: '.' };
}

function grouped(int: string, group: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
}

/** How `core` is written in the locale, for hints. */
function writeLike(s: NumberSymbols, negative: boolean, core: Core, exp: string, percent: boolean): string {
  const int = grouped(core.int.replace(/^0+(?=\d)/, '') || '0', s.group);
  const frac = core.frac === '' ? '' : s.decimal + core.frac;
  return `${negative ? '-' : ''}${int}${frac}${exp ? `E${exp}` : ''}${percent ? `${s.percentGap}%` : ''}`;
}

function invalid(s: NumberSymbols, percent: boolean): ParseResult {
  const hint: Message = percent
    ? {
        key: 'number.invalidPercent',
        params: { example: `12${s.decimal}5${s.percentGap}%`, fraction: `0${s.decimal}125` },
      }
    : { key: 'number.invalid', params: { example: `${grouped('1234', s.group)}${s.decimal}56` } };
  return { ok: false, reason: 'invalid', hint };
}

/**
 * Parses what a user typed into a number cell, in the separators of `locale`.
 * Empty text is reason 'empty', never 0. Formulas (`=…`) are the caller's business: check
 * isFormula() first; given one, this returns 'invalid' with the 'number.formula' hint.
 * Accepts a leading `-`/`+`, accounting parentheses `(1.234)`, a currency symbol or ISO code
 * before or after, spaces as group separators, an exponent (`1,5E3`) and a trailing `%`
 * (which divides by 100 in any field).
 */
export function parseNumberInput(text: string, locale: string, opts: ParseOptions = {}): ParseResult {
  const s = numberSymbols(locale);
  const percentField = opts.percent === true;
  let t = text
    .replace(SPACES, ' ')
    .replace(/\u2019/g, "'")
    .replace(/\u2212/g, '-')
    .trim();
  if (t === '') {
    const hint: Message = percentField
      ? { key: 'number.emptyPercent', params: { example: `12${s.percentGap}%` } }
      : { key: 'number.empty' };
    return { ok: false, reason: 'empty', hint };
  }
  if (t.startsWith('=')) return { ok: false, reason: 'invalid', hint: { key: 'number.formula' } };

  const paren = /^\((.*)\)$/.exec(t);
  if (paren) t = (paren[1] ?? '').trim();
  const m = SHAPE.exec(t);
  if (!m) return invalid(s, percentField);
  const [, sign1, curBefore, sign2, rawCore = '', exp = '', curAfter, pct] = m;
  const signs = [sign1, sign2, paren ? '(' : undefined].filter((x) => x !== undefined);
  if (signs.length > 1 || (curBefore !== undefined && curAfter !== undefined)) return invalid(s, percentField);
  const negative = sign1 === '-' || sign2 === '-' || paren !== null;
  const coreText = rawCore.trim();
  const hasPercent = pct !== undefined;

  const core = readCore(coreText, s.decimal, s.group);
  if (!core) {
    const other = otherConvention(s);
    const meant = readCore(coreText, other.decimal, other.group);
    if (!meant) return invalid(s, percentField);
    const suggestion = writeLike(s, negative, meant, exp, hasPercent);
    return {
      ok: false,
      reason: 'ambiguous',
      hint: { key: 'number.ambiguous', params: { decimal: s.decimal, suggestion } },
    };
  }

  let d: Decimal = makeDecimal(negative, core.int, core.frac, Number(exp || 0));
  const magnitudeAtLeastOne = d.digits !== '0' && d.exponent + d.digits.length >= 1;
  if (hasPercent || (percentField && magnitudeAtLeastOne)) d = shiftDecimal(d, -2);
  const value = decimalToNumber(d);
  if (!Number.isFinite(value)) return { ok: false, reason: 'invalid', hint: { key: 'number.tooLarge' } };
  return { ok: true, value };
}
