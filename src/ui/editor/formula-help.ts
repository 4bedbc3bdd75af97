/** The hint beside formula fields: how to write a formula in the user's language and number format. */
import { formulaSyntax, localFunctionNames, toLocalFormula, type FormulaLocale } from '../../i18n/formula-locale';
import type { Translate } from '../../i18n/translate';

/** The example, in the canonical form the file keeps; shown translated. */
const EXAMPLE = '=ROUND(hours*kw_1*0.2, 2)';
/** Functions a cleaner-production model reaches for first, named in the hint. */
const COMMON = ['SUM', 'AVERAGE', 'NPV', 'PMT', 'IF'];

export function formulaHelp(t: Translate, locale: FormulaLocale): string {
  const { argSep, decimal } = formulaSyntax(locale);
  const example = toLocalFormula(EXAMPLE, locale);
  if (locale.language === 'en') return t('formula.help', { example, argSep, decimal });
  const local = localFunctionNames(locale.language);
  const names = COMMON.map((n) => `${local.get(n) ?? n} = ${n}`).join(', ');
  return t('formula.helpLocal', { example, names, argSep, decimal });
}
