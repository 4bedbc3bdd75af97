import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { equityNpv, projectNpv } from './compiled';
import { evaluate } from './kernel';
import { sensitivity } from './sensitivity';
import { differences } from './test-support/compare';
import { largeScenario } from './test-support/factories';
import { resolveExample, type ExampleFile } from './test-support/resolve-example';
import { SAMPLE_NAMES } from './samples';
import { verify } from './verification';

const EXAMPLES = SAMPLE_NAMES;

function load<T>(name: string): T {
  const url = new URL(`../../public/examples/${name}`, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as T;
}

describe.each(EXAMPLES)('sample scenario %s against its expected results', (name) => {
  const scenario = resolveExample(load<ExampleFile>(`${name}.json`));
  const expected = load<Record<string, unknown>>(`${name}.expected.json`);
  const actual = evaluate(scenario);

  it('agrees on project figures', () => {
    expect(differences(actual.project, expected.project, 'project')).toEqual([]);
  });
  it('agrees on every measure', () => {
    expect(differences(actual.measures, expected.measures, 'measures')).toEqual([]);
  });
  it('agrees on financing', () => {
    expect(differences(actual.financing, expected.financing, 'financing')).toEqual([]);
  });
  it('agrees on the year table', () => {
    expect(differences(actual.years, expected.years, 'years')).toEqual([]);
  });
  it('agrees on verification (null without measurements)', () => {
    const v = scenario.verification;
    const verification = v ? verify(scenario, v, actual) : null;
    expect(differences(verification, expected.verification, 'verification')).toEqual([]);
  });
  it('agrees on sensitivity (break-even factor and tornado order)', () => {
    expect(differences(sensitivity(scenario), expected.sensitivity, 'sensitivity')).toEqual([]);
  });
  it('gives the same NPVs on the fast path as the full evaluation', () => {
    const npvs = { project: projectNpv(scenario), equity: equityNpv(scenario) };
    const fromTable = { project: actual.project.npv, equity: actual.financing?.equityNpv ?? null };
    expect(differences(npvs, fromTable)).toEqual([]);
  });
});

describe('fast path on a large generated scenario', () => {
  it('agrees with the full evaluation (tax, start years, disabled measures, loan with grace and rebate)', () => {
    const s = largeScenario(50, 30);
    const full = evaluate(s);
    expect(full.financing?.rebate).toBeGreaterThan(0);
    expect(
      differences(
        { project: projectNpv(s), equity: equityNpv(s) },
        { project: full.project.npv, equity: full.financing?.equityNpv },
      ),
    ).toEqual([]);
  });
});
