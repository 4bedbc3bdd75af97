/**
 * From untrusted text or JSON to a valid Scenario: size and depth limits before parsing,
 * forbidden keys, format and version (with migration of older versions), the strict schema,
 * then the cross-field checks. Every problem comes back as an Issue naming its field.
 */
import { crossCheck } from './cross-checks';
import { issue, type Issue, type PathSegment } from './issues';
import { SCENARIO_FORMAT, SCENARIO_VERSION, scenarioSchema, type Scenario } from './schema';
import type { z } from './zod';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_DEPTH = 32;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/**
 * Inside `savings` the keys are resource ids, and `constructor` or `prototype` are valid ids:
 * every lookup by id is an own-property one (see own.ts), so only `__proto__` stays refused there.
 */
const FORBIDDEN_ID_KEYS = new Set(['__proto__']);

export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/** Migrations from version N to N + 1, applied in order on read. None yet: v1 is the first. */
const MIGRATIONS: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>> = {};

/** Deepest nesting of `{`/`[` outside strings; counted on the text so a hostile file never reaches JSON.parse. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) max = Math.max(max, ++depth);
    else if (c === 125 || c === 93) depth--;
  }
  return max;
}

function forbiddenKeyPath(value: unknown, path: PathSegment[] = []): PathSegment[] | null {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const p = forbiddenKeyPath(value[i], [...path, i]);
      if (p) return p;
    }
  } else if (value !== null && typeof value === 'object') {
    const forbidden = path[path.length - 1] === 'savings' ? FORBIDDEN_ID_KEYS : FORBIDDEN_KEYS;
    for (const key of Object.keys(value)) {
      if (forbidden.has(key)) return [...path, key];
      const p = forbiddenKeyPath((value as Record<string, unknown>)[key], [...path, key]);
      if (p) return p;
    }
  }
  return null;
}

/** Parses JSON text with the limits every crossing into the app applies (imports, links, the CLI). */
export function parseJsonText(text: string, maxBytes = MAX_FILE_BYTES): ParseResult<unknown> {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > maxBytes) {
    return {
      ok: false,
      issues: [
        issue([], 'file-too-large', `the file is ${bytes} bytes; the limit is ${maxBytes}`, {
          size: bytes,
          max: maxBytes,
        }),
      ],
    };
  }
  if (jsonDepth(text) > MAX_DEPTH) {
    return { ok: false, issues: [issue([], 'too-deep', `nested deeper than ${MAX_DEPTH} levels`, { max: MAX_DEPTH })] };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return { ok: false, issues: [issue([], 'not-json', `not valid JSON (${reason})`, { reason })] };
  }
  const bad = forbiddenKeyPath(value);
  if (bad)
    return {
      ok: false,
      issues: [issue(bad, 'forbidden-key', `the key "${String(bad[bad.length - 1])}" is not allowed`)],
    };
  return { ok: true, value };
}

function describeType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'an object' : `${typeof v} ${JSON.stringify(v)}`;
}

