/**
 * The command-line evaluator: reads a scenario file, prints the results JSON of spec section 5 on
 * stdout and exits 0; on bad input prints one line per problem on stderr (`path: reason`) and
 * exits 1 (2 for bad usage). Never a stack trace. With `--xlsx OUT` it also writes the formula
 * workbook the app exports, before printing.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatIssue } from '../model/issues';
import { MAX_FILE_BYTES, parseScenarioText } from '../model/parse';
import { hasFormulas, resolvePlain } from '../model/resolve-numbers';
import { resultsFile } from '../model/results-file';
import type { Scenario } from '../model/schema';
import { parseArgs, USAGE } from './args';

function fail(lines: string[], code: number): number {
  for (const line of lines) process.stderr.write(`${line}\n`);
  return code;
}

export async function readScenario(path: string): Promise<string | { error: string }> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { error: `${path}: not a file` };
    if (info.size > MAX_FILE_BYTES)
      return { error: `${path}: the file is ${info.size} bytes; the limit is ${MAX_FILE_BYTES}` };
    return await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { error: code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot be read (${code ?? String(e)})` };
  }
}

/**
 * The formula engine, the resolver and the Excel export, loaded only when a scenario has formulas
 * or --xlsx is given: most runs start faster without them. One module for all (see its header).
 */
const formulaEngine = () => import('../workbook/xlsx-cli');

/** Writes the scenario's workbook as .xlsx at `path`; returns the lines of what went wrong, or null. */
async function writeXlsx(s: Scenario, path: string): Promise<string[] | null> {
  const built = (await formulaEngine()).scenarioXlsx(s);
  if (!built.ok) return built.issues.map(formatIssue);
  try {
    await writeFile(path, built.bytes);
    return null;
  } catch (e) {
    return [`${path}: cannot be written (${(e as NodeJS.ErrnoException).code ?? String(e)})`];
  }
}

export async function main(argv: readonly string[], cwd: string): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) return fail([parsed.error, USAGE], 2);
  const { args } = parsed;
  const path = resolve(cwd, args.file);
  const text = await readScenario(path);
  if (typeof text !== 'string') return fail([text.error], 1);
  const scenario = parseScenarioText(text);
  if (!scenario.ok) return fail(scenario.issues.map(formatIssue), 1);
  const s = scenario.value;
  const outcome = hasFormulas(s) ? (await formulaEngine()).resolveScenario(s) : resolvePlain(s);
  if (!outcome.ok) return fail(outcome.issues.map(formatIssue), 1);
  const results = resultsFile(outcome.resolved, args);
  if (args.xlsx !== undefined) {
    // Relative to the directory npm was run in, like the scenario file.
    const out = resolve(cwd, args.xlsx);
    if (out === path) return fail([`${out}: the workbook would overwrite the scenario file`], 2);
    const problems = await writeXlsx(s, out);
    if (problems) return fail(problems, 1);
  }
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  return 0;
}
