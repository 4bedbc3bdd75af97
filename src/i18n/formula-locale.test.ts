/**
 * Formulas typed as a spreadsheet in Spanish or Portuguese writes them. The independent check is
 * HyperFormula itself: with its esES / ptPT language pack registered and the locale's separators,
 * it computes the formula as the user typed it; the canonical translation, computed by an engine
 * in English, must give the same figure.
 */
import { HyperFormula } from 'hyperformula';
import esES from 'hyperformula/i18n/languages/esES';
import ptPT from 'hyperformula/i18n/languages/ptPT';
import { describe, expect, it } from 'vitest';
import { HF_CONFIG } from '../workbook/hyperformula-config';
import {
  CANONICAL,
  formulaExample,
  formulaSyntax,
  localFunctionNames,
  toCanonicalFormula,
  toLocalFormula,
  translateFormula,
} from './formula-locale';

const esCO = { language: 'es', numberLocale: 'es-CO' } as const;
const esMX = { language: 'es', numberLocale: 'es-MX' } as const;
const ptBR = { language: 'pt', numberLocale: 'pt-BR' } as const;
const enUS = { language: 'en', numberLocale: 'en-US' } as const;
const enCO = { language: 'en', numberLocale: 'es-CO' } as const;

const canonical = (text: string, locale: Parameters<typeof toCanonicalFormula>[1]) => {
  const out = toCanonicalFormula(text, locale);
  if (!out.ok) throw new Error(`${text}: ${out.reason}`);
  return out.formula;
};

describe('separators come from the number locale', () => {
  it('reads `,` as the decimal mark and `;` between arguments in es-CO and pt-BR', () => {
    expect(formulaSyntax(esCO)).toEqual({ language: 'es', decimal: ',', argSep: ';' });
    expect(formulaSyntax(ptBR)).toEqual({ language: 'pt', decimal: ',', argSep: ';' });
    expect(canonical('=MAX(1,5)', esCO)).toBe('=MAX(1.5)');
    expect(canonical('=MAX(1;5)', esCO)).toBe('=MAX(1,5)');
    expect(canonical('=SOMA(1;2,5)', ptBR)).toBe('=SUM(1,2.5)');
  });
  it('reads `.` as the decimal mark and `,` between arguments in es-MX and en-US', () => {
    expect(formulaSyntax(esMX)).toEqual({ language: 'es', decimal: '.', argSep: ',' });
    expect(canonical('=MAX(1,5)', esMX)).toBe('=MAX(1,5)');
    expect(canonical('=SUMA(1.5,2)', esMX)).toBe('=SUM(1.5,2)');
    expect(canonical('=MAX(1,5)', enUS)).toBe('=MAX(1,5)');
  });
  it('follows the number locale, not the UI language: English UI with Colombian numbers', () => {
    expect(canonical('=MAX(1;2,5)', enCO)).toBe('=MAX(1,2.5)');
    expect(toLocalFormula('=MAX(1,2.5)', enCO)).toBe('=MAX(1;2,5)');
  });
  it('refuses rather than guesses', () => {
    expect(toCanonicalFormula('=MAX(hours,5)', esCO)).toEqual({ ok: false, reason: 'stray-comma', at: ',' });
    expect(toCanonicalFormula('=hours*0.2', esCO)).toEqual({ ok: false, reason: 'decimal-point', at: '.' });
    expect(toCanonicalFormula('=MAX(1,5;2)', esCO)).toEqual({ ok: true, formula: '=MAX(1.5,2)' });
  });
  it('leaves text in quotes, variable names and exponents alone', () => {
    expect(canonical('=SI(hours>0;"a;b, c";1,5E-3)', esCO)).toBe('=IF(hours>0,"a;b, c",1.5E-3)');
    expect(canonical('=suma(kw_1;promedio)', esCO)).toBe('=SUM(kw_1,promedio)');
    expect(toLocalFormula('=IF(hours>0,"a,b",.5)', esCO)).toBe('=SI(hours>0;"a,b";,5)');
  });
});

describe('function names from HyperFormula’s language packs, and English', () => {
  it('turns the usual Spanish and Portuguese names into the file’s English', () => {
    expect(canonical('=VNA(0,12;1000;2000)+PAGO(0,01;60;-100000)', esCO)).toBe(
      '=NPV(0.12,1000,2000)+PMT(0.01,60,-100000)',
    );
    expect(canonical('=PROMEDIO(1;2)', esCO)).toBe('=AVERAGE(1,2)');
    expect(canonical('=VPL(0,12;1000)+PGTO(0,01;60;-1)+MÉDIA(1;2)', ptBR)).toBe(
      '=NPV(0.12,1000)+PMT(0.01,60,-1)+AVERAGE(1,2)',
    );
    expect(canonical('=NPV(0,12;1000)', esCO)).toBe('=NPV(0.12,1000)');
  });

  for (const [language, locale, pack] of [
    ['es', esCO, esES.functions],
    ['pt', ptBR, ptPT.functions],
  ] as const) {
    it(`round-trips every function of the ${language} pack: ${language} ⇄ file ⇄ en`, () => {
      const names = Object.keys(pack);
      expect(names.length).toBeGreaterThan(300);
      for (const name of names) {
        const file = `=${name}(1.5, hours, "x,y")`;
        const local = toLocalFormula(file, locale);
        const localName = pack[name] || name; // the packs leave a few empty (SWITCH): English then
        expect(local, name).toBe(`=${localName}(1,5; hours; "x,y")`);
        expect(canonical(local, locale), name).toBe(file);
        // The English name typed in Spanish or Portuguese reads the same.
        expect(canonical(`=${name.toLowerCase()}(1,5; hours; "x,y")`, locale), name).toBe(file);
        expect(toLocalFormula(file, enUS), name).toBe(file);
        expect(localFunctionNames(language).get(name) ?? name).toBe(localName);
      }
    });
  }
});

