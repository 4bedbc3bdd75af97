import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { formatMoney } from '../../i18n/format';
import { axisMargin, COLORS } from './plot';

describe('room for y-axis labels', () => {
  test('grows with the longest label of the extremes, never below the minimum', () => {
    const cop = (v: number) => formatMoney(v, 'COP', 'es-CO', { compact: true });
    // "-$ 1,5 mil millones" is 19 characters: about 118 px at 10 px text, plus 12.
    expect(axisMargin([-1.5e9, 3e8], cop)).toBe(Math.ceil(19 * 10 * 0.62) + 12);
    expect(axisMargin([1, 2], (v) => String(v), 10, 72)).toBe(72);
    expect(axisMargin([], (v) => String(v))).toBe(40);
  });
});

describe('the chart palette', () => {
  // Plot writes colours into SVG attributes and its scales, so the palette is in code; each colour
  // must be the design token of the same role (src/ui/styles/tokens.css), so the two never drift.
  const tokens = new Map(
    [
      ...readFileSync(fileURLToPath(new URL('../styles/tokens.css', import.meta.url)), 'utf8').matchAll(
        /(--color-[\w-]+):\s*(#[0-9a-f]+);/gi,
      ),
    ].map((m) => [m[1], m[2]?.toLowerCase()]),
  );
  test.each([
    ['positive', '--color-positive-2'],
    ['negative', '--color-danger-2'],
    ['accent', '--color-info'],
    ['muted', '--color-warn'],
    ['purple', '--color-chart-purple'],
    ['rule', '--color-ink-3'],
    ['text', '--color-ink'],
  ] as const)('%s is %s', (key, token) => {
    expect(COLORS[key]).toBe(tokens.get(token));
  });
});
