/** Command-line arguments of the evaluator: `FILE.json [--samples N] [--seed S] [--delta D] [--xlsx OUT]`. */
import { at } from '../model/checked';

export interface CliArgs {
  file: string;
  samples?: number;
  seed?: number;
  delta?: number;
  xlsx?: string;
}

export const USAGE =
  'usage: npm run --silent evaluate -- FILE.json [--samples N] [--seed S] [--delta D] [--xlsx OUT.xlsx]';

type Parsed = { ok: true; args: CliArgs } | { ok: false; error: string };

function wholeNumber(flag: string, text: string | undefined, min: number, max: number): number | string {
  const n = Number(text);
  if (text === undefined || !/^\d+$/.test(text) || n < min || n > max)
    return `${flag} takes a whole number from ${min} to ${max}, got ${text ?? 'nothing'}`;
  return n;
}

/** Parses argv (after `node script`); errors are one line a person can act on. */
export function parseArgs(argv: readonly string[]): Parsed {
  const args: Partial<CliArgs> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = at(argv, i, 'argument');
    const next = argv[i + 1];
    if (a === '--samples' || a === '--seed') {
      const v = wholeNumber(a, next, a === '--samples' ? 1 : 0, a === '--samples' ? 10_000_000 : 2 ** 32 - 1);
      if (typeof v === 'string') return { ok: false, error: v };
      args[a === '--samples' ? 'samples' : 'seed'] = v;
      i++;
    } else if (a === '--delta') {
      const d = Number(next);
      if (next === undefined || !Number.isFinite(d) || d <= 0 || d >= 1)
        return { ok: false, error: `--delta takes a fraction between 0 and 1 (0.2 = ±20 %), got ${next ?? 'nothing'}` };
      args.delta = d;
      i++;
    } else if (a === '--xlsx') {
      if (next === undefined || next.startsWith('--')) return { ok: false, error: '--xlsx takes an output file name' };
      args.xlsx = next;
      i++;
    } else if (a.startsWith('-')) {
      return { ok: false, error: `unknown option ${a}` };
    } else if (args.file === undefined) {
      args.file = a;
    } else {
      return { ok: false, error: `one scenario file at a time (got ${args.file} and ${a})` };
    }
  }
  if (args.file === undefined) return { ok: false, error: 'no scenario file given' };
  return { ok: true, args: args as CliArgs };
}
