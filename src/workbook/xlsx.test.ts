import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readXlsx, type StoredBook } from '../../test/xlsx/read-xlsx';
import { awkwardScenario } from '../../test/xlsx/scenarios';
import { xmlProblem } from '../../test/xlsx/xml-check';
import { parseScenario } from '../model/parse';
import type { Results } from '../model/results';
import { evaluateValid } from './evaluate';
import { a1 } from './sheet';
import { workbookXlsx } from './xlsx';
import { SHEETS_IN_ORDER } from './test-support/sheets';

function example(name: string): unknown {
  return JSON.parse(
    readFileSync(fileURLToPath(new URL(`../../public/examples/${name}.json`, import.meta.url)), 'utf8'),
  );
}

/** Exports a scenario; returns the file, what it holds, the results and where the figures sit. */
function exportOf(json: unknown) {
  const parsed = parseScenario(json);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const out = evaluateValid(parsed.value);
  if (!out.ok) throw new Error(JSON.stringify(out.issues));
  try {
    const bytes = workbookXlsx(out.workbook);
    return {
      bytes,
      read: readXlsx(bytes),
      results: out.results as Results,
      layout: out.workbook.layout,
      data: out.workbook.data,
    };
  } finally {
    out.workbook.destroy();
  }
}

function cellAt(read: StoredBook, ref: string) {
  const [sheet = '', cell = ''] = ref.replace(/\$/g, '').split('!');
  return read.sheets.get(sheet)?.get(cell);
}

describe('the export of a scenario with a loan (peru-textile-guaranteed-loan)', () => {
  const { bytes, read, results, layout, data } = exportOf(example('peru-textile-guaranteed-loan'));

  it('is well-formed in every part', () => {
    for (const [name, part] of Object.entries(unzipSync(bytes)))
      expect([name, xmlProblem(strFromU8(part))]).toEqual([name, null]);
  });

  it('has every sheet of the workbook, in order', () => {
    expect([...read.sheets.keys()]).toEqual(SHEETS_IN_ORDER);
  });

  it('defines every name of the workbook, the summary figures among them', () => {
    expect(Object.fromEntries(read.names)).toEqual(Object.fromEntries(data.names.map((n) => [n.name, n.ref])));
    for (const name of [
      'ProjectNPV',
      'ProjectIRR',
      'TotalCapex',
      'EquityNPV',
      'EquityIRR',
      'MinDSCR',
      'DiscountRate',
      'TaxRate',
      'EnergyPriceFactor',
      'Horizon',
    ]) {
      expect(read.names.has(name)).toBe(true);
    }
  });

  it('writes every formula of the workbook as a formula, with the figure the app computed', () => {
    const formulas = data.sheets.reduce(
      (n, sh) => n + sh.cells.flat().filter((c) => c !== null && typeof c === 'object').length,
      0,
    );
    const stored = [...read.sheets.values()].reduce(
      (n, cells) => n + [...cells.values()].filter((c) => c.formula !== undefined).length,
      0,
    );
    expect(stored).toBe(formulas);
    expect(cellAt(read, read.names.get('ProjectNPV')!)).toMatchObject({
      value: results.project.npv,
      formula: expect.stringContaining('NPV(DiscountRate,'),
    });
    expect(cellAt(read, read.names.get('ProjectIRR')!)?.value).toBe(results.project.irr);
    expect(cellAt(read, read.names.get('EquityNPV')!)?.value).toBe(results.financing!.equityNpv);
    expect(cellAt(read, read.names.get('MinDSCR')!)?.value).toBe(results.financing!.minDscr);
  });

  it('carries the IRR search starts the app set after building the workbook', () => {
    const guess = cellAt(read, a1(layout.project.irrGuess));
    expect(guess).toMatchObject({ type: 'n', value: results.project.irr });
    expect(guess?.formula).toBeUndefined();
  });

  it('formats rates and IRRs as percentages, money with thousands, paybacks and DSCRs with two decimals, and bolds the first row', () => {
    const PERCENT = 2;
    const MONEY = 3;
    expect(cellAt(read, read.names.get('DiscountRate')!)?.style).toBe(PERCENT);
    expect(cellAt(read, read.names.get('ProjectIRR')!)?.style).toBe(PERCENT);
    expect(cellAt(read, read.names.get('ProjectNPV')!)?.style).toBe(MONEY);
    expect(read.sheets.get('CashFlow')!.get('C5')?.style).toBe(MONEY); // year 1 project cash flow
    expect(cellAt(read, a1(layout.project.simplePayback))?.style).toBe(6); // 0.00
    expect(cellAt(read, read.names.get('MinDSCR')!)?.style).toBe(6);
    expect(read.sheets.get('Summary')!.get('A1')?.style).toBe(1);
    expect(read.text('xl/worksheets/sheet6.xml')).toContain(
      '<pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"/>',
    );
  });
});

describe('the export of a scenario without a loan (bolivia-poultry-slaughterhouse)', () => {
  const { read } = exportOf(example('bolivia-poultry-slaughterhouse'));

  it('has no Loan sheet and no equity names, but keeps TotalCapex', () => {
    expect(read.sheets.has('Loan')).toBe(false);
    for (const name of ['EquityNPV', 'EquityIRR', 'MinDSCR']) expect(read.names.has(name)).toBe(false);
    for (const name of ['ProjectNPV', 'ProjectIRR', 'TotalCapex']) expect(read.names.has(name)).toBe(true);
  });
});

describe('the export of texts users typed', () => {
  const { bytes, read } = exportOf(awkwardScenario());
  const measures = read.sheets.get('Measures')!;

  it.each([
    ['B3', '=HYPERLINK("http://x")'],
    ['B4', '+1'],
    ['B5', '@SUM(A1)'],
    ['B6', '\tTabbed "quotes" & <angle> _x0041_ ñandú\nline two'],
  ])('keeps the measure name in %s as text, never a formula: %j', (ref, name) => {
    expect(measures.get(ref)).toEqual({ type: 's', value: name, style: 4 });
  });

  it('keeps other user texts as typed, without the apostrophe that marks them in the app', () => {
    const resources = read.sheets.get('Resources')!;
    expect(resources.get('B2')?.value).toBe('-5 kWh grid');
    expect(resources.get('D2')?.value).toBe("'kWh");
    expect(resources.get('B3')?.value).toBe('@water');
  });

  it("stores newer functions in users' formulas with the _xlfn. prefix", () => {
    const inputs = [...read.sheets.get('Inputs')!.values()].map((c) => c.formula).filter(Boolean);
    expect(inputs).toEqual(
      expect.arrayContaining([
        '_xlfn.IFS(1>2,0.5,1<2,0.1)',
        '_xlfn.SWITCH(2,1,5000,2,6000)',
        '_xlfn.STDEV.S(1,2,3)',
        '_xlfn.IFNA(NA(),2)',
      ]),
    );
  });

  it('is well-formed in every part', () => {
    for (const [name, part] of Object.entries(unzipSync(bytes)))
      expect([name, xmlProblem(strFromU8(part))]).toEqual([name, null]);
  });
});
