/**
 * Narrowing assertions for `{ ok: true | false }` results. `expect(r.ok && r.value)` passes on
 * failure whenever the matcher accepts `false` (toBeCloseTo(0), toBe(false)): assert the branch
 * first, then the value.
 */
import { expect } from 'vitest';

/** Fails the test unless `r` is an ok result; narrows it to that branch. */
export function assertOk<R extends { ok: boolean }>(r: R | null | undefined): asserts r is Extract<R, { ok: true }> {
  expect(r, 'expected an ok result').toMatchObject({ ok: true });
}

/** Fails the test unless `r` is a failed result; narrows it to that branch. */
export function assertNotOk<R extends { ok: boolean }>(
  r: R | null | undefined,
): asserts r is Extract<R, { ok: false }> {
  expect(r, 'expected a failed result').toMatchObject({ ok: false });
}
