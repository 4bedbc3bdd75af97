/**
 * Verification (issue 11): what 3 resources × 60 baseline + 60 reporting records add to the
 * worker's evaluation of one edit (validate, resolve, kernel, sensitivity; target ≤ 1 ms more),
 * and the verification block alone.
 * Run from the repository root (scripts/bench.mjs does), which holds public/examples.
 * The dairy sample with and without a generated verification,
 * runs interleaved so that machine noise hits both alike; medians.
 */
import { readFileSync } from 'node:fs';
import { evaluate } from '../src/model/kernel';
import { parseScenario } from '../src/model/parse';
import { resolvePlain } from '../src/model/resolve-numbers';
import { verify } from '../src/model/verification';
import { ModelSession } from '../src/workbook/session';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const sample = JSON.parse(readFileSync('public/examples/colombia-dairy-verified-rebate.json', 'utf8')) as Record<
  string,
  unknown
> & { measures: { capex: number }[] };
const { verification: _, ...without } = sample;
// Deterministic records: a seasonal production and use that follows it, 10 % less after.
const record = (i: number, after: boolean) => {
  const x = 2000 + 250 * Math.sin(i / 1.9) + 7 * (i % 5);
  const k = after ? 0.9 : 1;
  return {
    period: `${after ? 'r' : 'b'}${i}`,
    production: x,
    use: { electricity: k * (20000 + 90 * x), natgas: k * (800 + 8.5 * x), water: k * (300 + 2.9 * x) },
  };
};
const withV = {
  ...without,
  verification: {
    method: 'regression',
    baseline: Array.from({ length: 60 }, (_, i) => record(i, false)),
    reporting: Array.from({ length: 60 }, (_, i) => record(i, true)),
  },
};

const session = new ModelSession();
const runs = 300;
const plain: number[] = [];
const verified: number[] = [];
for (let i = -20; i < runs; i++) {
  for (const [file, out] of [
    [without, plain],
    [withV, verified],
  ] as const) {
    const edited = structuredClone(file) as typeof sample;
    edited.measures[0]!.capex = 480000000 + i;
    const t = performance.now();
    const reply = await session.evaluate(edited);
    const dt = performance.now() - t;
    if (!reply.ok) throw new Error(JSON.stringify(reply.issues));
    if (i >= 0) out.push(dt);
  }
}

const parsed = parseScenario(withV);
if (!parsed.ok) throw new Error('invalid');
const resolved = resolvePlain(parsed.value);
if (!resolved.ok) throw new Error('unresolved');
const s = resolved.resolved;
const kernel = evaluate(s);
const alone: number[] = [];
for (let i = -20; i < runs; i++) {
  const t = performance.now();
  verify(s, s.verification!, kernel);
  if (i >= 0) alone.push(performance.now() - t);
}

const mPlain = median(plain);
const mVerified = median(verified);
console.table([
  {
    benchmark: 'Worker evaluation of one edit, dairy sample without verification',
    'median ms': +mPlain.toFixed(3),
    runs,
  },
  { benchmark: 'Same, with 3 resources × 60 + 60 records (regression)', 'median ms': +mVerified.toFixed(3), runs },
  {
    benchmark: 'Added by the verification (difference of medians; target ≤ 1 ms)',
    'median ms': +(mVerified - mPlain).toFixed(3),
    runs,
  },
  {
    benchmark: 'The verification block alone (both methods’ sums, fit, financing as verified)',
    'median ms': +median(alone).toFixed(3),
    runs,
  },
]);
