/**
 * What the portfolio command reads (spec section 7): scenario files, the app's backup files and
 * folders of either (not recursive, files in code-point order of their names). In a folder, a
 * `.json` file that is neither is skipped with a note; named on the command line, it is an error.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { PathSegment } from '../model/issues';
import { MAX_FILE_BYTES, parseJsonText } from '../model/parse';

/** A backup holds many scenarios: the app's own limit (src/persistence/backup.ts), which the CLI may not import. */
export const MAX_BACKUP_BYTES = 100 * 1024 * 1024;

/** One scenario to evaluate: its JSON value, the file it came from and where in that file. */
export interface SourceItem {
  file: string;
  /** Empty for a scenario file; `scenarios[i].scenario` in a backup. */
  at: PathSegment[];
  raw: unknown;
}

export interface Sources {
  items: SourceItem[];
  /** Files skipped in folders, one line each. */
  skipped: string[];
  /** Named files that could not be read or are neither kind: errors. */
  errors: string[];
}

type Read = { ok: true; items: SourceItem[] } | { ok: false; why: string };

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

async function readOne(file: string, size: number): Promise<Read> {
  if (size > MAX_BACKUP_BYTES) return { ok: false, why: `the file is ${size} bytes; the limit is ${MAX_BACKUP_BYTES}` };
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    return { ok: false, why: `cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})` };
  }
  const json = parseJsonText(text, MAX_BACKUP_BYTES);
  if (!json.ok) return { ok: false, why: json.issues.map((i) => i.message).join('; ') };
  const v = json.value;
  const format =
    v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>).format : undefined;
  if (format === 'cp-scenario') {
    if (size > MAX_FILE_BYTES) return { ok: false, why: `the file is ${size} bytes; the limit is ${MAX_FILE_BYTES}` };
    return { ok: true, items: [{ file, at: [], raw: v }] };
  }
  if (format === 'cp-backup') {
    const list = (v as Record<string, unknown>).scenarios;
    if (!Array.isArray(list)) return { ok: false, why: 'a backup without a list of scenarios' };
    return {
      ok: true,
      items: list.map((entry: unknown, i) => ({
        file,
        at: ['scenarios', i, 'scenario'],
        raw: entry !== null && typeof entry === 'object' ? (entry as Record<string, unknown>).scenario : undefined,
      })),
    };
  }
  return { ok: false, why: 'not a scenario file or a backup ("format" must be "cp-scenario" or "cp-backup")' };
}

/** Reads every path in the order given. */
export async function readSources(paths: readonly string[]): Promise<Sources> {
  const out: Sources = { items: [], skipped: [], errors: [] };
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      out.errors.push(
        code === 'ENOENT' ? `${path}: no such file or folder` : `${path}: cannot be read (${code ?? String(e)})`,
      );
      continue;
    }
    if (info.isDirectory()) {
      const names = (await readdir(path, { withFileTypes: true }))
        .filter((d) => d.name.endsWith('.json') && !d.isDirectory())
        .map((d) => d.name)
        .sort(byCodePoint);
      for (const name of names) {
        const file = join(path, name);
        const read = await readOne(file, (await stat(file)).size);
        if (read.ok) out.items.push(...read.items);
        else out.skipped.push(`${file}: skipped: ${read.why}`);
      }
    } else {
      const read = await readOne(path, info.size);
      if (read.ok) out.items.push(...read.items);
      else out.errors.push(`${path}: ${read.why}`);
    }
  }
  return out;
}
