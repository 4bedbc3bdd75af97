import { describe, expect, it } from 'vitest';
import { isErased } from './erased';

const stub = { _id: 'scn_0190f3a2-7c4e-7b1d-a5e6-1234567890ab', _rev: `2-${'a'.repeat(32)}`, deleted: true };

describe('isErased: only the three-field deletion stub', () => {
  it('is true for the stub', () => {
    expect(isErased(stub)).toBe(true);
  });
  it('is false for a tombstone that keeps its content, a stub with another field, and what is no record', () => {
    expect(isErased({ ...stub, name: 'Planta', scenario: {} })).toBe(false);
    expect(isErased({ ...stub, deleted: false })).toBe(false);
    expect(isErased({ _id: stub._id, _rev: stub._rev, name: 'x' })).toBe(false);
    expect(isErased({ ...stub, _rev: 'not a revision' })).toBe(false);
    for (const raw of [null, undefined, 'scn', 3, []]) expect(isErased(raw)).toBe(false);
  });
});
