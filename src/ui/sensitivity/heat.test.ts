import { describe, expect, it } from 'vitest';
import { heatColor, heatScale } from './heat';

describe('heat-map colours', () => {
  it('is white-ish at the reference, green above, red below, strongest at the scale', () => {
    expect(heatColor(0, 0, 100)).toBe('hsl(130 20% 97%)');
    expect(heatColor(100, 0, 100)).toBe('hsl(130 65% 72%)');
    expect(heatColor(-100, 0, 100)).toBe('hsl(4 65% 72%)');
    expect(heatColor(-400, 0, 100)).toBe('hsl(4 65% 72%)');
  });
  it('leaves a missing value uncoloured', () => {
    expect(heatColor(null, 0, 100)).toBeNull();
    expect(heatColor(Number.NaN, 0, 100)).toBeNull();
  });
  it('scales to the largest distance, ignoring missing values', () => {
    expect(heatScale([1.1, null, 1.6, 0.9], 1.25)).toBeCloseTo(0.35, 12);
    expect(heatScale([], 0)).toBe(0);
  });
});
