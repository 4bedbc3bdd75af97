/**
 * Observable Plot, loaded on first use (about 300 kB with d3, which the editor never needs).
 * The results views have their own loader in src/ui/charts/; when it is committed, this file
 * can give way to it.
 */
import type * as PlotModule from '@observablehq/plot';

let loading: Promise<typeof PlotModule> | null = null;

export function loadPlot(): Promise<typeof PlotModule> {
  loading ??= import('@observablehq/plot').catch((error: unknown) => {
    loading = null; // a failed download is tried again next time
    throw error;
  });
  return loading;
}

/** Line colours with at least 4.5:1 contrast on white, told apart by lightness as well as hue. */
export const SERIES = ['#1f6f3a', '#1d4f91', '#8a5a00', '#b3261e'] as const;
export const RULE = '#3d4a3d';
