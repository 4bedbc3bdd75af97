/**
 * Fuzzing the whole worker path (parse, resolve, kernel, workbook) with hostile scenarios: odd
 * ids, extreme numbers, long and unusual names, deep and refused formulas, cycles, empty lists.
 * Every one must end with finite figures or with problems that name fields: never an exception,
 * NaN or a hang. `npm test` runs a short version; `FUZZ_RUNS=2000 npx vitest run
 * src/workbook/fuzz.test.ts` a long one (see docs/model.md section 9).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ISSUE_CODES } from '../model/issues';
import { nonFinitePaths } from '../model/overflow';
import type { Scenario } from '../model/schema';
import { arbitraryScenario } from '../model/test-support/arbitrary';
import { ModelSession } from './session';
import { at } from '../model/checked';

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
/** A hang detector, not a speed test: one scenario taking this long means something loops. */
const HANG_SECONDS = 60;

const EXTREME = [
  1e308,
  -1e308,
  1.7976931348623157e308,
  5e-324,
  -0,
  1e15,
  -1e15,
  1e16,
  Number.MAX_SAFE_INTEGER,
  1e-300,
  0,
  NaN,
  Infinity,
  -Infinity,
  -0.999999999999,
];
const NAMES = [
  '',
  ' ',
  'x'.repeat(201),
  'x'.repeat(5000),
  '🐄'.repeat(100),
  '\u202Eevil\u202C',
  'a\u0000b',
  '=HYPERLINK("http://x")',
  '<script>alert(1)</script>',
  'Ñandú “San José”',
];
const FORMULAS = [
  '=1/0',
  '=ROW()*1000',
  '=NOW()',
  '=RAND()',
  '=SUM(SEQUENCE(1000,1000))',
  '=HYPERLINK("http://x",1)',
  `=${'('.repeat(5000)}1${')'.repeat(5000)}`,
  `=${'('.repeat(40)}1${')'.repeat(40)}`,
  `=SUM({${Array.from({ length: 300 }, () => 1).join(',')}})`,
  '=1e308*10',
  '=-1e308',
  '=loop_a',
  '=constructor',
  '=__proto__',
  '=A1',
  '=Sheet1!A1',
  '="text"',
  '=TRUE',
  '=',
  '==1',
  '=1+',
  '=POWER(10,400)',
  '=FACT(200)',
  '=EXP(1000)',
  '=1E3',
  '=PMT(0.1,0,1)',
];
const IDS = [
  'constructor',
  'prototype',
  '__proto__',
  'tostring',
  'valueof',
  'co2e',
  'a'.repeat(300),
  'Upper',
  '1abc',
  '',
];

type Row = Record<string, unknown>;
/** A scenario being made hostile: any value may go anywhere. */
type Loose = Row & { resources: Row[]; measures: Row[] };
/** One hostile change, applied to a copy of a valid scenario. */
type Mutation = (s: Loose, pick: number) => void;

/** Sets `key` on the first row of a list, when there is one. */
const onFirst = (rows: Row[], key: string, value: unknown): void => {
  if (rows[0]) rows[0][key] = value;
};

/** The element at `i` wrapped into the list's range: any integer fast-check draws picks one. */
const wrapAt = <T>(list: readonly T[], i: number): T => at(list, Math.abs(i) % list.length);

