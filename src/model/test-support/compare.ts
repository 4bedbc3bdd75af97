/**
 * Test support: every difference between an actual and an expected results fragment, by the
 * spec's agreement rule |a - b| <= max(1e-6, 1e-9 × |b|); nulls must be equal, keys the same.
 */
export function differences(actual: unknown, expected: unknown, path = ''): string[] {
  if (typeof expected === 'number') {
    if (typeof actual !== 'number' || !(Math.abs(actual - expected) <= Math.max(1e-6, 1e-9 * Math.abs(expected)))) {
      return [`${path}: ${String(actual)} != ${expected}`];
    }
    return [];
  }
  if (expected === null || typeof expected !== 'object') {
    return actual === expected ? [] : [`${path}: ${JSON.stringify(actual)} != ${JSON.stringify(expected)}`];
  }
  if (actual === null || typeof actual !== 'object') return [`${path}: ${JSON.stringify(actual)} is not an object`];
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      return [`${path}: length ${Array.isArray(actual) ? actual.length : 'n/a'} != ${expected.length}`];
    }
    return expected.flatMap((item, i) => differences(actual[i], item, `${path}[${i}]`));
  }
  const a = actual as Record<string, unknown>;
  const e = expected as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(e)]);
  return [...keys].flatMap((key) =>
    key in e && key in a ? differences(a[key], e[key], `${path}.${key}`) : [`${path}.${key}: missing on one side`],
  );
}
