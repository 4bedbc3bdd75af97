import { describe, expect, it } from 'vitest';
import { idPattern, newId, uuidv7 } from './ids';
import { nextRev, REV_PATTERN, revNumber } from './revision';

describe('ids', () => {
  it('are UUIDv7 with a type prefix, carrying the time', () => {
    const id = uuidv7(Date.parse('2026-01-02T03:04:05.006Z'));
    expect(id).toMatch(/^019b7ca9-8c8e-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Number.parseInt(id.replace('-', '').slice(0, 12), 16)).toBe(Date.parse('2026-01-02T03:04:05.006Z'));
    expect(newId('scn')).toMatch(idPattern('scn'));
  });

  it('sort in the order they were made, even many in one millisecond', () => {
    const ids = Array.from({ length: 5000 }, () => uuidv7(1_800_000_000_000));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('revisions', () => {
  it('count the writes and name the content', () => {
    const first = nextRev(null, { a: 1 });
    expect(first).toMatch(REV_PATTERN);
    expect(revNumber(first)).toBe(1);
    expect(nextRev(first, { a: 2 })).toMatch(/^2-/);
    expect(nextRev(first, { a: 2 })).not.toBe(nextRev(first, { a: 3 }));
    expect(nextRev(first, { a: 2 })).toBe(nextRev(first, { a: 2 }));
  });
});
