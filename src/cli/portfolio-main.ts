/**
 * The portfolio command (spec section 7): reads scenario files, backups and folders, evaluates
 * every scenario as the evaluator does, and prints the cp-portfolio JSON. A scenario that does
 * not validate is reported with its file and path; without --skip-invalid that is exit 1 (after
 * listing every problem), with it the rest is still counted. `--csv` and `--xlsx` write the rows
 * (and for xlsx the totals as formulas) as well.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatIssue, type Issue } from '../model/issues';
import { parseScenario } from '../model/parse';
import { entryResults, portfolio, portfolioEntry, type PortfolioEntry } from '../model/portfolio';
import { hasFormulas, resolvePlain } from '../model/resolve-numbers';
import { portfolioCsv, portfolioXlsx } from '../workbook/portfolio-export';
import { parsePortfolioArgs, PORTFOLIO_USAGE } from './portfolio-args';
import { readSources, type SourceItem } from './portfolio-sources';

const formulaEngine = () => import('../workbook/xlsx-cli');

function lines(ls: readonly string[]): void {
  for (const l of ls) process.stderr.write(`${l}\n`);
}

/** The entry of one item, or its problems as `file: path: reason` lines. */
async function entryOf(item: SourceItem): Promise<PortfolioEntry | string[]> {
  const where = (issues: Issue[]) =>
    issues.map((i) => `${item.file}: ${formatIssue({ ...i, path: [...item.at, ...i.path] })}`);
  const parsed = parseScenario(item.raw);
  if (!parsed.ok) return where(parsed.issues);
  const s = parsed.value;
  const outcome = hasFormulas(s) ? (await formulaEngine()).resolveScenario(s) : resolvePlain(s);
  if (!outcome.ok) return where(outcome.issues);
  return portfolioEntry(s, outcome.resolved, entryResults(outcome.resolved));
}

async function write(path: string, data: string | Uint8Array): Promise<string | null> {
  try {
    await writeFile(path, data);
    return null;
  } catch (e) {
    return `${path}: cannot be written (${(e as NodeJS.ErrnoException).code ?? String(e)})`;
  }
}

export async function portfolioMain(argv: readonly string[], cwd: string): Promise<number> {
  const parsed = parsePortfolioArgs(argv);
  if (!parsed.ok) {
    lines([parsed.error, PORTFOLIO_USAGE]);
    return 2;
  }
  const { args } = parsed;
  const paths = args.paths.map((p) => resolve(cwd, p));
  const outputs = [args.csv, args.xlsx].flatMap((o) => (o === undefined ? [] : [resolve(cwd, o)]));
  const clash = outputs.find((o) => paths.includes(o));
  if (clash !== undefined) {
    lines([`${clash}: the output would overwrite an input`]);
    return 2;
  }
  const sources = await readSources(paths);
  lines(sources.skipped);
  if (sources.errors.length > 0) {
    lines(sources.errors);
    return 1;
  }
  const entries: PortfolioEntry[] = [];
  const problems: string[] = [];
  for (const item of sources.items) {
    const e = await entryOf(item);
    if (Array.isArray(e)) problems.push(...e);
    else entries.push(e);
  }
  lines(problems);
  if (problems.length > 0 && !args.skipInvalid) return 1;
  const p = portfolio(entries);
  const written = [
    args.csv === undefined ? null : await write(resolve(cwd, args.csv), portfolioCsv(p.scenarios, 'en-US')),
    args.xlsx === undefined
      ? null
      : await write(
          resolve(cwd, args.xlsx),
          portfolioXlsx(
            p,
            entries.map((e) => e.lifetimeCo2eTonnes),
          ),
        ),
  ].filter((w): w is string => w !== null);
  if (written.length > 0) {
    lines(written);
    return 1;
  }
  process.stdout.write(`${JSON.stringify(p, null, 2)}\n`);
  return 0;
}
