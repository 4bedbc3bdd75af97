/**
 * Heat-map colours for data tables: green above the reference (NPV 0, the discount rate for an
 * IRR, the lender's minimum for DSCR), red below, white at it; stronger with the distance,
 * scaled to the largest distance in the table. Light enough for dark text everywhere (contrast
 * of #1c261c on the strongest colour is above 7:1).
 */

/** The background of a cell holding `value`, or null (no colour) for a missing value. */
export function heatColor(value: number | null, reference: number, scale: number): string | null {
  if (value === null || !Number.isFinite(value)) return null;
  const strength = scale > 0 ? Math.min(1, Math.abs(value - reference) / scale) : 0;
  // Hue 130 green, 4 red; lightness from 97 % (at the reference) to 72 % (furthest away).
  const hue = value >= reference ? 130 : 4;
  const lightness = 97 - 25 * Math.sqrt(strength);
  const saturation = 20 + 45 * Math.sqrt(strength);
  return `hsl(${hue} ${Math.round(saturation)}% ${Math.round(lightness)}%)`;
}

/** The largest distance from the reference among the values: the scale of heatColor. */
export function heatScale(values: readonly (number | null)[], reference: number): number {
  let scale = 0;
  for (const v of values) if (v !== null && Number.isFinite(v)) scale = Math.max(scale, Math.abs(v - reference));
  return scale;
}
