import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { captureOutput } from './test-support/capture-output';
import { readXlsx } from '../../test/xlsx/read-xlsx';
import { differences } from '../model/test-support/compare';
import { main } from './main';
import { SHEETS_IN_ORDER } from '../workbook/test-support/sheets';
import { SAMPLE_NAMES } from '../model/samples';
import { at } from '../model/checked';

const root = fileURLToPath(new URL('../..', import.meta.url));

const io = captureOutput();

describe('the evaluator on the sample scenarios', () => {
  it.each(SAMPLE_NAMES)('prints the results of %s as its expected file has them', async (name) => {
    expect(await main([`${name}.json`], join(root, 'public/examples'))).toBe(0);
    const results = JSON.parse(io.out) as Record<string, unknown>;
    const expected = JSON.parse(readFileSync(join(root, `public/examples/${name}.expected.json`), 'utf8')) as Record<
      string,
      unknown
    >;
    for (const key of ['project', 'measures', 'financing', 'sensitivity', 'years', 'verification'])
      expect(differences(results[key], expected[key], key)).toEqual([]);
    expect(results.format).toBe('cp-results');
    expect(results.monteCarlo).toBeNull();
    expect(io.err).toBe('');
  });

  it('runs Monte Carlo only with --samples, seeded', async () => {
    expect(
      await main(
        ['central-america-dairy-energy-risk.json', '--samples', '2000', '--seed', '7'],
        join(root, 'public/examples'),
      ),
    ).toBe(0);
    const monteCarlo = (
      JSON.parse(io.out) as {
        monteCarlo: { samples: number; seed: number; projectNpv: { mean: number }; equityNpv: unknown };
      }
    ).monteCarlo;
    expect(monteCarlo.samples).toBe(2000);
    expect(monteCarlo.seed).toBe(7);
    expect(monteCarlo.equityNpv).toBeNull();
    // Within 5 standard errors of the 200,000-sample reference mean.
    expect(Math.abs(monteCarlo.projectNpv.mean - 160988.92490774882)).toBeLessThan(
      (5 * 24219.699595733713) / Math.sqrt(2000),
    );
  });

  it('uses --delta for the tornado', async () => {
    await main(['bolivia-poultry-slaughterhouse.json', '--delta', '0.1'], join(root, 'public/examples'));
    const small = JSON.parse(io.out) as { sensitivity: { tornado: { npvLow: number; npvHigh: number }[] } };
    io.out = '';
    await main(['bolivia-poultry-slaughterhouse.json'], join(root, 'public/examples'));
    const big = JSON.parse(io.out) as typeof small;
    const swing = (r: { npvLow: number; npvHigh: number }) => Math.abs(r.npvHigh - r.npvLow);
    expect(swing(at(small.sensitivity.tornado, 0)) / swing(at(big.sensitivity.tornado, 0))).toBeCloseTo(0.5, 9);
  });
});

