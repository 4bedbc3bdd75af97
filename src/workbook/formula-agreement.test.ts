import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../model/parse';
import { SAMPLE_NAMES } from '../model/samples';
import type { Scenario } from '../model/schema';
import { arbitraryFormulaScenario } from '../model/test-support/arbitrary-formulas';
import { scenarioFile } from '../model/test-support/factories';
import { ScenarioWorkbook } from './scenario-workbook';
import { resolveWithValues } from './formula-resolver';

/** Every formula field's value as the resolver computed it, beside the same field's cell in the full workbook. */
function pairs(s: Scenario): { key: string; resolver: number; workbook: unknown }[] {
  const { outcome, values } = resolveWithValues(s);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  const created = ScenarioWorkbook.create(s);
  if (!created.ok) throw new Error(JSON.stringify(created.issues));
  const wb = created.workbook;
  try {
    const fields = wb.layout.fields;
    return Object.entries(values).map(([key, resolver]) => {
      const cell = fields.get(key);
      return { key, resolver, workbook: cell ? wb.value(cell.addr) : `no cell for ${key}` };
    });
  } finally {
    wb.destroy();
  }
}

function expectSame(list: { key: string; resolver: number; workbook: unknown }[]): void {
  for (const p of list) {
    expect(typeof p.workbook, p.key).toBe('number');
    expect([p.key, p.workbook]).toEqual([p.key, p.resolver]);
  }
}

describe('the resolver and the workbook agree on every formula field', () => {
  it.each(SAMPLE_NAMES)('in the sample %s', (name) => {
    const parsed = parseScenario(JSON.parse(readFileSync(`public/examples/${name}.json`, 'utf8')));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expectSame(pairs(parsed.value));
  });

  it('in 200 generated scenarios with formulas', () => {
    let fieldsCompared = 0;
    fc.assert(
      fc.property(arbitraryFormulaScenario, (file) => {
        const parsed = parseScenario(file);
        if (!parsed.ok) throw new Error(`generator made an invalid file: ${JSON.stringify(parsed.issues)}`);
        const list = pairs(parsed.value);
        expectSame(list);
        fieldsCompared += list.length;
      }),
      { numRuns: 200, seed: 14 },
    );
    // Both variables in every scenario, and most number fields as formulas.
    expect(fieldsCompared).toBeGreaterThan(200 * 5);
  }, 300_000);

  it('would have caught a position-dependent function: =ROW() differs between the two', () => {
    // Written straight into the engines (the check refuses it before): the resolver's row is not the workbook's.
    const s = scenarioFile({
      measures: [{ id: 'm1', name: 'M', category: 'good-housekeeping', capex: '=ROW()*1000', lifetimeYears: 2 }],
    });
    const parsed = parseScenario(s);
    if (!parsed.ok) throw new Error('invalid');
    const { outcome } = resolveWithValues(parsed.value);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok)
      expect(outcome.issues.map((i) => [i.path.join('.'), i.code, i.params.name])).toEqual([
        ['measures.0.capex', 'function-not-allowed', 'ROW'],
      ]);
  });
});
