/**
 * Indexed reads that cannot be out of range by construction (a row of a table built just above, the
 * column of a known name). With noUncheckedIndexedAccess such a read is typed `T | undefined`; a
 * `!` or a `?? 0` would turn a bug into a silent wrong figure, so these throw, naming what was read.
 */

/** `items[index]`, or a RangeError naming `what` when there is no such element. */
export function at<T>(items: ArrayLike<T>, index: number, what = 'element'): T {
  if (!Number.isInteger(index) || index < 0 || index >= items.length) outOfRange(what, index, items.length);
  return items[index] as T;
}

/** The error of `at` and `atNumber`, thrown apart so that they stay small enough to be inlined. */
function outOfRange(what: string, index: number, length: number): never {
  throw new RangeError(`${what} ${index} is out of range (0 to ${length - 1})`);
}

/**
 * `at` for the Float64Arrays of the model's hot loops (a Monte Carlo runs them ~10^7 times), and
 * `atInteger` for their Int32Array and Uint8Array indices: the same check in functions of their
 * own, each read with one or two kinds of array. `at`, called with every kind of array, reads
 * megamorphically and made a Monte Carlo run twice as slow in CPU time.
 */
export function atNumber(values: Float64Array, index: number, what = 'element'): number {
  const value = values[index];
  if (value === undefined) outOfRange(what, index, values.length);
  return value;
}

/** `atNumber` for the integer arrays of the hot loops (indices, years, flags). */
export function atInteger(values: Int32Array | Uint8Array, index: number, what = 'element'): number {
  const value = values[index];
  if (value === undefined) outOfRange(what, index, values.length);
  return value;
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