const INVALID: [string, string][] = [
  ['savings-not-a-resource', 'measures[0].savings.steam: not a resource id'],
  ['duplicate-measure-id', 'measures[1].id: duplicate id "boiler"'],
  ['grace-not-below-tenor', 'financing.loan.graceYears: must be below the tenor (5 years)'],
  ['tenor-above-horizon', 'financing.loan.tenorYears: must not exceed the horizon (10 years)'],
  ['start-not-in-horizon', 'measures[2].startYear: must be below the horizon (10 years)'],
  ['formula-div-zero', 'measures[0].capex: the formula =1000/zero gives #DIV/0!'],
  [
    'formula-unknown-name',
    'measures[0].capex: the formula =unknown_var*2 gives #NAME? (name unknown_var is not a variable)',
  ],
  ['formula-cycle', 'variables[0].value: the formula =b_+1 gives #CYCLE! (it depends on itself)'],
  ['rebate-bad-indicator', 'financing.rebate.indicator: must be "co2e" or a resource id'],
  ['rebate-year-outside-tenor', 'financing.rebate.year: must be between 1 and the tenor (5)'],
  ['guarantee-without-loan', 'financing.guarantee: a guarantee needs a loan'],
  ['distribution-min-above-mode', 'uncertainty[0].distribution.min: min is above mode'],
  ['distribution-negative-sd', 'uncertainty[0].distribution.sd: must not be negative'],
  ['uncertainty-unknown-input', 'uncertainty[0].input: unknown input "resources.steam.price"'],
  ['unknown-key', 'discountRatee: unknown key (check its spelling)'],
  ['future-version', 'version: version 2 is newer than this app supports (highest: 1)'],
  ['proto-key', 'resources[0].__proto__: the key "__proto__" is not allowed'],
  [
    'coverage-above-one',
    'financing.guarantee.coverage: must be between 0 and 1 (a fraction: 0.12 means 12 %), got 1.5',
  ],
  ['variable-like-cell', 'variables[0].name: "kw1" reads as a cell reference: use an underscore, like "kw_1"'],
  [
    'formula-cell-reference',
    'measures[0].capex: the formula =A1*2 refers to a cell (A1); use variables by name instead',
  ],
  ['verification-unknown-method', 'verification.method: must be one of "intensity", "regression"'],
  ['verification-unknown-resource', 'verification.baseline[0].use.steam: "steam" is not a resource of the scenario'],
  [
    'verification-resources-differ',
    "verification.reporting[1].use: the resources differ from the first record's (water missing)",
  ],
  ['verification-empty-use', 'verification.baseline[1].use: must give the use of at least one resource'],
  ['verification-duplicate-period', 'verification.baseline[2].period: "2025-02" appears twice in baseline'],
  ['verification-negative-use', 'verification.reporting[0].use.electricity: must be at least 0'],
  [
    'verification-zero-production',
    'verification.reporting[0].production: must be above 0 with the intensity method (use is compared per unit of production)',
  ],
  ['verification-missing-production', 'verification.baseline[0].production: required'],
  ['verification-production-not-number', 'verification.baseline[0].production: expected number, got string "400"'],
  [
    'verification-too-few-records',
    'verification.baseline: the regression method needs at least 3 baseline records, got 2',
  ],
  ['verification-empty-reporting', 'verification.reporting: must not be empty'],
  [
    'verification-equal-productions',
    'verification.baseline: every baseline production is 400: a regression needs production to vary (use the intensity method)',
  ],
  ['verification-null', 'verification: expected object, got null'],
];

describe('the evaluator on bad input', () => {
  it.each(INVALID)('%s: exits 1 naming the field and the reason', async (name, line) => {
    expect(await main([`${name}.json`], join(root, 'test/fixtures/invalid'))).toBe(1);
    expect(io.err.split('\n')).toContain(line);
    expect(io.out).toBe('');
    expect(io.err).not.toMatch(/\n\s+at /);
  });

  it('says when the file is not JSON', async () => {
    expect(await main(['not-json.json'], join(root, 'test/fixtures/invalid'))).toBe(1);
    expect(io.err).toMatch(/^\(file\): not valid JSON \(/);
  });

  it('refuses a file over 5 MB before reading it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-'));
    writeFileSync(join(dir, 'big.json'), ' '.repeat(5 * 1024 * 1024 + 1));
    expect(await main(['big.json'], dir)).toBe(1);
    expect(io.err).toBe(`${join(dir, 'big.json')}: the file is 5242881 bytes; the limit is 5242880\n`);
  });

  it('names a missing file', async () => {
    expect(await main(['nope.json'], root)).toBe(1);
    expect(io.err).toBe(`${join(root, 'nope.json')}: no such file\n`);
  });

  it.each([
    [[], 'no scenario file given'],
    [['a.json', '--samples', 'x'], '--samples takes a whole number from 1 to 10000000, got x'],
    [['a.json', '--delta', '2'], '--delta takes a fraction between 0 and 1 (0.2 = ±20 %), got 2'],
    [['a.json', '--bogus'], 'unknown option --bogus'],
  ])('rejects bad usage %j with exit 2', async (argv, line) => {
    expect(await main(argv, root)).toBe(2);
    expect(io.err.split('\n')[0]).toBe(line);
  });
});

