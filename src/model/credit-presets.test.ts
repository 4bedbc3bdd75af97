import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Results } from './results';
import { ModelSession } from '../workbook/session';
import { matchingPreset, presetEdit, type PresetId } from './credit-presets';
import { getAt, setParts, type Draft, type FileJson } from '../state/draft';
import { ScenarioEditor } from '../state/scenario-editor.svelte';

function sample(name: string): FileJson {
  return JSON.parse(
    readFileSync(fileURLToPath(new URL(`../../public/examples/${name}.json`, import.meta.url)), 'utf8'),
  ) as FileJson;
}

const peru = () => sample('peru-textile-guaranteed-loan');
const colombia = () => sample('colombia-green-credit-rebate');

/** The file after a preset, as the editor applies it. */
function applied(file: FileJson, id: PresetId, totalCapex: number | null = null): FileJson {
  const draft: Draft = { file, typed: [] };
  return setParts(draft, presetEdit(file, id, { totalCapex }).parts).file;
}

/** The app's figures: what the engine worker's session computes for the file. */
function figures(file: FileJson): Results {
  const reply = new ModelSession().evaluate(file);
  if (!reply.ok) throw new Error(JSON.stringify(reply.issues));
  return reply.results;
}

const close =
  (digits = 2) =>
  (v: number): unknown =>
    expect.closeTo(v, digits);

// Peru sample's loan, which every preset keeps: P = 250,000, i = 12 %, T = 5, g = 1, annuity.
// A = 250,000 × 0.12 / (1 − 1.12^−4) = 82,308.61; O(2) = 250,000 − (82,308.61 − 30,000) = 197,691.39;
// O(3) = 197,691.39 − (82,308.61 − 23,722.97) = 139,105.75; O(4) = 139,105.75 − (82,308.61 − 16,692.69) = 73,489.83.
// Expected loss, p = 4 %, LGD = 50 %: Σ 0.04 × 0.96^(t−1) × 0.5 × O(t−1)
//   = 0.02 × (250,000 + 0.96 × 250,000 + 0.96² × 197,691.39 + 0.96³ × 139,105.75 + 0.96⁴ × 73,489.83) = 17,153.65.
const PERU_EL = 17_153.65;

describe('the partial credit guarantee preset', () => {
  it('charges 1 % a year on the guaranteed half of the balance, in dollars up to 400,000', () => {
    const file = applied(peru(), 'partial-guarantee');
    expect(getAt(file, ['financing', 'guarantee'])).toEqual({ coverage: 0.5, annualFeeRate: 0.01 });
    expect(getAt(file, ['financing', 'rebate'])).toBeUndefined();
    expect(getAt(file, ['credit', 'maxLoan'])).toBe(400_000);
    expect(getAt(file, ['credit', 'maxGuaranteeCoverage'])).toBe(0.5);
    const r = figures(file);
    // fee(t) = 1 % × 50 % × O(t−1): 0.005 × 250,000 = 1,250 in years 1 and 2; 0.005 × 197,691.39 = 988.46;
    // 0.005 × 139,105.75 = 695.53; 0.005 × 73,489.83 = 367.45.
    expect(r.years.slice(1, 6).map((y) => y.guaranteeFee)).toEqual([1250, 1250, 988.46, 695.53, 367.45].map(close()));
    // Year 1: interest 0.12 × 250,000 = 30,000, no principal (grace): DS = 30,000 + 1,250 = 31,250.
    expect(r.years[1]?.debtService).toBeCloseTo(31_250, 6);
    // Year 2: 82,308.61 + 1,250 = 83,558.61.
    expect(r.years[2]?.debtService).toBeCloseTo(83_558.61, 2);
    // The guarantor bears 50 % of the expected loss, the lender the other half: 8,576.83 each.
    expect(r.financing?.expectedLoss).toBeCloseTo(PERU_EL, 2);
    expect(r.financing?.lenderExpectedLoss).toBeCloseTo(8_576.83, 2);
    expect(r.financing?.guarantorExpectedLoss).toBeCloseTo(8_576.83, 2);
    // 250,000 ≤ 400,000; 50 % ≤ 50 %; min DSCR 2.51 ≥ 1.25 (year 2: CFADS 210,076.85 / DS 83,558.61);
    // 250,000 ≤ capex 285,000.
    expect(r.financing?.minDscr).toBeCloseTo(2.5141, 4);
    expect(r.financing?.eligibilityIssues).toEqual([]);
  });

  it('leaves the limit empty in another currency and says to convert it', () => {
    const start = colombia();
    const edit = presetEdit(start, 'partial-guarantee', { totalCapex: null });
    const file = applied(start, 'partial-guarantee');
    expect(getAt(file, ['credit', 'maxLoan'])).toBeUndefined();
    expect(edit.notes).toEqual([{ key: 'preset.note.convertMaxLoan', params: { currency: 'COP' } }]);
    const r = figures(file);
    // No rebate any more. fee(1) = fee(2) = 1 % × 50 % × 1,500,000,000 = 7,500,000.
    expect(r.financing?.rebate).toBe(0);
    expect(r.years[1]?.guaranteeFee).toBeCloseTo(7_500_000, 4);
    expect(r.years[2]?.guaranteeFee).toBeCloseTo(7_500_000, 4);
  });
});

