/**
 * Checks shared by the worker reply schema tests (issue 19): what a worker sends crosses
 * postMessage (structured clone) and is parsed by the page; nothing may be lost on the way, and a
 * reply of the wrong shape must be refused with an error that names the field at fault.
 */
import { expect } from 'vitest';
import { z } from '../../model/zod';

/** The reply comes through structured clone and the parse equal to what was sent (no field stripped). */
export function expectRoundTrip<T>(schema: z.ZodType<T>, reply: T): void {
  const parsed = schema.parse(structuredClone(reply));
  expect(parsed).toEqual(reply);
}

/**
 * The reply is refused; the first problem is at `path` and says `expected` (zod's words), and the
 * printed error shows both, so a person reading the page's error or the log knows what broke.
 */
export function expectRefused(schema: z.ZodType, reply: unknown, path: (string | number)[], expected: string): void {
  const result = schema.safeParse(structuredClone(reply));
  expect(result.success).toBe(false);
  if (result.success) return;
  const first = result.error.issues[0];
  expect(first?.path).toEqual(path);
  expect(first?.message).toContain(expected);
  const printed = z.prettifyError(result.error);
  expect(printed).toContain(expected);
  if (path.length > 0) expect(printed).toContain(`at ${prettyPath(path)}`);
}

/** zod's printed path: `value.tornado[0].npvLow`. */
function prettyPath(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
