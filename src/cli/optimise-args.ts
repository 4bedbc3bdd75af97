/** Command-line arguments of the optimiser: `FILE.json --budget B [--require a,b] [--exclude c] [--min-reduction co2e=0.3]`. */

export interface OptimiseArgs {
  file: string;
  budget: number;
  require: string[];
  exclude: string[];
  minReduction: { indicator: string; share: number } | null;
}

export const OPTIMISE_USAGE =
  'usage: npm run --silent optimise -- FILE.json --budget B [--require id,id] [--exclude id,id] [--min-reduction INDICATOR=SHARE]';

type Parsed = { ok: true; args: OptimiseArgs } | { ok: false; error: string };

function ids(flag: string, text: string | undefined): string[] | string {
  if (text === undefined || text.startsWith('--')) return `${flag} takes a list of measure ids separated by commas`;
  const list = text.split(',').map((s) => s.trim());
  if (list.some((id) => id === '')) return `${flag} has an empty id in "${text}"`;
  return list;
}

/** Parses argv (after `node script`); errors are one line a person can act on. */
export function parseOptimiseArgs(argv: readonly string[]): Parsed {
  let file: string | undefined;
  let budget: number | undefined;
  const args: Omit<OptimiseArgs, 'file' | 'budget'> = { require: [], exclude: [], minReduction: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    const next = argv[i + 1];
    if (a === '--budget') {
      const b = Number(next);
      if (next === undefined || next.trim() === '' || !Number.isFinite(b) || b < 0)
        return {
          ok: false,
          error: `--budget takes an amount ≥ 0 in the scenario's currency, got ${next ?? 'nothing'}`,
        };
      budget = b;
      i++;
    } else if (a === '--require' || a === '--exclude') {
      const list = ids(a, next);
      if (typeof list === 'string') return { ok: false, error: list };
      args[a === '--require' ? 'require' : 'exclude'].push(...list);
      i++;
    } else if (a === '--min-reduction') {
      const m = /^([a-z][a-z0-9_]*)=(.+)$/.exec(next ?? '');
      const share = Number(m?.[2]);
      if (!m || !Number.isFinite(share))
        return { ok: false, error: `--min-reduction takes INDICATOR=SHARE (e.g. co2e=0.3), got ${next ?? 'nothing'}` };
      args.minReduction = { indicator: m[1] ?? '', share };
      i++;
    } else if (a.startsWith('-')) {
      return { ok: false, error: `unknown option ${a}` };
    } else if (file === undefined) {
      file = a;
    } else {
      return { ok: false, error: `one scenario file at a time (got ${file} and ${a})` };
    }
  }
  if (file === undefined) return { ok: false, error: 'no scenario file given' };
  if (budget === undefined) return { ok: false, error: "no budget given (--budget B, in the scenario's currency)" };
  return { ok: true, args: { file, budget, ...args } };
}
