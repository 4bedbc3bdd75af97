import { describe, expect, test } from 'vitest';
import type { Entry } from '../persistence/repository';
import { hasOwnWork } from './own-work';

const entry = (rev: string, updatedAt: string, deleted = false): Entry =>
  ({
    ok: true,
    doc: {
      _id: 'scn_x',
      _rev: rev,
      type: 'scenario',
      name: 'x',
      updatedAt,
      deviceId: 'dev_x',
      ...(deleted ? { deleted: true } : {}),
    },
  }) as unknown as Entry;

describe('own work worth a backup', () => {
  test('seeded samples and untouched scenarios are not', () => {
    expect(hasOwnWork([entry('1-a', '2026-01-01T00:00:00Z'), entry('1-b', '2026-01-02T00:00:00Z')], null)).toBe(false);
  });

  test('an edited scenario is, until a backup newer than its last change', () => {
    const edited = entry('3-c', '2026-01-05T00:00:00Z');
    expect(hasOwnWork([edited], null)).toBe(true);
    expect(hasOwnWork([edited], Date.parse('2026-01-04T00:00:00Z'))).toBe(true);
    expect(hasOwnWork([edited], Date.parse('2026-01-06T00:00:00Z'))).toBe(false);
    expect(hasOwnWork([entry('10-d', '2026-01-05T00:00:00Z')], null)).toBe(true);
  });

  test('deleted and unreadable records do not count', () => {
    expect(
      hasOwnWork(
        [entry('4-d', '2026-01-05T00:00:00Z', true), { ok: false, id: 'scn_y', raw: {}, problem: 'bad' }],
        null,
      ),
    ).toBe(false);
  });
});