describe('the green credit line preset', () => {
  it('pays the 15 % rebate in year 1 as a prepayment when CO2e falls by 30 % or more', () => {
    // Colombia: baseline 900 t coal × 2.44 + 1,500,000 kWh × 0.000165 = 2,196 + 247.5 = 2,443.5 tCO2e.
    // Saved: 2,196 − 20,124 GJ gas × 0.0561 + 600,000 kWh × 0.000165 = 2,196 − 1,128.96 + 99 = 1,166.04 t,
    // a 47.72 % reduction: the 30 % tier (15 %), 2.28 points short of the 50 % tier.
    const file = applied(colombia(), 'green-credit-line');
    expect(getAt(file, ['financing', 'guarantee'])).toEqual({ coverage: 0.5, annualFeeRate: 0 });
    const r = figures(file);
    expect(r.project.reductionShares.co2e).toBeCloseTo(0.4772, 4);
    // R = 15 % × 1,500,000,000 = 225,000,000, all of it prepaid in year 1 (O(0) = 1.5e9 covers it).
    expect(r.financing?.rebate).toBeCloseTo(225_000_000, 2);
    expect(r.years[1]?.prepayment).toBeCloseTo(225_000_000, 2);
    // O(1) = 1,500,000,000 − 225,000,000 = 1,275,000,000, repaid over the 4 years left:
    // A = 1,275,000,000 × 0.135 / (1 − 1.135^−4) = 433,108,817.39; interest(2) = 0.135 × 1.275e9 = 172,125,000.
    expect(r.years[1]?.outstanding).toBeCloseTo(1_275_000_000, 2);
    expect(r.years[2]?.interest).toBeCloseTo(172_125_000, 2);
    expect(r.years[2]?.principal).toBeCloseTo(433_108_817.39 - 172_125_000, 1);
    // No fee on this line's guarantee.
    expect(r.years.map((y) => y.guaranteeFee)).toEqual(r.years.map(() => 0));
    // EL = 0.035 × 0.45 × (1.5e9 + 0.965 × 1.275e9 + 0.965² × 1,014,016,182.61 + 0.965³ × 717,799,549.87
    //      + 0.965⁴ × 381,593,671.71) = 73,246,955.59, half of it the guarantor's.
    expect(r.financing?.expectedLoss).toBeCloseTo(73_246_955.59, 1);
    expect(r.financing?.guarantorExpectedLoss).toBeCloseTo(36_623_477.8, 1);
  });

  it('pays nothing below a 30 % reduction', () => {
    // Peru: baseline 52,000 GJ × 0.0561 + 1,400,000 kWh × 0.00025 = 3,267.2 t; saved 13,000 × 0.0561
    // + 60,000 × 0.00025 = 744.3 t, a 22.78 % reduction.
    const file = applied(peru(), 'green-credit-line');
    expect(getAt(file, ['credit', 'maxLoan'])).toBeUndefined();
    const r = figures(file);
    expect(r.project.reductionShares.co2e).toBeCloseTo(0.2278, 4);
    expect(r.financing?.rebate).toBe(0);
    expect(r.years.every((y) => y.prepayment === 0 && y.guaranteeFee === 0)).toBe(true);
    expect(r.financing?.lenderExpectedLoss).toBeCloseTo(PERU_EL / 2, 2);
  });
});