const MUTATIONS: Mutation[] = [
  (s, i) => void (s.discountRate = wrapAt(EXTREME, i)),
  (s, i) => onFirst(s.resources, 'price', wrapAt(EXTREME, i)),
  (s, i) => onFirst(s.resources, 'escalation', wrapAt([...EXTREME, 1e6, -0.9999], i)),
  (s, i) => onFirst(s.measures, 'capex', wrapAt(EXTREME, i)),
  (s, i) => onFirst(s.measures, 'otherAnnualBenefit', wrapAt(FORMULAS, i)),
  (s, i) => void (s.discountRate = wrapAt(FORMULAS, i)),
  (s, i) => onFirst(s.resources, 'baselineQuantity', wrapAt(FORMULAS, i)),
  (s, i) => void (s.name = wrapAt(NAMES, i)),
  (s, i) => onFirst(s.measures, 'name', wrapAt(NAMES, i)),
  (s, i) => onFirst(s.resources, 'id', wrapAt(IDS, i)),
  (s, i) => onFirst(s.measures, 'id', wrapAt(IDS, i)),
  (s) => void (s.measures = []),
  (s) => void (s.resources = []),
  (s, i) =>
    void (s.variables = [
      { name: 'loop_a', value: '=loop_b' },
      { name: 'loop_b', value: i % 2 ? '=loop_a' : 1 },
    ]),
  (s, i) =>
    void (s.variables = [{ name: wrapAt(['constructor', '__proto__', 'valueof', 'sum', 'kw1', 'r'], i), value: 2 }]),
  (s, i) => void (s.horizonYears = wrapAt([50, 0, 51, 1.5, -1, 1e9], i)),
  (s, i) => onFirst(s.measures, 'lifetimeYears', wrapAt([1, 1e9, 0, 50], i)),
  (s, i) =>
    onFirst(s.measures, 'savings', {
      [typeof s.resources[0]?.id === 'string' ? s.resources[0].id : 'x']: wrapAt([...EXTREME, ...FORMULAS], i),
    }),
  (s, i) =>
    void (s.measures = Array.from({ length: wrapAt([50, 201], i) }, (_, k) => ({
      id: `m${k}`,
      name: 'M',
      category: 'good-housekeeping',
      capex: 1,
      lifetimeYears: 3,
    }))),
  (s, i) =>
    void (s.financing = {
      loan: { principal: wrapAt(EXTREME, i), annualRate: wrapAt([0, 1e-12, 100, 1e6], i), tenorYears: 1 },
    }),
  (s, i) => void (s.credit = { baselineCashFlow: wrapAt(EXTREME, i), minDscr: wrapAt(EXTREME, i + 1) }),
  (s) => void (s.uncertainty = [{ input: 'constructor', distribution: { type: 'uniform', min: 0, max: 1 } }]),
];

const hostileScenario = fc
  .tuple(
    arbitraryScenario,
    fc.array(fc.tuple(fc.nat(MUTATIONS.length - 1), fc.integer()), { minLength: 1, maxLength: 5 }),
  )
  .map(([base, changes]: [Scenario, [number, number][]]) => {
    const s = structuredClone(base) as unknown as Loose;
    for (const [m, pick] of changes) at(MUTATIONS, m)(s, pick);
    return s;
  });

const FILE_LEVEL = new Set(['file-too-large', 'not-json', 'too-deep', 'not-a-scenario', 'not-finite']);

describe('hostile scenarios through the whole worker path', () => {
  it(`end in finite figures or problems naming fields (${RUNS} runs)`, async () => {
    let withFigures = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(hostileScenario, async (file) => {
        const session = new ModelSession();
        const started = performance.now();
        try {
          const reply = await session.evaluate(file);
          if (reply.ok) {
            expect(nonFinitePaths(reply.results)).toEqual([]);
            expect(await session.workbook()).not.toBeNull();
            withFigures++;
          } else {
            expect(reply.issues.length).toBeGreaterThan(0);
            for (const i of reply.issues) {
              expect(ISSUE_CODES).toContain(i.code);
              expect(i.path.length > 0 || FILE_LEVEL.has(i.code), `${i.code} names no field`).toBe(true);
              expect(i.message).not.toMatch(/NaN|undefined|\[object/);
            }
            refused++;
          }
        } finally {
          session.close();
        }
        expect((performance.now() - started) / 1000, 'a hang').toBeLessThan(HANG_SECONDS);
      }),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 2026) },
    );
    expect(withFigures + refused).toBe(RUNS);
    expect(refused).toBeGreaterThan(0);
  }, 3_600_000);
});
