/**
 * Export and import: one scenario (format v1) or a backup of all of them,
 * `{"format": "cp-backup", "version": 1, "scenarios": [{id, name, updatedAt, scenario, draft?, history?}]}`.
 * Imports pass the size and nesting limits and the forbidden keys before anything else, every
 * scenario is validated by src/model/parse.ts, and each problem names where it is. Imports never
 * overwrite: what is valid arrives as new scenarios with new ids.
 */
import { issue, type Issue, type PathSegment } from '../model/issues';
import { MAX_FILE_BYTES, parseJsonText } from '../model/parse';
import type { Scenario } from '../model/schema';
import { z } from '../model/zod';
import type { AppDb } from './app-db';
import { checkScenario, readWith, versionDocSchema, type ScenarioDoc, type StoredDraft } from './docs';
import { draftShapeProblem } from './draft-shape';
import { listVersions } from './history';
import type { Entry } from './repository';

export const BACKUP_FORMAT = 'cp-backup';
export const BACKUP_VERSION = 1;
/** A backup holds many scenarios and their history: larger than one file may be. */
export const MAX_BACKUP_BYTES = 100 * 1024 * 1024;

export interface BackupVersion {
  savedAt: string;
  name: string;
  scenario: Scenario;
  draft?: StoredDraft;
}

export interface BackupScenario {
  id: string;
  name: string;
  updatedAt: string;
  scenario: Scenario;
  draft?: StoredDraft;
  history?: BackupVersion[];
}

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  scenarios: BackupScenario[];
  /** Stored records that could not be read, as they are, so that a backup loses nothing. */
  unreadable?: { id: string; raw: unknown; problem: string }[];
}

/** Everything in the library (not the deleted), with each scenario's kept versions. */
export async function buildBackup(db: AppDb, entries: Entry[], now = new Date()): Promise<BackupFile> {
  const scenarios: BackupScenario[] = [];
  const unreadable: NonNullable<BackupFile['unreadable']> = [];
  for (const entry of entries) {
    if (!entry.ok) {
      unreadable.push({ id: entry.id, raw: entry.raw, problem: entry.problem });
      continue;
    }
    const doc = entry.doc;
    if (doc.deleted) continue;
    const history = (await listVersions(db, doc._id)).flatMap((v) => (v.ok ? [v.value] : []));
    scenarios.push({
      ...scenarioPart(doc),
      history: history.reverse().map((v) => ({
        savedAt: v.savedAt,
        name: v.name,
        scenario: v.scenario,
        ...(v.draft ? { draft: v.draft } : {}),
      })),
    });
  }
  const file: BackupFile = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), scenarios };
  if (unreadable.length > 0) file.unreadable = unreadable;
  return file;
}

function scenarioPart(doc: ScenarioDoc): BackupScenario {
  return {
    id: doc._id,
    name: doc.name,
    updatedAt: doc.updatedAt,
    scenario: doc.scenario,
    ...(doc.draft ? { draft: doc.draft } : {}),
  };
}

/** One scenario as a format v1 file: its last valid content. */
export function scenarioFileText(doc: ScenarioDoc): string {
  return `${JSON.stringify(doc.scenario, null, 2)}\n`;
}

/** What an import would add, and every problem found, each with its path in the file. */
export interface ImportPlan {
  kind: 'scenario' | 'backup' | 'unknown';
  items: { scenario: Scenario; draft?: StoredDraft; history: BackupVersion[] }[];
  problems: Issue[];
}

const at = (prefix: PathSegment[], issues: Issue[]) => issues.map((i) => ({ ...i, path: [...prefix, ...i.path] }));

/** Turns zod issues of the backup's own fields into issues like the model's. */
function fromZod(prefix: PathSegment[], error: z.ZodError): Issue[] {
  return error.issues.map((i) => {
    const path = [...prefix, ...i.path.filter((p): p is PathSegment => typeof p !== 'symbol')];
    const missing = i.code === 'invalid_type' && i.input === undefined;
    return missing
      ? issue(path, 'required', 'required')
      : i.code === 'unrecognized_keys'
        ? issue([...path, i.keys[0] ?? ''], 'unknown-key', 'unknown key (check its spelling)', { key: i.keys[0] ?? '' })
        : issue(path, 'bad-value', i.message);
  });
}

/** A backup holds at most this many scenarios (room for twice a team library of 10,000) and versions of each (what the app keeps). */
export const MAX_BACKUP_SCENARIOS = 20_000;
export const MAX_BACKUP_HISTORY = 50;

const draftOnly = z.object({ draft: versionDocSchema.shape.draft });
const entrySchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  updatedAt: z.string(),
  scenario: z.unknown(),
  draft: z.unknown().optional(),
  history: z.array(z.unknown()).optional(),
});
/** A kept version: exactly the fields, and their schemas, that the write (applyImport) parses. */
const versionEntry = versionDocSchema.pick({ savedAt: true, name: true, scenario: true, draft: true }).strict();

/** A draft from a file: valid as the store's draft and shaped so that the editor can open it; otherwise why not. */
function draftProblem(draft: unknown): string | null {
  if (draft === undefined) return null;
  const parsed = draftOnly.safeParse({ draft });
  if (!parsed.success) return z.prettifyError(parsed.error);
  const shape = draftShapeProblem(parsed.data.draft?.file);
  return shape && `the draft cannot be opened: ${shape}`;
}

