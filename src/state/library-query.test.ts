import { describe, expect, it } from 'vitest';
import type { Entry } from '../persistence/entries';
import { visibleEntries } from './library-query';

const entry = (id: string, name: string, updatedAt: string, deleted = false): Entry =>
  ({ ok: true, doc: { _id: id, name, updatedAt, deleted } }) as unknown as Entry;
const ids = (list: Entry[]) => list.map((e) => (e.ok ? e.doc._id : `!${e.id}`));

describe('the library list as shown', () => {
  it('sorts by last change, newest first, then by id; unreadable records first; deleted ones hidden', () => {
    const entries: Entry[] = [
      entry('scn_01890a5d-ac96-7b5c-a000-00000000000b', 'B', '2026-01-02T10:00:00Z'),
      entry('scn_01890a5d-ac96-7b5c-a000-00000000000a', 'A', '2026-01-02T10:00:00Z'),
      entry('scn_c', 'C', '2026-01-02T10:00:01.5Z'),
      entry('scn_01890a5d-ac96-7b5c-a000-0000000000f0', 'G', '2026-01-02T10:00:00Z'),
      entry('scn_01890a5d-ac96-7b5c-a000-000000000009', 'H', '2026-01-02T10:00:00Z'),
      entry('scn_d', 'D', '2025-12-31T23:59:59.999Z'),
      entry('scn_e', 'E', '2026-03-01T00:00:00Z', true),
      { ok: false, id: 'scn_x', raw: {}, problem: 'bad' },
      entry('scn_f', 'F', '2026-02-01T00:00:00.123Z'),
    ];
    const shown = visibleEntries(entries, '', 'updated', 'en');
    const id = (tail: string) => `scn_01890a5d-ac96-7b5c-a000-000000000${tail}`;
    // Of one instant, by id: digits before letters, as localeCompare ordered them.
    expect(ids(shown)).toEqual(['!scn_x', 'scn_f', 'scn_c', id('009'), id('00a'), id('00b'), id('0f0'), 'scn_d']);
    // The order localeCompare gave (before the code-point comparison), for the same instants.
    const ok = shown.flatMap((e) => (e.ok ? [e.doc] : []));
    const before = [...ok].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a._id.localeCompare(b._id));
    expect(ok).toEqual(before);
  });

  it('finds by every word of the query, without accents, and sorts by name', () => {
    const entries = [
      entry('scn_1', 'Água fria', '2026-01-01T00:00:00Z'),
      entry('scn_2', 'agua caliente', '2026-01-02T00:00:00Z'),
    ];
    expect(ids(visibleEntries(entries, 'agua', 'name', 'pt'))).toEqual(['scn_2', 'scn_1']);
    expect(ids(visibleEntries(entries, 'FRIA agua', 'updated', 'en'))).toEqual(['scn_1']);
  });
});
