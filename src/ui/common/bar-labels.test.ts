import { describe, expect, test } from 'vitest';
import type { Plot } from '../charts/plot';
import { endLabels, nameAxis } from './bar-labels';

/** A stand-in for Plot that records each mark's kind, data and options. */
const recorder = {
  text: (data: unknown, options: unknown) => ({ kind: 'text', data, options }),
  axisY: (options: unknown) => ({ kind: 'axisY', options }),
} as unknown as Plot;

interface Recorded {
  options: { textAnchor: string; dx: number; filter: (r: number) => boolean; text: (r: number) => string };
}

describe('the value at the end of each bar', () => {
  const rows = [-2, 0, 3];
  const [right, left] = endLabels(recorder, rows, {
    x: 'v',
    y: 'name',
    text: (v) => `${v} M`,
    leftward: (v) => v < 0,
    gap: 6,
    unlabelled: (v) => v === 0,
  }) as unknown as Recorded[];

  test('goes right of a rightward bar and left of a leftward one, the gap away', () => {
    expect(right?.options.textAnchor).toBe('start');
    expect(right?.options.dx).toBe(6);
    expect(rows.filter((r) => right?.options.filter(r))).toEqual([3]);
    expect(left?.options.textAnchor).toBe('end');
    expect(left?.options.dx).toBe(-6);
    expect(rows.filter((r) => left?.options.filter(r))).toEqual([-2]);
    expect(right?.options.text(3)).toBe('3 M');
  });

  test('names on the y axis wrap to the left margin', () => {
    const axis = nameAxis(recorder, 142) as unknown as { options: { lineWidth: number; tickSize: number } };
    expect(axis.options).toMatchObject({ tickSize: 0, lineWidth: 10 });
  });
});
