import { describe, expect, it } from 'vitest';
import { at, atInteger, atNumber, cellAt, group } from './checked';

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

describe('checked typed-array reads of the hot loops', () => {
  it('return the element in range and throw a RangeError naming what was read outside it', () => {
    expect(atNumber(Float64Array.of(1.5, 2.5), 1)).toBe(2.5);
    expect(atInteger(Int32Array.of(7), 0)).toBe(7);
    expect(atInteger(Uint8Array.of(0, 1), 1)).toBe(1);
    expect(() => atNumber(Float64Array.of(1, 2), 2, 'year')).toThrow(new RangeError('year 2 is out of range (0 to 1)'));
    expect(() => atNumber(new Float64Array(3), -1)).toThrow(RangeError);
    expect(() => atNumber(new Float64Array(3), 0.5)).toThrow(RangeError);
    expect(() => atInteger(new Int32Array(0), 0, 'measure')).toThrow('measure 0 is out of range (0 to -1)');
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
