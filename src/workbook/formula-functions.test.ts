import { HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../model/issues';
import { parseScenario } from '../model/parse';
import { scenarioFile } from '../model/test-support/factories';
import {
  ALLOWED_FUNCTIONS,
  arrayValues,
  calledFunctions,
  formulaNesting,
  MAX_FORMULA_LENGTH,
} from './formula-functions';
import { resolveScenario } from './formula-resolver';
import { ModelSession } from './session';
import { at } from '../model/checked';

function withCapex(capex: string): unknown {
  return scenarioFile({
    horizonYears: 3,
    measures: [{ id: 'm1', name: 'M', category: 'good-housekeeping', capex, lifetimeYears: 3, otherAnnualBenefit: 50 }],
  });
}

function issuesOf(capex: string): Issue[] {
  const parsed = parseScenario(withCapex(capex));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const out = resolveScenario(parsed.value);
  return out.ok ? [] : out.issues;
}

describe('the functions a formula may call', () => {
  it('are all functions the engine knows', () => {
    const known = new Set(HyperFormula.getRegisteredFunctionNames('enGB'));
    expect([...ALLOWED_FUNCTIONS].filter((f) => !known.has(f))).toEqual([]);
  });

  it.each([
    '=ROW()*1000',
    '=COLUMN()',
    '=NOW()',
    '=TODAY()',
    '=RAND()',
    '=RANDBETWEEN(1,2)',
    '=HYPERLINK("http://x",1)',
    '=INDIRECT("A1")',
    '=OFFSET(x,1,1)',
    '=SEQUENCE(3,3)',
    '=ISFORMULA(x)',
    '=FORMULATEXT(x)',
    '=VLOOKUP(1,{1,2},2)',
    '=1+sum(2,row ())',
  ])('refuse %s, naming the field, the formula and the function', (formula) => {
    const issues = issuesOf(formula);
    expect(issues.map((i) => [i.path.join('.'), i.code])).toEqual([['measures.0.capex', 'function-not-allowed']]);
    expect(at(issues, 0).params.formula).toBe(formula);
    expect(at(issues, 0).message).toContain(String(at(issues, 0).params.name));
    expect(ALLOWED_FUNCTIONS.has(String(at(issues, 0).params.name))).toBe(false);
  });

  it('accept the allowed ones in any case, and ignore names inside text', () => {
    expect(issuesOf('=round(PMT(0.1,3,-1000),2)')).toEqual([]);
    expect(calledFunctions('=IF(1>0,"ROW(1)",NPV (0.1,1))')).toEqual(['IF', 'NPV']);
    expect(issuesOf('=IF(1>0,500,"NOW()")')).toEqual([]);
  });
});

describe('the size of a formula', () => {
  it('refuses a formula 5,000 brackets deep without reaching the engine', async () => {
    const deep = `=${'('.repeat(5000)}1${')'.repeat(5000)}`;
    expect(issuesOf(deep).map((i) => i.code)).toEqual(['formula-too-long']);
    const session = new ModelSession();
    const reply = await session.evaluate(withCapex(deep));
    expect(reply.ok).toBe(false);
    session.close();
  });

  it('refuses nesting beyond 32 levels, and accepts 32', () => {
    const nest = (n: number) => `=${'('.repeat(n)}1${')'.repeat(n)}`;
    expect(formulaNesting(nest(33))).toBe(33);
    expect(issuesOf(nest(33)).map((i) => [i.code, i.params.depth])).toEqual([['formula-too-deep', 33]]);
    expect(issuesOf(nest(32))).toEqual([]);
  });

  it(`refuses more than ${MAX_FORMULA_LENGTH} characters`, () => {
    const long = `=10${'+0'.repeat(499)}`;
    expect(long.length).toBe(MAX_FORMULA_LENGTH + 1);
    expect(issuesOf(long).map((i) => [i.code, i.params.size])).toEqual([['formula-too-long', MAX_FORMULA_LENGTH + 1]]);
    expect(issuesOf(long.slice(0, -2))).toEqual([]);
  });

  it('refuses arrays of more than 100 values, and functions that build arrays', () => {
    const array = (n: number) => `=SUM({${Array.from({ length: n }, (_, i) => i % 10).join(',')}})`;
    expect(arrayValues(array(101))).toBe(101);
    expect(issuesOf(array(101)).map((i) => [i.code, i.params.size])).toEqual([['array-too-large', 101]]);
    expect(issuesOf(array(100))).toEqual([]);
    expect(issuesOf('=SUM(SEQUENCE(1000,1000))').map((i) => [i.code, i.params.name])).toEqual([
      ['function-not-allowed', 'SEQUENCE'],
    ]);
  });
});
