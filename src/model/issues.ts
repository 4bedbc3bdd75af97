/**
 * A problem found in a scenario file, named by the field's path and a reason code.
 * The code and params are what the UI translates; `message` is the English sentence the
 * command-line evaluator prints.
 */
import { z } from './zod';

export type PathSegment = string | number;

export const ISSUE_CODES = [
  'file-too-large',
  'not-json',
  'forbidden-key',
  'too-deep',
  'not-a-scenario',
  'version-too-new',
  'version-unknown',
  'unknown-key',
  'required',
  'wrong-type',
  'not-a-formula',
  'not-integer',
  'out-of-range',
  'bad-name',
  'bad-value',
  'duplicate-id',
  'reserved-id',
  'not-a-resource',
  'needs-loan',
  'grace-not-below-tenor',
  'tenor-above-horizon',
  'start-not-in-horizon',
  'rebate-year-outside-tenor',
  'bad-indicator',
  'min-above-mode',
  'mode-above-max',
  'min-above-max',
  'negative-sd',
  'unknown-input',
  'formula-error',
  'cell-reference',
  'variable-like-cell',
  'variable-like-function',
  'variable-reserved',
  'verification-resources-differ',
  'verification-empty-use',
  'duplicate-period',
  'production-not-positive',
  'too-few-records',
  'productions-all-equal',
  'function-not-allowed',
  'formula-too-long',
  'formula-too-deep',
  'array-too-large',
  'not-finite',
  'too-many',
  'text-too-long',
] as const;

export type IssueCode = (typeof ISSUE_CODES)[number];

export const issueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  code: z.enum(ISSUE_CODES),
  /** Values for the message: limits, the offending key, the formula, the engine's error. */
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  /** English, for the command line and logs. */
  message: z.string(),
});
export type Issue = z.infer<typeof issueSchema>;

/** `measures[2].savings.steam` from `['measures', 2, 'savings', 'steam']`; `(file)` for the root. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? seg : `.${seg}`;
  }
  return out === '' ? '(file)' : out;
}

/** One line per issue: `path: reason`. */
export function formatIssue(issue: Issue): string {
  return `${formatPath(issue.path)}: ${issue.message}`;
}

export function issue(
  path: PathSegment[],
  code: IssueCode,
  message: string,
  params: Record<string, string | number> = {},
): Issue {
  return { path, code, params, message };
}

/** Thrown where a caller wants an exception rather than a list (the CLI, imports). */
export class ScenarioError extends Error {
  readonly issues: Issue[];
  constructor(issues: Issue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'ScenarioError';
    this.issues = issues;
  }
}
