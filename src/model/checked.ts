/**
 * Indexed reads that cannot be out of range by construction (a row of a table built just above, the
 * column of a known name). With noUncheckedIndexedAccess such a read is typed `T | undefined`; a
 * `!` or a `?? 0` would turn a bug into a silent wrong figure, so these throw, naming what was read.
 */

/** `items[index]`, or a RangeError naming `what` when there is no such element. */
export function at<T>(items: ArrayLike<T>, index: number, what = 'element'): T {
  if (!Number.isInteger(index) || index < 0 || index >= items.length) {
    throw new RangeError(`${what} ${index} is out of range (0 to ${items.length - 1})`);
  }
  return items[index] as T;
}

/** `table[row][col]` of a rectangular table, checked as `at` does. */
export function cellAt<T>(table: ArrayLike<ArrayLike<T>>, row: number, col: number, what = 'cell'): T {
  return at(at(table, row, `${what} row`), col, `${what} column`);
}

/** Capture group `n` of a match, for a group the pattern always fills (not under `?`, `*` or one side of `|`). */
export function group(match: RegExpMatchArray, n: number): string {
  const text = match[n];
  if (text === undefined) throw new RangeError(`group ${n} did not match in "${match.input ?? ''}"`);
  return text;
}