describe('the plain commercial loan preset', () => {
  it('drops guarantee, rebate and the line limits: the lender bears the whole expected loss', () => {
    const file = applied(colombia(), 'commercial-loan');
    expect(getAt(file, ['financing'])).toEqual({ loan: getAt(colombia(), ['financing', 'loan']) });
    expect(getAt(file, ['credit', 'maxGuaranteeCoverage'])).toBeUndefined();
    const p = applied(peru(), 'commercial-loan');
    const r = figures(p);
    expect(r.years.every((y) => y.guaranteeFee === 0)).toBe(true);
    expect(r.financing?.expectedLoss).toBeCloseTo(PERU_EL, 2);
    expect(r.financing?.lenderExpectedLoss).toBeCloseTo(PERU_EL, 2);
    expect(r.financing?.guarantorExpectedLoss).toBe(0);
    // Year 1: interest only, 30,000.
    expect(r.years[1]?.debtService).toBeCloseTo(30_000, 6);
  });
});

describe('paying cash', () => {
  it('removes the financing and keeps the company’s credit figures', () => {
    const file = applied(peru(), 'cash');
    expect(file.financing).toBeUndefined();
    expect(getAt(file, ['credit', 'baselineCashFlow'])).toBe(90_000);
    const r = figures(file);
    expect(r.financing).toBeNull();
    expect(r.years.every((y) => y.interest === 0 && y.debtService === 0)).toBe(true);
  });
});

describe('every preset', () => {
  it.each(['green-credit-line', 'partial-guarantee', 'commercial-loan'] as const)(
    '%s keeps the user’s loan and the company’s figures',
    (id) => {
      const start = peru();
      const loan = {
        principal: 123_000,
        annualRate: '=0.1+0.005',
        tenorYears: 4,
        graceYears: 2,
        amortization: 'linear',
        upfrontFeeRate: 0.02,
      };
      (start.financing as FileJson).loan = { ...loan };
      const file = applied(start, id);
      expect(getAt(file, ['financing', 'loan'])).toEqual(loan);
      for (const key of [
        'baselineCashFlow',
        'annualDefaultProbability',
        'lossGivenDefault',
        'minDscr',
        'savingsHaircut',
      ]) {
        expect(getAt(file, ['credit', key]), key).toEqual(getAt(start, ['credit', key]));
      }
    },
  );

  it('starts a loan for the total investment when there is none', () => {
    const start = peru();
    delete start.financing;
    const edit = presetEdit(start, 'partial-guarantee', { totalCapex: 285_000 });
    expect(edit.notes).toContainEqual({ key: 'preset.note.newLoan' });
    expect(getAt(applied(start, 'partial-guarantee', 285_000), ['financing', 'loan'])).toEqual({
      principal: 285_000,
      annualRate: 0.12,
      tenorYears: 5,
      graceYears: 0,
      amortization: 'annuity',
    });
  });

  it('is one undoable step', () => {
    const editor = new ScenarioEditor(() => 'en-US', peru());
    const before = editor.file;
    editor.setParts(presetEdit(editor.file, 'green-credit-line', { totalCapex: null }).parts);
    expect(getAt(editor.file, ['financing', 'rebate', 'year'])).toBe(1);
    expect(getAt(editor.file, ['credit', 'maxLoan'])).toBeUndefined();
    editor.undo();
    expect(editor.file).toEqual(before);
    expect(editor.canUndo).toBe(false);
  });

  it('is recognised in the terms it wrote until they are edited', () => {
    expect(matchingPreset(applied(peru(), 'partial-guarantee'))).toBe('partial-guarantee');
    expect(matchingPreset(applied(peru(), 'green-credit-line'))).toBe('green-credit-line');
    expect(matchingPreset(applied(peru(), 'commercial-loan'))).toBe('commercial-loan');
    expect(matchingPreset(applied(peru(), 'cash'))).toBe('cash');
    expect(matchingPreset(colombia())).toBe('green-credit-line');
    // The Peru sample's guarantee charges 1.5 %: custom terms.
    expect(matchingPreset(peru())).toBeNull();
  });
});
