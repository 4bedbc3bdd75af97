/**
 * The bars of a DSCR-by-year chart: green where a year meets the lender's minimum, red where it
 * does not, each labelled with its ratio above it, on a zero rule. Drawn the same in the Results
 * tab's debt charts and the credit memo's DSCR chart, on the same axis; each chart adds its own
 * minimum rule.
 */
import { COLORS, type Markish, type Plot, type PlotOptions } from '../charts/plot';

/** `years` holds only the years with a DSCR; `x` names their year field; a null minimum colours every bar green. */
export function dscrBars<T extends { dscr: number }>(
  plot: Plot,
  years: readonly T[],
  x: keyof T & string,
  minDscr: number | null,
  ratio: (v: number) => string,
): Markish[] {
  const meets = (r: T) => minDscr === null || r.dscr >= minDscr;
  const bar = { x, y: 'dscr' } as const;
  return [
    plot.barY(years.filter(meets), { ...bar, fill: COLORS.positive }),
    plot.barY(
      years.filter((r) => !meets(r)),
      { ...bar, fill: COLORS.negative },
    ),
    plot.text(years, {
      ...bar,
      text: (r: T) => ratio(r.dscr),
      dy: -8,
      lineAnchor: 'bottom',
      fill: COLORS.text,
      fontWeight: 600,
    }),
    plot.ruleY([0], { stroke: COLORS.rule, strokeWidth: 1.5 }),
  ];
}

/** The DSCR axis: from zero to `top`, labelled, ratios on its ticks, with grid lines. */
export function dscrAxis(top: number, label: string, ratio: (v: number) => string): NonNullable<PlotOptions['y']> {
  return { domain: [0, top], label, labelArrow: 'none', tickFormat: (v: number) => ratio(v), grid: true };
}
