import { describe, expect, test } from 'vitest';
import { COLORS, type Plot } from '../charts/plot';
import { dscrAxis, dscrBars } from './dscr-marks';

/** A stand-in for Plot that records each mark's kind, data and options. */
const recorder = {
  barY: (data: unknown, options: unknown) => ({ kind: 'barY', data, options }),
  text: (data: unknown, options: unknown) => ({ kind: 'text', data, options }),
  ruleY: (data: unknown, options: unknown) => ({ kind: 'ruleY', data, options }),
} as unknown as Plot;

interface Recorded {
  kind: string;
  data: { year: number; dscr: number }[];
  options: { fill?: string; text?: (r: { dscr: number }) => string };
}

const years = [
  { year: 1, dscr: 1.1 },
  { year: 2, dscr: 1.3 },
  { year: 3, dscr: 1.25 },
];

describe('the bars of a DSCR chart', () => {
  test('green for the years that meet the minimum, red for the others, labelled, on a zero rule', () => {
    const marks = dscrBars(recorder, years, 'year', 1.25, (v) => v.toFixed(2)) as unknown as Recorded[];
    expect(marks.map((m) => m.kind)).toEqual(['barY', 'barY', 'text', 'ruleY']);
    expect(marks[0]?.options.fill).toBe(COLORS.positive);
    expect(marks[0]?.data.map((r) => r.year)).toEqual([2, 3]);
    expect(marks[1]?.options.fill).toBe(COLORS.negative);
    expect(marks[1]?.data.map((r) => r.year)).toEqual([1]);
    expect(marks[2]?.data).toHaveLength(3);
    expect(marks[2]?.options.text?.({ dscr: 1.3 })).toBe('1.30');
  });

  test('every bar is green when the lender sets no minimum', () => {
    const marks = dscrBars(recorder, years, 'year', null, String) as unknown as Recorded[];
    expect(marks[0]?.data).toHaveLength(3);
    expect(marks[1]?.data).toHaveLength(0);
  });
});

describe('the axis of a DSCR chart', () => {
  test('from zero to the top given, labelled, with ratios on its ticks and grid lines', () => {
    const axis = dscrAxis(2.4, 'DSCR', (v) => v.toFixed(2));
    expect(axis).toMatchObject({ domain: [0, 2.4], label: 'DSCR', labelArrow: 'none', grid: true });
    expect((axis.tickFormat as (v: number) => string)(1.5)).toBe('1.50');
  });
});