describe('npm run evaluate', () => {
  it('reads a relative file from the directory npm was run in, and prints only JSON', () => {
    const stdout = execFileSync('npm', ['run', '--silent', 'evaluate', '--', 'bolivia-poultry-slaughterhouse.json'], {
      cwd: join(root, 'public/examples'),
      encoding: 'utf8',
    });
    expect((JSON.parse(stdout) as { project: { npv: number } }).project.npv).toBeCloseTo(259054.4588159966, 6);
  });

  it('exits non-zero with one line a problem, no stack trace', () => {
    const r = spawnSync('npm', ['run', '--silent', 'evaluate', '--', 'test/fixtures/invalid/future-version.json'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim()).toBe('version: version 2 is newer than this app supports (highest: 1)');
  });
});

describe('the evaluator with --xlsx', () => {
  const examples = join(root, 'public/examples');

  it('writes the workbook to a relative path from the working directory and still prints the JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-'));
    writeFileSync(join(dir, 'in.json'), readFileSync(join(examples, 'colombia-green-credit-rebate.json')));
    expect(await main(['in.json', '--xlsx', 'out.xlsx'], dir)).toBe(0);
    const printed = io.out;
    io.out = '';
    await main(['in.json'], dir);
    expect(printed).toBe(io.out);
    expect(io.err).toBe('');
    const file = readXlsx(readFileSync(join(dir, 'out.xlsx')));
    expect([...file.sheets.keys()]).toEqual(SHEETS_IN_ORDER);
    const [sheet, cell] = file.names.get('ProjectNPV')!.replace(/\$/g, '').split('!');
    const npv = file.sheets.get(sheet ?? '')?.get(cell ?? '');
    if (!npv) throw new Error('ProjectNPV names no cell');
    expect(npv.formula).toMatch(/^CashFlow!\$B\$5\+NPV\(DiscountRate,CashFlow!\$C\$5:\$[A-Z]+\$5\)$/);
    expect(npv.value).toBeCloseTo((JSON.parse(printed) as { project: { npv: number } }).project.npv, 6);
  });

  it('says when the file cannot be written, and prints no JSON', async () => {
    const target = join(tmpdir(), 'no-such-dir-cp', 'out.xlsx');
    expect(await main(['bolivia-poultry-slaughterhouse.json', '--xlsx', target], examples)).toBe(1);
    expect(io.err).toBe(`${target}: cannot be written (ENOENT)\n`);
    expect(io.out).toBe('');
  });

  it('refuses to overwrite the scenario file', async () => {
    expect(
      await main(['bolivia-poultry-slaughterhouse.json', '--xlsx', 'bolivia-poultry-slaughterhouse.json'], examples),
    ).toBe(2);
    expect(io.err).toBe(
      `${join(examples, 'bolivia-poultry-slaughterhouse.json')}: the workbook would overwrite the scenario file\n`,
    );
  });

  it('works through npm run evaluate (the bundled evaluator), OUT relative to where npm ran', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-'));
    const argv = [
      '--prefix',
      root,
      'run',
      '--silent',
      'evaluate',
      '--',
      join(examples, 'peru-textile-guaranteed-loan.json'),
      '--xlsx',
      'peru.xlsx',
    ];
    const stdout = execFileSync('npm', argv, { cwd: dir, encoding: 'utf8' });
    expect((JSON.parse(stdout) as { financing: { equityNpv: number } }).financing.equityNpv).toBeTypeOf('number');
    const file = readXlsx(readFileSync(join(dir, 'peru.xlsx')));
    expect(file.names.has('EquityIRR')).toBe(true);
  });
});
