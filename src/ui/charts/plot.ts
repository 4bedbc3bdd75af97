/**
 * Observable Plot, loaded on first use (it and d3 are about 300 kB that the editor never needs),
 * and what our charts share: the palette and the data-table shape of PlotFigure.
 */
import type * as PlotModule from '@observablehq/plot';

export type Plot = typeof PlotModule;
export type PlotOptions = PlotModule.PlotOptions;
export type Markish = PlotModule.Markish;

let loading: Promise<Plot> | null = null;

/** The Plot module; one download for every chart. A failed download is retried on the next call. */
export function loadPlot(): Promise<Plot> {
  loading ??= import('@observablehq/plot').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/** A chart's numbers as a table for screen readers: header texts, then rows of formatted cells. */
export interface ChartTable {
  columns: readonly string[];
  rows: readonly (readonly string[])[];
}

/** One entry of a ChartLegend; `kind` draws the swatch as a bar (default), a line or a dashed rule. */
export interface LegendItem {
  label: string;
  color: string;
  kind?: 'bar' | 'line' | 'dash';
}

/**
 * Colours with at least 4.5:1 contrast on white (WCAG AA for text and thin marks), told apart
 * by lightness as well as hue so they survive a grey printer and a washed-out projector.
 * Written out rather than var(--…): Plot puts them in SVG attributes and its colour scales. Each is
 * the design token of the same role in src/ui/styles/tokens.css (plot.test.ts checks it).
 */
export const COLORS = {
  /** Gains, money saved, the project's own series. */
  positive: '#1f6f3a',
  /** Losses, costs, a limit breached. */
  negative: '#b3261e',
  /** A second series beside the first (e.g. a cumulative line over annual bars). */
  accent: '#1d4f91',
  /** A third series. */
  muted: '#8a5a00',
  /** A fourth series (the guarantee fee beside interest and principal). */
  purple: '#6b3d8f',
  /** Reference lines: zero, limits. */
  rule: '#3d4a3d',
  text: '#1c261c',
} as const;

/**
 * Room left of a chart for its y-axis labels: the widest of the labels of the data's extremes
 * (ticks lie between them), at about 0.62 em a character, plus the tick and a gap. Spanish says
 * "mil millones" in words, so a fixed margin would cut the labels.
 */
export function axisMargin(values: readonly number[], format: (v: number) => string, fontPx = 10, min = 40): number {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return min;
  const extremes = [Math.min(...finite), Math.max(...finite)];
  const chars = Math.max(...extremes.map((v) => format(v).length));
  return Math.max(min, Math.ceil(chars * fontPx * 0.62) + 12);
}
