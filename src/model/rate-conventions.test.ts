import { HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { effectiveAnnual, RATE_CONVENTIONS } from './rate-conventions';
import { HF_CONFIG } from '../workbook/hyperformula-config';

const num = (v: number | null): number => {
  expect(typeof v).toBe('number');
  return v as number;
};

describe('a quoted rate as the effective annual rate', () => {
  it('24 % N.A.M.V. is (1 + 0.02)^12 − 1 = 26.824 % E.A.', () => {
    expect(num(effectiveAnnual(0.24, 'namv'))).toBeCloseTo(0.268241794562545, 14);
  });
  it('12 % N.T.V. is (1 + 0.03)^4 − 1 = 12.550881 % E.A.', () => {
    expect(num(effectiveAnnual(0.12, 'ntv'))).toBeCloseTo(0.12550881, 14);
  });
  it('10 % N.A.S.V. is 1.05^2 − 1 = 10.25 % E.A.', () => {
    expect(num(effectiveAnnual(0.1, 'nasv'))).toBeCloseTo(0.1025, 14);
  });
  it('24 % N.A.M.A. (in advance) is 0.98^−12 − 1 = 27.4345 % E.A.: dearer than in arrears', () => {
    // 0.98^12 = 0.78471...; 1 / 0.78471 − 1 = 0.274345...
    expect(num(effectiveAnnual(0.24, 'nama'))).toBeCloseTo(1 / 0.98 ** 12 - 1, 14);
    expect(num(effectiveAnnual(0.24, 'nama'))).toBeCloseTo(0.274345, 6);
  });
  it('8 % N.T.A. is 0.98^−4 − 1 = 8.4166 % E.A. (0.98^4 = 0.92236816)', () => {
    expect(num(effectiveAnnual(0.08, 'nta'))).toBeCloseTo(1 / 0.92236816 - 1, 14);
  });
  it('2 % a month is 26.824 % a year; a TNA of 24 % (monthly) too; E.A. and TEA as they are', () => {
    expect(num(effectiveAnnual(0.02, 'monthly'))).toBeCloseTo(0.268241794562545, 14);
    expect(num(effectiveAnnual(0.24, 'tna'))).toBeCloseTo(0.268241794562545, 14);
    expect(effectiveAnnual(0.1512, 'ea')).toBe(0.1512);
  });
  it('agrees with a spreadsheet’s EFFECT() for the nominal rates in arrears', () => {
    const hf = HyperFormula.buildFromArray([[]], HF_CONFIG);
    try {
      for (const [rate, conv, m] of [
        [0.24, 'namv', 12],
        [0.12, 'ntv', 4],
        [0.1, 'nasv', 2],
        [0.18, 'tna', 12],
      ] as const) {
        expect(num(effectiveAnnual(rate, conv))).toBeCloseTo(
          hf.calculateFormula(`=EFFECT(${rate},${m})`, 0) as number,
          12,
        );
      }
    } finally {
      hf.destroy();
    }
  });
  it('has no meaning for a rate in advance of 100 % a period or a rate of −100 %', () => {
    expect(effectiveAnnual(12, 'nama')).toBeNull();
    expect(effectiveAnnual(-1, 'monthly')).toBeNull();
    expect(effectiveAnnual(Number.NaN, 'ea')).toBeNull();
    for (const c of RATE_CONVENTIONS) expect(effectiveAnnual(0, c)).toBe(0);
  });
});
