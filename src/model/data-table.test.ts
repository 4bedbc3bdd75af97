import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { axisValues, baseIndex, dataTable, defaultAxisRange } from './data-table';
import { withInput } from './input-values';
import { evaluate } from './kernel';
import type { PointFigures } from './point-evaluator';
import type { ResolvedScenario } from './resolved-scenario';
import { measure, resource, scenario } from './test-support/factories';
import { resolveExample, type ExampleFile } from './test-support/resolve-example';

function example(name: string): ResolvedScenario {
  const url = new URL(`../../public/examples/${name}.json`, import.meta.url);
  return resolveExample(JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as ExampleFile);
}

/** The kernel's own figures for the scenario with the inputs set: the independent path. */
function kernelPoint(s: ResolvedScenario, set: [string, number][]): PointFigures {
  const k = evaluate(set.reduce((acc, [path, value]) => withInput(acc, path, value), s));
  return {
    npv: k.project.npv,
    irr: k.project.irr,
    equityNpv: k.financing?.equityNpv ?? null,
    equityIrr: k.financing?.equityIrr ?? null,
    minDscr: k.financing?.minDscr ?? null,
  };
}

function expectAgree(actual: PointFigures, expected: PointFigures): void {
  for (const key of Object.keys(expected) as (keyof PointFigures)[]) {
    const [a, b] = [actual[key], expected[key]];
    if (b === null) expect(a, key).toBeNull();
    else
      expect(Math.abs((a ?? Number.NaN) - b), `${key}: ${a} vs ${b}`).toBeLessThanOrEqual(
        Math.max(1e-6, 1e-9 * Math.abs(b)),
      );
  }
}

describe('a two-way data table equals point evaluations of the kernel', () => {
  it.each([
    ['colombia-green-credit-rebate', 'discountRate', [0.05, 0.1, 0.15, 0.2, 0.3], 'energyPriceFactor', [0, 0.5, 1, 2]],
    [
      'colombia-green-credit-rebate',
      'financing.loan.annualRate',
      [0, 0.05, 0.135, 0.4],
      'measures.fuel_switch.savings.coal',
      [-200, 0, 900, 2500],
    ],
    [
      'peru-textile-guaranteed-loan',
      'resources.electricity.escalation',
      [-0.05, 0, 0.02, 0.1],
      'measures.boiler.capex',
      [0, 50000, 300000],
    ],
    [
      'central-america-dairy-energy-risk',
      'resources.milk.price',
      [0, 0.3, 0.45, 0.9],
      'measures.solar_pv.annualOpexChange',
      [-200, 0, 2500],
    ],
  ])('%s: %s × %s', (name, rowInput, rowValues, columnInput, columnValues) => {
    const s = example(name);
    const table = dataTable(s, {
      rows: { input: rowInput, values: rowValues },
      columns: { input: columnInput, values: columnValues },
    });
    expect(table.cells).toHaveLength(rowValues.length);
    table.cells.forEach((row, i) => {
      expect(row).toHaveLength(columnValues.length);
      row.forEach((cell, j) =>
        expectAgree(
          cell,
          kernelPoint(s, [
            [rowInput, rowValues[i]!],
            [columnInput, columnValues[j]!],
          ]),
        ),
      );
    });
    expectAgree(table.baseFigures, kernelPoint(s, []));
  });
});

describe('a one-way data table', () => {
  // One year at 10 %: capex 100 today, 10 kWh saved next year at `price`: NPV = -100 + 10 price / 1.1.
  const simple = scenario({
    resources: [resource({ id: 'power', price: 10 })],
    measures: [measure({ id: 'm', capex: 100, savings: { power: 10 } })],
  });

  it('gives NPV and IRR for each value, and marks the scenario own value', () => {
    const table = dataTable(simple, {
      rows: { input: 'resources.power.price', values: [8, 10, 11, 12] },
      columns: null,
    });
    expect(table.cells.map((r) => r[0]?.npv)).toEqual(
      [-100 + 80 / 1.1, -100 + 100 / 1.1, 0, -100 + 120 / 1.1].map((v): unknown => expect.closeTo(v, 9)),
    );
    expect(table.cells.map((r) => r[0]?.irr)).toEqual([-0.2, 0, 0.1, 0.2].map((v): unknown => expect.closeTo(v, 9)));
    expect(table.cells[0]?.[0]?.equityNpv).toBeNull();
    expect(table.base).toEqual({ row: 10, column: null, rowIndex: 1, columnIndex: null });
  });
  it('refuses an axis without values, with too many, or twice the same input', () => {
    expect(() => dataTable(simple, { rows: { input: 'discountRate', values: [] }, columns: null })).toThrow(
      /1 to 41 values/,
    );
    expect(() =>
      dataTable(simple, { rows: { input: 'discountRate', values: new Array<number>(42).fill(0.1) }, columns: null }),
    ).toThrow(/1 to 41/);
    expect(() =>
      dataTable(simple, {
        rows: { input: 'discountRate', values: [0.1] },
        columns: { input: 'discountRate', values: [0.2] },
      }),
    ).toThrow(/two different inputs/);
    expect(() => dataTable(simple, { rows: { input: 'measures.x.capex', values: [1] }, columns: null })).toThrow(
      /unknown input path/,
    );
  });
});

describe('axis values', () => {
  it('spaces values evenly and ends exactly on the last', () => {
    expect(axisValues(0.06, 0.18, 7)).toEqual([0.06, 0.08, 0.1, 0.12, 0.14, 0.16, 0.18]);
    expect(axisValues(0.09, 0.21, 7)).toEqual([0.09, 0.11, 0.13, 0.15, 0.17, 0.19, 0.21]);
    expect(axisValues(1, 2, 100)).toHaveLength(41);
  });
  it('starts centred on the scenario value: rates by ±6 points, others by ±30 %, in round numbers', () => {
    expect(defaultAxisRange('discountRate', 0.12)).toEqual({ from: 0.06, to: 0.18, count: 7 });
    expect(defaultAxisRange('financing.loan.annualRate', 0.135)).toEqual({ from: 0.075, to: 0.195, count: 7 });
    expect(defaultAxisRange('measures.m.capex', 1000)).toEqual({ from: 700, to: 1300, count: 7 });
    // A price of 0.02 can go down to 0 only: the range shrinks on both sides to stay centred.
    expect(defaultAxisRange('resources.r.escalation', -0.97)).toEqual({ from: -0.99, to: -0.95, count: 7 });
    expect(defaultAxisRange('measures.m.annualOpexChange', 0)).toEqual({ from: -1, to: 1, count: 7 });
  });
  it('finds the base value to rounding', () => {
    expect(baseIndex([0.1, 0.30000000000000004, 0.5], 0.3)).toBe(1);
    expect(baseIndex([0.1, 0.5], 0.3)).toBeNull();
  });
});
