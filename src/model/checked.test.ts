import { describe, expect, it } from 'vitest';
import { at, cellAt, group } from './checked';

describe('checked indexed reads', () => {
  it('return the element when the index is in range, undefined elements included', () => {
    expect(at(['a', 'b'], 1)).toBe('b');
    expect(at([undefined, 2], 0)).toBeUndefined();
    expect(
      cellAt(
        [
          [1, 2],
          [3, 4],
        ],
        1,
        0,
      ),
    ).toBe(3);
  });

  it('throw a RangeError naming what was read when it is not', () => {
    expect(() => at([1, 2], 2, 'year')).toThrow(new RangeError('year 2 is out of range (0 to 1)'));
    expect(() => at([1, 2], -1)).toThrow(RangeError);
    expect(() => at([1, 2], 0.5)).toThrow(RangeError);
    expect(() => at([], 0, 'measure')).toThrow('measure 0 is out of range (0 to -1)');
    expect(() => cellAt([[1]], 0, 1, 'flow')).toThrow('flow column 1 is out of range (0 to 0)');
  });
});

describe('capture groups', () => {
  it('return a group the pattern filled and throw for one it did not', () => {
    const m = /^(\w+)(!)?$/.exec('Sheet');
    expect(m).not.toBeNull();
    if (!m) return;
    expect(group(m, 1)).toBe('Sheet');
    expect(() => group(m, 2)).toThrow('group 2 did not match in "Sheet"');
  });
});
