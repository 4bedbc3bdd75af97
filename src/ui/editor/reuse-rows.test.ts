import { describe, expect, it } from 'vitest';
import type { GridRow } from '../grid/types';
import { reuseRows, rowKeeper } from './list-columns';
import { at } from '../../model/checked';

const row = (id: string, display: string, error: string | null = null): GridRow => ({
  id,
  cells: [{ display, raw: display, error }],
});

describe('rows that did not change keep their identity', () => {
  it('reuses equal rows and takes the changed ones', () => {
    const before = [row('m-0', '1'), row('m-1', '2')];
    const after = reuseRows(before, [row('m-0', '1'), row('m-1', '3')]);
    expect(after[0]).toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
    expect(at(after, 1).cells[0]?.display).toBe('3');
  });

  it('returns the previous list itself when nothing changed, and a new one when rows were added or an error appeared', () => {
    const before = [row('m-0', '1')];
    expect(reuseRows(before, [row('m-0', '1')])).toBe(before);
    expect(reuseRows(before, [row('m-0', '1'), row('m-1', '2')])).toHaveLength(2);
    expect(reuseRows(before, [row('m-0', '1', 'Required')])[0]).not.toBe(before[0]);
  });

  it('a keeper compares each list with the one it returned last', () => {
    const keep = rowKeeper();
    const first = keep([row('m-0', '1')]);
    expect(keep([row('m-0', '1')])).toBe(first);
  });
});