/** Formulas over numbers only, each a function a scenario may use, in the file's form. */
const FORMULAS = [
  '=SUM(1.5, 2.25, 3)',
  '=AVERAGE(1.5, 2.5, 10)',
  '=MAX(1.5, 0.25)',
  '=MIN(1.5, 0.25)',
  '=NPV(0.12, 1000, 2000.5, 3000)',
  '=PMT(0.14/12, 60, -100000)',
  '=PV(0.1, 10, -1500.5)',
  '=FV(0.05, 5, -100, -1000)',
  '=RATE(60, -2224.44, 100000)',
  '=NPER(0.01, -2224.44, 100000)',
  '=ROUND(1234.5678, 2)',
  '=ROUNDUP(1.21, 1)',
  '=ROUNDDOWN(1.29, 1)',
  '=IF(2.5>1, 0.75, 0.25)',
  '=AND(1>0, 2>1)+OR(1<0, 2>1)+NOT(1<0)',
  '=POWER(1.02, 12)-1',
  '=SQRT(2.25)',
  '=ABS(-3.5)',
  '=EXP(0.5)+LN(2.5)+LOG10(1000)',
  '=SUMPRODUCT(1.5, 2)',
  '=IFERROR(1/0, 0.5)',
  '=EFFECT(0.24, 12)',
  '=NOMINAL(0.26824, 12)',
  '=MEDIAN(1, 2.5, 9)',
  '=INT(2.7)+MOD(7, 3)',
];

function engine(language?: string, locale?: { decimalSeparator: '.' | ','; functionArgSeparator: string }) {
  return HyperFormula.buildFromArray([[]], {
    ...HF_CONFIG,
    ...(language ? { language } : {}),
    ...(locale ?? {}),
  });
}

describe('a formula typed in Spanish or Portuguese gives the same figure as its English twin', () => {
  if (!HyperFormula.getRegisteredLanguagesCodes().includes('esES')) HyperFormula.registerLanguage('esES', esES);
  if (!HyperFormula.getRegisteredLanguagesCodes().includes('ptPT')) HyperFormula.registerLanguage('ptPT', ptPT);
  const en = engine();
  const cases = [
    ['esES', esCO],
    ['ptPT', ptBR],
  ] as const;
  for (const [code, locale] of cases) {
    it(`computes every formula in ${code} with ${locale.numberLocale}'s separators`, () => {
      const hf = engine(code, { decimalSeparator: ',', functionArgSeparator: ';' });
      try {
        for (const f of FORMULAS) {
          const local = toLocalFormula(f, locale);
          expect(local, f).not.toBe(f);
          const want = en.calculateFormula(f, 0);
          const got = hf.calculateFormula(local, 0);
          expect(typeof want, f).toBe('number');
          expect(got, `${f} as ${local}`).toBe(want);
          expect(en.calculateFormula(canonical(local, locale), 0), local).toBe(want);
        }
      } finally {
        hf.destroy();
      }
    });
  }
  it('reads =MAX(1,5) as 1.5 in es-CO and =MAX(1;5) as 5', () => {
    expect(en.calculateFormula(canonical('=MAX(1,5)', esCO), 0)).toBe(1.5);
    expect(en.calculateFormula(canonical('=MAX(1;5)', esCO), 0)).toBe(5);
    expect(en.calculateFormula(canonical('=MAX(1,5)', esMX), 0)).toBe(5);
  });
});

describe('the hint’s example', () => {
  it('is in the user’s form', () => {
    expect(formulaExample(esCO)).toBe('=MAX(hours*kw_1*0,2; 1500,5)');
    expect(formulaExample(esMX)).toBe('=MAX(hours*kw_1*0.2, 1500.5)');
    expect(translateFormula('=ROUND(x*0.2, 2)', CANONICAL, formulaSyntax(ptBR))).toEqual({
      ok: true,
      formula: '=ARRED(x*0,2; 2)',
    });
  });
});

describe("the workbook's formulas as the Workbook tab shows them", () => {
  it('keeps sheet references, absolute cells and defined names, and writes functions and separators in es-CO', () => {
    const formula = '=CashFlow!$B$5+NPV(DiscountRate,CashFlow!$C$5:$L$5)';
    expect(toLocalFormula(formula, { language: 'es', numberLocale: 'es-CO' })).toBe(
      '=CashFlow!$B$5+VNA(DiscountRate;CashFlow!$C$5:$L$5)',
    );
    expect(toLocalFormula(formula, { language: 'en', numberLocale: 'en-US' })).toBe(formula);
  });
});
