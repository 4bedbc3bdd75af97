/**
 * The cross-field rules of spec section 6 for a schema-valid `verification` block (the schema has
 * already refused unknown methods and keys, non-numbers, negatives and empty lists). Each issue
 * names the field and says why, so the grid can mark the very cell.
 */
import { at } from './checked';
import { issue, type Issue, type PathSegment } from './issues';
import type { Scenario, Verification, VerificationRecord } from './schema';

type ListName = 'baseline' | 'reporting';

/** "water missing, steam added" for a record's ids against the first baseline record's. */
function difference(expected: ReadonlySet<string>, actual: readonly string[]): { missing: string[]; added: string[] } {
  const have = new Set(actual);
  return { missing: [...expected].filter((id) => !have.has(id)), added: actual.filter((id) => !expected.has(id)) };
}

function checkRecordUse(
  record: VerificationRecord,
  path: PathSegment[],
  first: ReadonlySet<string> | null,
  resourceIds: ReadonlySet<string>,
  out: Issue[],
): void {
  const ids = Object.keys(record.use);
  if (ids.length === 0) {
    out.push(issue([...path, 'use'], 'verification-empty-use', 'must give the use of at least one resource'));
    return;
  }
  for (const id of ids) {
    if (!resourceIds.has(id))
      out.push(issue([...path, 'use', id], 'not-a-resource', `"${id}" is not a resource of the scenario`, { key: id }));
  }
  if (!first || first.size === 0) return;
  const { missing, added } = difference(first, ids);
  if (missing.length === 0 && added.length === 0) return;
  const parts = [
    ...(missing.length ? [`${missing.join(', ')} missing`] : []),
    ...(added.length ? [`${added.join(', ')} added`] : []),
  ];
  out.push(
    issue(
      [...path, 'use'],
      'verification-resources-differ',
      `the resources differ from the first record's (${parts.join('; ')})`,
      {
        missing: missing.join(', ') || '–',
        added: added.join(', ') || '–',
      },
    ),
  );
}

function checkList(
  v: Verification,
  list: ListName,
  first: ReadonlySet<string> | null,
  resourceIds: ReadonlySet<string>,
  out: Issue[],
): void {
  const method = v.method ?? 'intensity';
  const seen = new Set<string>();
  v[list].forEach((record, i) => {
    const path: PathSegment[] = ['verification', list, i];
    if (seen.has(record.period))
      out.push(
        issue([...path, 'period'], 'duplicate-period', `"${record.period}" appears twice in ${list}`, {
          period: record.period,
        }),
      );
    seen.add(record.period);
    if (method === 'intensity' && record.production === 0) {
      out.push(
        issue(
          [...path, 'production'],
          'production-not-positive',
          'must be above 0 with the intensity method (use is compared per unit of production)',
        ),
      );
    }
    checkRecordUse(record, path, first, resourceIds, out);
  });
}

/** Regression needs three baseline records and productions that vary. */
function checkRegression(v: Verification, out: Issue[]): void {
  if ((v.method ?? 'intensity') !== 'regression') return;
  const n = v.baseline.length;
  if (n < 3) {
    out.push(
      issue(
        ['verification', 'baseline'],
        'too-few-records',
        `the regression method needs at least 3 baseline records, got ${n}`,
        { min: 3, count: n },
      ),
    );
    return;
  }
  const x0 = at(v.baseline, 0, 'baseline record').production;
  if (v.baseline.every((r) => r.production === x0)) {
    out.push(
      issue(
        ['verification', 'baseline'],
        'productions-all-equal',
        `every baseline production is ${x0}: a regression needs production to vary (use the intensity method)`,
        {
          value: x0,
        },
      ),
    );
  }
}

/** All problems of the scenario's verification block (none without one). */
export function checkVerification(s: Scenario, out: Issue[]): void {
  const v = s.verification;
  if (!v) return;
  const resourceIds = new Set(s.resources.map((r) => r.id));
  const firstUse = v.baseline[0]?.use;
  const first = firstUse ? new Set(Object.keys(firstUse)) : null;
  checkList(v, 'baseline', first, resourceIds, out);
  checkList(v, 'reporting', first, resourceIds, out);
  checkRegression(v, out);
}
