/**
 * The stored documents, as zod schemas: every record is parsed with these on read, and every
 * write is parsed before it is stored. Shaped like CouchDB documents (`_id`, `_rev`, tombstones)
 * so that replication can come later without a rewrite.
 */
import { en } from '../i18n/messages/catalogues';
import type { Message, MessageKey } from '../i18n/messages/types';
import { parseScenario, type ParseResult } from '../model/parse';
import { hasFormulas, resolvePlain } from '../model/resolve-numbers';
import type { Scenario } from '../model/schema';
import { z } from '../model/zod';
import { idPattern } from './ids';
import { REV_PATTERN } from './revision';

/** The longest user name kept as an author (CouchDB allows longer; nobody types one). */
export const AUTHOR_MAX = 200;
const isoDate = z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
const path = z.array(z.union([z.string(), z.number().int().min(0)]));
const messageKeys = Object.keys(en) as [MessageKey, ...MessageKey[]];

/** A cell as typed that cannot be stored in the file yet, with the hint the editor showed. */
const typedCell = z.strictObject({
  path,
  text: z.string(),
  hint: z.strictObject({
    key: z.enum(messageKeys),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  }),
});

const hintShape = typedCell.shape.hint;
/** The hint as the Message type: its key is checked against the catalogue, its params are the editor's own. */
const hint = z.custom<Message>((value) => hintShape.safeParse(value).success);
const draftSchema = z.strictObject({
  file: z.record(z.string(), z.unknown()),
  typed: z.array(typedCell.extend({ hint })),
});
export type StoredDraft = z.infer<typeof draftSchema>;

/**
 * Checks a scenario as far as the page can without the formula engine: src/model/parse.ts (schema,
 * cross-field checks) and, for a file without formulas, the ranges of its numbers. Ranges that
 * depend on formulas are the engine worker's to check; the editor shows what it finds.
 */
export function checkScenario(value: unknown): ParseResult<Scenario> {
  const parsed = parseScenario(value);
  if (!parsed.ok || hasFormulas(parsed.value)) return parsed;
  const ranges = resolvePlain(parsed.value);
  return ranges.ok ? parsed : { ok: false, issues: ranges.issues };
}

/** A scenario file that passes checkScenario. */
export const validScenario = z.unknown().transform((value, ctx) => {
  const parsed = checkScenario(value);
  if (parsed.ok) return value as Scenario;
  for (const i of parsed.issues) ctx.addIssue({ code: 'custom', path: i.path, message: i.message, input: value });
  return z.NEVER;
});

export const scenarioDocSchema = z.strictObject({
  _id: z.string().regex(idPattern('scn')),
  _rev: z.string().regex(REV_PATTERN),
  type: z.literal('scenario'),
  name: z.string(),
  /** The last valid scenario: the only thing that reaches the model. */
  scenario: validScenario,
  /** The scenario as typed, when it differs from `scenario` (invalid, or cells that do not read yet). */
  draft: draftSchema.optional(),
  updatedAt: isoDate,
  deviceId: z.string().regex(idPattern('dev')),
  /** Who wrote this revision: the team user (CouchDB's name), or null when written with no team connected. */
  updatedBy: z.string().min(1).max(AUTHOR_MAX).nullable(),
  /** A tombstone; it keeps its content so that a delete can be undone. */
  deleted: z.literal(true).optional(),
});
export type ScenarioDoc = z.infer<typeof scenarioDocSchema>;

/** A kept version of a scenario, for the history panel. */
export const versionDocSchema = z.strictObject({
  _id: z.string().regex(idPattern('ver')),
  type: z.literal('version'),
  scenarioId: z.string().regex(idPattern('scn')),
  /** The scenario's revision this is a copy of. */
  rev: z.string().regex(REV_PATTERN),
  name: z.string(),
  scenario: validScenario,
  draft: draftSchema.optional(),
  savedAt: isoDate,
  deviceId: z.string().regex(idPattern('dev')),
});
export type VersionDoc = z.infer<typeof versionDocSchema>;

/** One line of the local changes log, like a row of CouchDB's `_changes` feed. */
export const changeSchema = z.strictObject({
  seq: z.number().int().min(1),
  id: z.string(),
  rev: z.string().regex(REV_PATTERN),
  deleted: z.literal(true).optional(),
});
export type Change = z.infer<typeof changeSchema>;

/** This device's own records (store `local`), never replicated. */
const localShapes = {
  device: z.strictObject({ deviceId: z.string().regex(idPattern('dev')) }),
  /** Which sample files were seeded (by file name), so that a deleted sample never comes back. */
  seed: z.strictObject({ samples: z.array(z.string()) }),
  backup: z.strictObject({ exportedAt: isoDate }),
  /** The blank scenario created last: the next one starts in its currency. */
  lastNew: z.strictObject({ id: z.string() }),
} as const;
export type LocalValues = { [K in keyof typeof localShapes]: z.output<(typeof localShapes)[K]> };
/** Typed per key, so that `localSchemas[key]` parses to that key's value. */
export const localSchemas: { [K in keyof LocalValues]: z.ZodType<LocalValues[K]> } = localShapes;

/** What reading a record found: the parsed value, or the raw record and why it does not parse. */
export type Read<T> = { ok: true; value: T } | { ok: false; raw: unknown; problem: string };

export function readWith<T>(schema: z.ZodType<T>, raw: unknown): Read<T> {
  const parsed = schema.safeParse(raw);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, raw, problem: z.prettifyError(parsed.error) };
}
