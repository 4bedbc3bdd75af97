/**
 * The WAI-ARIA tabs pattern's keys: in a tab list only the selected tab is in the Tab order, and
 * the arrow keys (wrapping), Home and End move between the tabs.
 */

/** The index of the tab `key` moves to from tab `index` of `count`, or null for any other key. */
export function tabKeyTarget(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowRight':
      return (index + 1) % count;
    case 'ArrowLeft':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