/** Turns one zod issue into ours, with a sentence a person can act on. */
function fromZod(z: z.core.$ZodIssue): Issue[] {
  const path = z.path.filter((p): p is PathSegment => typeof p !== 'symbol');
  const missing = !('input' in z) || z.input === undefined;
  switch (z.code) {
    case 'unrecognized_keys':
      return z.keys.map((k) => issue([...path, k], 'unknown-key', 'unknown key (check its spelling)', { key: k }));
    case 'invalid_union':
      if (missing) return [issue(path, 'required', 'required')];
      return [
        issue(path, 'wrong-type', `expected a number or a formula starting with "=", got ${describeType(z.input)}`, {
          got: describeType(z.input),
        }),
      ];
    case 'invalid_type':
      if (missing) return [issue(path, 'required', 'required')];
      if (z.expected === 'int') return [issue(path, 'not-integer', 'must be a whole number')];
      return [
        issue(path, 'wrong-type', `expected ${z.expected}, got ${describeType(z.input)}`, {
          expected: z.expected,
          got: describeType(z.input),
        }),
      ];
    case 'invalid_format':
      if (path[path.length - 1] === 'name' && path[0] === 'variables') {
        return [issue(path, 'bad-name', 'use lower-case letters, digits and "_", starting with a letter or "_"')];
      }
      if (path[path.length - 1] === 'currency')
        return [issue(path, 'bad-value', 'must be a three-letter ISO 4217 code, like USD')];
      if (
        path.length > 0 &&
        typeof z.input === 'string' &&
        !z.input.startsWith('=') &&
        path[path.length - 1] !== 'id'
      ) {
        return [
          issue(path, 'not-a-formula', `a text value must be a formula starting with "=", got "${z.input}"`, {
            formula: z.input,
          }),
        ];
      }
      return [issue(path, 'bad-name', 'use lower-case letters, digits and "_", starting with a letter')];
    case 'invalid_value':
      if (missing) return [issue(path, 'required', 'required')];
      return [
        issue(path, 'bad-value', `must be one of ${z.values.map((v) => JSON.stringify(v)).join(', ')}`, {
          values: z.values.join(', '),
        }),
      ];
    case 'too_small':
      return [
        issue(
          path,
          'out-of-range',
          z.origin === 'array' ? 'must not be empty' : `must be at least ${String(z.minimum)}`,
          { min: Number(z.minimum) },
        ),
      ];
    case 'too_big':
      if (z.origin === 'array')
        return [issue(path, 'too-many', `more than ${String(z.maximum)} entries`, { max: Number(z.maximum) })];
      if (z.origin === 'string')
        return [
          issue(path, 'text-too-long', `longer than ${String(z.maximum)} characters`, { max: Number(z.maximum) }),
        ];
      return [issue(path, 'out-of-range', `must be at most ${String(z.maximum)}`, { max: Number(z.maximum) })];
    default:
      return [issue(path, 'bad-value', z.message)];
  }
}

/** Checks `format` and `version`, and migrates an older version up to the current one. */
export function migrate(raw: unknown): ParseResult<Record<string, unknown>> {
  if (
    raw === null ||
    typeof raw !== 'object' ||
    Array.isArray(raw) ||
    (raw as Record<string, unknown>).format !== SCENARIO_FORMAT
  ) {
    return {
      ok: false,
      issues: [issue(['format'], 'not-a-scenario', `not a scenario file ("format" must be "${SCENARIO_FORMAT}")`)],
    };
  }
  let doc = raw as Record<string, unknown>;
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      issues: [
        issue(['version'], 'version-unknown', `unknown version ${JSON.stringify(version)}`, {
          highest: SCENARIO_VERSION,
        }),
      ],
    };
  }
  if (version > SCENARIO_VERSION) {
    return {
      ok: false,
      issues: [
        issue(
          ['version'],
          'version-too-new',
          `version ${version} is newer than this app supports (highest: ${SCENARIO_VERSION})`,
          { version, highest: SCENARIO_VERSION },
        ),
      ],
    };
  }
  for (let v = version; v < SCENARIO_VERSION; v++) {
    const migrate = MIGRATIONS[v];
    if (!migrate) throw new Error(`no migration from version ${v} to ${v + 1}`);
    doc = { ...migrate(doc), version: v + 1 };
  }
  return { ok: true, value: doc };
}

/** Validates an already-parsed value as a scenario (schema and cross-field checks). */
export function parseScenario(raw: unknown): ParseResult<Scenario> {
  const migrated = migrate(raw);
  if (!migrated.ok) return migrated;
  const result = scenarioSchema.safeParse(migrated.value, { reportInput: true });
  if (!result.success) return { ok: false, issues: result.error.issues.flatMap(fromZod) };
  const cross = crossCheck(result.data);
  return cross.length > 0 ? { ok: false, issues: cross } : { ok: true, value: result.data };
}

/** Validates scenario text as read from a file: limits, JSON, then parseScenario. */
export function parseScenarioText(text: string): ParseResult<Scenario> {
  const json = parseJsonText(text);
  return json.ok ? parseScenario(json.value) : json;
}
