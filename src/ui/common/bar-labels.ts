/**
 * Marks shared by the horizontal bar charts (the measures' NPV, the tornado, the Monte Carlo
 * drivers): each bar's value written beyond its end, and the bars' names on the y axis.
 */
import { COLORS, type Markish, type Plot } from '../charts/plot';

interface EndLabels<T> {
  /** The bars' channels: the value's field (x) and the name's (y). */
  x: string;
  y: string;
  text: (row: T) => string;
  /** A bar that ends left of where it starts (a negative value): its label goes left of its end. */
  leftward: (row: T) => boolean;
  /** Pixels between a bar's end and its label. */
  gap: number;
  /** A bar that gets no label (the tornado's bar that does not move the figure). */
  unlabelled?: (row: T) => boolean;
}

/** The value of each bar beyond its end, in bold: right of a rightward bar, left of a leftward one. */
export function endLabels<T>(plot: Plot, rows: readonly T[], o: EndLabels<T>): Markish[] {
  const skip = o.unlabelled ?? (() => false);
  const label = { x: o.x, y: o.y, text: o.text, fill: COLORS.text, fontWeight: 600 };
  return [
    plot.text(rows, { ...label, textAnchor: 'start', dx: o.gap, filter: (r: T) => !o.leftward(r) && !skip(r) }),
    plot.text(rows, { ...label, textAnchor: 'end', dx: -o.gap, filter: (r: T) => o.leftward(r) && !skip(r) }),
  ];
}

/** The bars' names on the y axis, wrapped to fit the left margin (about 13 px a character). */
export function nameAxis(plot: Plot, marginLeft: number): Markish {
  return plot.axisY({ tickSize: 0, lineWidth: (marginLeft - 12) / 13, label: null });
}
