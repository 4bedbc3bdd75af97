/**
 * The command-line optimiser (spec section 8): reads a scenario file, prints the cp-optimum JSON
 * for a budget and exits 0; bad input (the file, an unknown measure id, an id both required and
 * excluded) prints one line per problem on stderr and exits 1; bad usage exits 2.
 */
import { formatIssue } from '../model/issues';
import { optimum, OptimiseSettingsError } from '../model/optimise';
import { parseScenarioText } from '../model/parse';
import { hasFormulas, resolvePlain } from '../model/resolve-numbers';
import { resolve } from 'node:path';
import { readScenario } from './main';
import { OPTIMISE_USAGE, parseOptimiseArgs } from './optimise-args';

function fail(lines: string[], code: number): number {
  for (const line of lines) process.stderr.write(`${line}\n`);
  return code;
}

export async function optimiseMain(argv: readonly string[], cwd: string): Promise<number> {
  const parsed = parseOptimiseArgs(argv);
  // One line: what is wrong, then how to call it.
  if (!parsed.ok) return fail([`${parsed.error}; ${OPTIMISE_USAGE}`], 2);
  const { args } = parsed;
  const text = await readScenario(resolve(cwd, args.file));
  if (typeof text !== 'string') return fail([text.error], 1);
  const scenario = parseScenarioText(text);
  if (!scenario.ok) return fail(scenario.issues.map(formatIssue), 1);
  const s = scenario.value;
  const outcome = hasFormulas(s) ? (await import('../workbook/xlsx-cli')).resolveScenario(s) : resolvePlain(s);
  if (!outcome.ok) return fail(outcome.issues.map(formatIssue), 1);
  try {
    const answer = optimum(outcome.resolved, {
      budget: args.budget,
      require: args.require,
      exclude: args.exclude,
      minReduction: args.minReduction,
    });
    process.stdout.write(`${JSON.stringify(answer, null, 2)}\n`);
    return 0;
  } catch (e) {
    if (e instanceof OptimiseSettingsError)
      return fail(
        e.issues.map((i) => `${i.field}: ${i.message}`),
        1,
      );
    throw e;
  }
}
