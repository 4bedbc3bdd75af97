/**
 * Keyboard movement in a list whose items take the focus one at a time (the WAI-ARIA tabs and menu
 * patterns): the next and previous keys wrap round at both ends; Home and End go to the ends.
 * Tabs run across (left and right arrows), a menu down (up and down arrows).
 */
const ARROWS = { across: ['ArrowRight', 'ArrowLeft'], down: ['ArrowDown', 'ArrowUp'] } as const;

/** The item of `count` that `key` moves to from item `at` (-1: none yet), or null for a key that does not move. */
export function rovingKeyTarget(key: string, at: number, count: number, direction: 'across' | 'down'): number | null {
  if (count === 0) return null;
  const [next, previous] = ARROWS[direction];
  switch (key) {
    case next:
      return (at + 1) % count;
    case previous:
      return at <= 0 ? count - 1 : at - 1;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
