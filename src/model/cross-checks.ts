/** Checks of a scenario that span several fields and need no formula to be evaluated. */
import { checkLimitCurrency } from './credit-limit';
import { issue, type Issue } from './issues';
import type { DistributionInput, Scenario } from './schema';
import { checkVerification } from './verification-checks';
import { at } from './checked';

/**
 * A name that a spreadsheet would read as a cell reference: A1 style (`kw1`, `co2`), or R1C1
 * style, which Excel also refuses as a name (`r`, `c`, `r2c3`).
 */
export const CELL_LIKE = /^(?:[a-z]+[0-9]+|r[0-9]*c?[0-9]*|c[0-9]*)$/i;

function duplicates<T>(items: readonly T[], key: (t: T) => string): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  items.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) out.push(i);
    seen.add(k);
  });
  return out;
}

/** A cell-like name made a valid one: `kw1` -> `kw_1`, `AB` -> `AB_`. */
function underscored(name: string): string {
  return /[0-9]/.test(name) ? name.replace(/([a-z])([0-9])/i, '$1_$2') : `${name}_`;
}

function checkIds(s: Scenario, out: Issue[]): void {
  for (const kind of ['resources', 'measures'] as const) {
    const list: readonly { id: string }[] = s[kind];
    for (const i of duplicates(list, (x) => x.id)) {
      const { id } = at(list, i, kind);
      out.push(issue([kind, i, 'id'], 'duplicate-id', `duplicate id "${id}"`, { id }));
    }
    list.forEach((x, i) => {
      if (x.id === 'co2e') out.push(issue([kind, i, 'id'], 'reserved-id', '"co2e" is reserved', { id: 'co2e' }));
    });
  }
  const vars = s.variables ?? [];
  for (const i of duplicates(vars, (v) => v.name.toLowerCase())) {
    out.push(
      issue(['variables', i, 'name'], 'duplicate-id', `duplicate variable name "${at(vars, i, 'variable').name}"`, {
        id: at(vars, i, 'variable').name,
      }),
    );
  }
  vars.forEach((v, i) => {
    if (CELL_LIKE.test(v.name)) {
      out.push(
        issue(
          ['variables', i, 'name'],
          'variable-like-cell',
          `"${v.name}" reads as a cell reference: use an underscore, like "${underscored(v.name)}"`,
          { name: v.name },
        ),
      );
    }
  });
}

function checkMeasures(s: Scenario, resourceIds: Set<string>, out: Issue[]): void {
  s.measures.forEach((m, i) => {
    for (const key of Object.keys(m.savings ?? {})) {
      if (!resourceIds.has(key))
        out.push(issue(['measures', i, 'savings', key], 'not-a-resource', 'not a resource id', { key }));
    }
    const start = m.startYear ?? 0;
    if (start >= s.horizonYears) {
      out.push(
        issue(
          ['measures', i, 'startYear'],
          'start-not-in-horizon',
          `must be below the horizon (${s.horizonYears} years)`,
          { max: s.horizonYears - 1 },
        ),
      );
    }
  });
}

function checkFinancing(s: Scenario, resourceIds: Set<string>, out: Issue[]): void {
  const f = s.financing;
  if (!f) return;
  const loan = f.loan;
  if (!loan) {
    if (f.guarantee) out.push(issue(['financing', 'guarantee'], 'needs-loan', 'a guarantee needs a loan'));
    if (f.rebate) out.push(issue(['financing', 'rebate'], 'needs-loan', 'a rebate needs a loan'));
    return;
  }
  if (loan.tenorYears > s.horizonYears) {
    out.push(
      issue(
        ['financing', 'loan', 'tenorYears'],
        'tenor-above-horizon',
        `must not exceed the horizon (${s.horizonYears} years)`,
        { max: s.horizonYears },
      ),
    );
  }
  if ((loan.graceYears ?? 0) >= loan.tenorYears) {
    out.push(
      issue(
        ['financing', 'loan', 'graceYears'],
        'grace-not-below-tenor',
        `must be below the tenor (${loan.tenorYears} years)`,
        { max: loan.tenorYears - 1 },
      ),
    );
  }
  const r = f.rebate;
  if (!r) return;
  if (r.year < 1 || r.year > loan.tenorYears) {
    out.push(
      issue(
        ['financing', 'rebate', 'year'],
        'rebate-year-outside-tenor',
        `must be between 1 and the tenor (${loan.tenorYears})`,
        { min: 1, max: loan.tenorYears },
      ),
    );
  }
  if (r.indicator !== 'co2e' && !resourceIds.has(r.indicator)) {
    out.push(
      issue(['financing', 'rebate', 'indicator'], 'bad-indicator', 'must be "co2e" or a resource id', {
        key: r.indicator,
      }),
    );
  }
}

function checkDistribution(d: DistributionInput, path: (string | number)[], out: Issue[]): void {
  if (d.type === 'normal') {
    if (d.sd < 0) out.push(issue([...path, 'sd'], 'negative-sd', 'must not be negative'));
    return;
  }
  if (d.type === 'uniform') {
    if (d.min > d.max) out.push(issue([...path, 'min'], 'min-above-max', 'min is above max'));
    return;
  }
  if (d.min > d.mode) out.push(issue([...path, 'min'], 'min-above-mode', 'min is above mode'));
  if (d.mode > d.max) out.push(issue([...path, 'mode'], 'mode-above-max', 'mode is above max'));
}

/** Whether `path` names an input that Monte Carlo can vary (spec section 4). */
export function isKnownInput(s: Scenario, path: string): boolean {
  const p = path.split('.');
  if (p.length === 1) return p[0] === 'discountRate' || p[0] === 'energyPriceFactor';
  if (p[0] === 'resources' && p.length === 3) {
    return s.resources.some((r) => r.id === p[1]) && (p[2] === 'price' || p[2] === 'escalation');
  }
  if (p[0] === 'measures') {
    const m = s.measures.find((x) => x.id === p[1]);
    if (!m) return false;
    if (p.length === 3) return p[2] === 'capex' || p[2] === 'annualOpexChange';
    return p.length === 4 && p[2] === 'savings' && p[3] !== undefined && Object.hasOwn(m.savings ?? {}, p[3]);
  }
  return path === 'financing.loan.annualRate' && s.financing?.loan !== undefined;
}

function checkUncertainty(s: Scenario, out: Issue[]): void {
  (s.uncertainty ?? []).forEach((u, i) => {
    if (!isKnownInput(s, u.input))
      out.push(issue(['uncertainty', i, 'input'], 'unknown-input', `unknown input "${u.input}"`, { key: u.input }));
    checkDistribution(u.distribution, ['uncertainty', i, 'distribution'], out);
  });
}

/** All cross-field problems of a schema-valid scenario, in file order of the checks. */
export function crossCheck(s: Scenario): Issue[] {
  const out: Issue[] = [];
  const resourceIds = new Set(s.resources.map((r) => r.id));
  checkIds(s, out);
  checkMeasures(s, resourceIds, out);
  checkFinancing(s, resourceIds, out);
  checkUncertainty(s, out);
  checkVerification(s, out);
  out.push(...checkLimitCurrency(s));
  return out;
}
