import { describe, expect, test } from 'vitest';
import { formatMoney } from '../../i18n/format';
import { axisMargin } from './plot';

describe('room for y-axis labels', () => {
  test('grows with the longest label of the extremes, never below the minimum', () => {
    const cop = (v: number) => formatMoney(v, 'COP', 'es-CO', { compact: true });
    // "-$ 1,5 mil millones" is 19 characters: about 118 px at 10 px text, plus 12.
    expect(axisMargin([-1.5e9, 3e8], cop)).toBe(Math.ceil(19 * 10 * 0.62) + 12);
    expect(axisMargin([1, 2], (v) => String(v), 10, 72)).toBe(72);
    expect(axisMargin([], (v) => String(v))).toBe(40);
  });
});
