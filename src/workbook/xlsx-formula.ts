/**
 * Formulas as the .xlsx file stores them: without the leading `=`, and with `_xlfn.` before
 * functions newer than Excel 2007 (Excel shows #NAME? for `IFS(` in a file, and LibreOffice
 * reads either). Only users' own formulas (variables, number fields) can hold such functions.
 */

/** Functions HyperFormula knows that the file format spells `_xlfn.NAME` (Excel 2010 and later). */
const NEWER = new Set(
  (
    'AGGREGATE BETA.DIST BETA.INV BINOM.DIST BINOM.INV CEILING.PRECISE CHISQ.DIST CHISQ.DIST.RT CHISQ.INV CHISQ.INV.RT ' +
    'CHISQ.TEST CONFIDENCE.NORM CONFIDENCE.T COVARIANCE.P COVARIANCE.S ERF.PRECISE ERFC.PRECISE EXPON.DIST F.DIST F.DIST.RT ' +
    'F.INV F.INV.RT F.TEST FLOOR.PRECISE GAMMA.DIST GAMMA.INV GAMMALN.PRECISE HYPGEOM.DIST LOGNORM.DIST LOGNORM.INV MODE.MULT ' +
    'MODE.SNGL NEGBINOM.DIST NETWORKDAYS.INTL NORM.DIST NORM.INV NORM.S.DIST NORM.S.INV PERCENTILE.EXC PERCENTILE.INC ' +
    'PERCENTRANK.EXC PERCENTRANK.INC POISSON.DIST QUARTILE.EXC QUARTILE.INC RANK.AVG RANK.EQ STDEV.P STDEV.S T.DIST T.DIST.2T ' +
    'T.DIST.RT T.INV T.INV.2T T.TEST VAR.P VAR.S WEIBULL.DIST WORKDAY.INTL Z.TEST ' +
    'ACOT ACOTH ARABIC BASE BITAND BITLSHIFT BITOR BITRSHIFT BITXOR CEILING.MATH COMBINA COT COTH CSC CSCH DAYS DECIMAL ' +
    'FLOOR.MATH FORMULATEXT GAMMA GAUSS IFNA IMCOSH IMCOT IMCSC IMCSCH IMSEC IMSECH IMSINH IMTAN ISFORMULA ISOWEEKNUM ' +
    'NUMBERVALUE PDURATION PERMUTATIONA PHI RRI SEC SECH SHEET SHEETS SKEW.P UNICHAR UNICODE XOR ' +
    'CONCAT IFS MAXIFS MINIFS SWITCH TEXTJOIN'
  ).split(' '),
);

/**
 * `=IFS(a>1,2e3,1<2,3)` -> `_xlfn.IFS(a>1,2E3,1<2,3)`: newer functions prefixed, and exponents
 * upper-case again as Excel writes them (the workbook lowers them for HyperFormula, which reads
 * only `1e3`). Text inside string literals is left alone.
 */
export function fileFormula(f: string): string {
  const body = f.startsWith('=') ? f.slice(1) : f;
  // Alternate string literals ("..." with "" inside) and code; only code is rewritten.
  return body.replace(
    /("(?:[^"]|"")*")|([^"]+)/g,
    (_, literal: string | undefined, code: string | undefined) =>
      literal ??
      code!
        .replace(/(?<![A-Za-z0-9_.])([A-Za-z_][A-Za-z0-9_.]*)(?=\s*\()/g, (name: string) =>
          NEWER.has(name.toUpperCase()) ? `_xlfn.${name.toUpperCase()}` : name,
        )
        .replace(/(?<![A-Za-z0-9_.])(\d+(?:\.\d*)?|\.\d+)e(?=[+-]?\d)/g, '$1E'),
  );
}
