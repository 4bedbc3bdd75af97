/** Command-line arguments of the portfolio: `PATH... [--skip-invalid] [--csv OUT] [--xlsx OUT]`. */
import { at } from '../model/checked';

export interface PortfolioArgs {
  paths: string[];
  skipInvalid: boolean;
  csv?: string;
  xlsx?: string;
}

export const PORTFOLIO_USAGE =
  'usage: npm run --silent portfolio -- PATH... [--skip-invalid] [--csv OUT.csv] [--xlsx OUT.xlsx]';

type Parsed = { ok: true; args: PortfolioArgs } | { ok: false; error: string };

/** Parses argv (after `node script`); errors are one line a person can act on. */
export function parsePortfolioArgs(argv: readonly string[]): Parsed {
  const args: PortfolioArgs = { paths: [], skipInvalid: false };
  for (let i = 0; i < argv.length; i++) {
    const a = at(argv, i, 'argument');
    if (a === '--skip-invalid') args.skipInvalid = true;
    else if (a === '--csv' || a === '--xlsx') {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) return { ok: false, error: `${a} takes an output file name` };
      args[a === '--csv' ? 'csv' : 'xlsx'] = next;
      i++;
    } else if (a.startsWith('-')) return { ok: false, error: `unknown option ${a}` };
    else args.paths.push(a);
  }
  if (args.paths.length === 0) return { ok: false, error: 'no scenario file, backup or folder given' };
  return { ok: true, args };
}