/** A picked or dropped file, as the page hands it over (a DOM File fits). */
export interface ImportFile {
  name: string;
  /** Bytes, known before reading. */
  size: number;
  text: () => Promise<string>;
}

/** The plan for a picked or dropped file: its size is checked before a byte of it is read. */
export async function readImportFile(file: ImportFile): Promise<ImportPlan> {
  if (!(file.size <= MAX_BACKUP_BYTES)) {
    return {
      kind: 'unknown',
      items: [],
      problems: [
        issue([], 'file-too-large', `the file is ${file.size} bytes; the limit is ${MAX_BACKUP_BYTES}`, {
          size: file.size,
          max: MAX_BACKUP_BYTES,
        }),
      ],
    };
  }
  return readImport(await file.text());
}

/** Reads a dropped or picked file: a scenario (format v1) or a backup. */
export function readImport(text: string): ImportPlan {
  const json = parseJsonText(text, MAX_BACKUP_BYTES);
  if (!json.ok) return { kind: 'unknown', items: [], problems: json.issues };
  const value = json.value as Record<string, unknown> | null;
  const format = value !== null && typeof value === 'object' && !Array.isArray(value) ? value.format : undefined;
  if (format === BACKUP_FORMAT) return readBackup(value as Record<string, unknown>);
  if (format !== 'cp-scenario') {
    return {
      kind: 'unknown',
      items: [],
      problems: [
        issue(
          ['format'],
          'not-a-scenario',
          'not a scenario file or a backup ("format" must be "cp-scenario" or "cp-backup")',
        ),
      ],
    };
  }
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_FILE_BYTES)
    return {
      kind: 'scenario',
      items: [],
      problems: [
        issue([], 'file-too-large', `the file is ${bytes} bytes; the limit is ${MAX_FILE_BYTES}`, {
          size: bytes,
          max: MAX_FILE_BYTES,
        }),
      ],
    };
  const parsed = checkScenario(value);
  return parsed.ok
    ? { kind: 'scenario', items: [{ scenario: parsed.value, history: [] }], problems: [] }
    : { kind: 'scenario', items: [], problems: parsed.issues };
}

function readBackup(value: Record<string, unknown>): ImportPlan {
  const plan: ImportPlan = { kind: 'backup', items: [], problems: [] };
  if (value.version !== BACKUP_VERSION) {
    const code =
      typeof value.version === 'number' && value.version > BACKUP_VERSION ? 'version-too-new' : 'version-unknown';
    plan.problems.push(
      issue(
        ['version'],
        code,
        `backup version ${JSON.stringify(value.version)} is not supported (highest: ${BACKUP_VERSION})`,
        { version: String(value.version), highest: BACKUP_VERSION },
      ),
    );
    return plan;
  }
  if (!Array.isArray(value.scenarios)) {
    plan.problems.push(
      issue(['scenarios'], value.scenarios === undefined ? 'required' : 'wrong-type', 'expected a list of scenarios'),
    );
    return plan;
  }
  if (value.scenarios.length > MAX_BACKUP_SCENARIOS) {
    plan.problems.push(
      issue(
        ['scenarios'],
        'too-many',
        `more than ${MAX_BACKUP_SCENARIOS} scenarios: only the first ${MAX_BACKUP_SCENARIOS} are read`,
        { max: MAX_BACKUP_SCENARIOS },
      ),
    );
  }
  value.scenarios.slice(0, MAX_BACKUP_SCENARIOS).forEach((raw: unknown, i) => {
    const where: PathSegment[] = ['scenarios', i];
    const entry = entrySchema.safeParse(raw);
    if (!entry.success) return void plan.problems.push(...fromZod(where, entry.error));
    const scenario = checkScenario(entry.data.scenario);
    if (!scenario.ok) return void plan.problems.push(...at([...where, 'scenario'], scenario.issues));
    // A bad draft or version is left out and reported; the scenario itself still arrives.
    const draftBad = draftProblem(entry.data.draft);
    if (draftBad) plan.problems.push(issue([...where, 'draft'], 'bad-value', draftBad));
    const draft = draftBad ? undefined : (entry.data.draft as StoredDraft | undefined);
    const history: BackupVersion[] = [];
    (entry.data.history ?? []).forEach((h, j) => {
      const v = readWith(versionEntry, h);
      const bad = v.ok ? draftProblem(v.value.draft) : v.problem;
      if (bad || !v.ok) plan.problems.push(issue([...where, 'history', j], 'bad-value', bad ?? 'not a version'));
      else history.push(v.value);
    });
    if (history.length > MAX_BACKUP_HISTORY) {
      plan.problems.push(
        issue(
          [...where, 'history'],
          'too-many',
          `more than ${MAX_BACKUP_HISTORY} versions: the newest ${MAX_BACKUP_HISTORY} are kept`,
          { max: MAX_BACKUP_HISTORY },
        ),
      );
      history.sort((a, b) => b.savedAt.localeCompare(a.savedAt)).splice(MAX_BACKUP_HISTORY);
    }
    plan.items.push({ scenario: scenario.value, ...(draft ? { draft } : {}), history });
  });
  return plan;
}
