import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { captureOutput } from './test-support/capture-output';
import { readXlsx } from '../../test/xlsx/read-xlsx';
import { differences } from '../model/test-support/compare';
import { SAMPLE_NAMES } from '../model/samples';
import { portfolioMain } from './portfolio-main';
import { at } from '../model/checked';

const root = fileURLToPath(new URL('../..', import.meta.url));
const examples = join(root, 'public/examples');
const expected = JSON.parse(readFileSync(join(examples, 'portfolio.expected.json'), 'utf8')) as Record<string, unknown>;
const sample = (name: string) =>
  JSON.parse(readFileSync(join(examples, `${name}.json`), 'utf8')) as Record<string, unknown>;

const io = captureOutput();

const tmp = () => mkdtempSync(join(tmpdir(), 'cp-portfolio-'));
const errLines = () => io.err.split('\n').filter((l) => l !== '');

describe('the portfolio of the samples folder', () => {
  it('is portfolio.expected.json, every field, and names each non-scenario file it skips', async () => {
    expect(await portfolioMain(['.'], examples)).toBe(0);
    expect(differences(JSON.parse(io.out), expected, 'portfolio')).toEqual([]);
    const skipped = errLines();
    expect(skipped).toContain(
      `${join(examples, 'portfolio.expected.json')}: skipped: not a scenario file or a backup ` +
        `("format" must be "cp-scenario" or "cp-backup")`,
    );
    expect(skipped.every((l) => /\.(expected|montecarlo|optimum)\.json: skipped: /.test(l))).toBe(true);
    expect(skipped).toHaveLength(9);
  });

  it('gives the same figures from a backup of the six, in the order stored', async () => {
    const dir = tmp();
    const names = [...SAMPLE_NAMES].sort((a, b) => (a < b ? -1 : 1));
    const backup = {
      format: 'cp-backup',
      version: 1,
      exportedAt: '2026-01-01T00:00:00.000Z',
      scenarios: names.map((n, i) => ({
        id: `s${i}`,
        name: n,
        updatedAt: '2026-01-01T00:00:00.000Z',
        scenario: sample(n),
      })),
    };
    writeFileSync(join(dir, 'backup.json'), JSON.stringify(backup));
    expect(await portfolioMain(['backup.json'], dir)).toBe(0);
    expect(differences(JSON.parse(io.out), expected, 'portfolio')).toEqual([]);
    expect(io.err).toBe('');
  });
});

describe('what it reads, and in what order', () => {
  it('reads paths in the order given and a folder in code-point order (h10 before h9)', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'f'));
    const named = (name: string) => ({ ...sample('bolivia-poultry-slaughterhouse'), name });
    for (const n of ['h9', 'h10', 'H2']) writeFileSync(join(dir, 'f', `${n}.json`), JSON.stringify(named(n)));
    writeFileSync(join(dir, 'first.json'), JSON.stringify(named('first')));
    mkdirSync(join(dir, 'f', 'sub.json'));
    writeFileSync(join(dir, 'f', 'notes.txt'), 'not json');
    expect(await portfolioMain(['first.json', 'f'], dir)).toBe(0);
    expect((JSON.parse(io.out) as { scenarios: { name: string }[] }).scenarios.map((s) => s.name)).toEqual([
      'first',
      'H2',
      'h10',
      'h9',
    ]);
    expect(io.err).toBe('');
  });

  it('skips a folder file that does not parse, with one line', async () => {
    const dir = tmp();
    copyFileSync(join(examples, 'peru-textile-guaranteed-loan.json'), join(dir, 'a.json'));
    writeFileSync(join(dir, 'b.json'), '{ not json');
    expect(await portfolioMain([dir], root)).toBe(0);
    expect(errLines()).toHaveLength(1);
    expect(errLines()[0]).toMatch(new RegExp(`^${join(dir, 'b.json')}: skipped: `));
    expect((JSON.parse(io.out) as { scenarios: unknown[] }).scenarios).toHaveLength(1);
  });

  it('refuses a named file that is neither a scenario nor a backup', async () => {
    expect(await portfolioMain(['portfolio.expected.json'], examples)).toBe(1);
    expect(io.err).toBe(
      `${join(examples, 'portfolio.expected.json')}: not a scenario file or a backup ("format" must be "cp-scenario" or "cp-backup")\n`,
    );
    expect(io.out).toBe('');
  });

  it('names a missing path', async () => {
    expect(await portfolioMain(['nope'], root)).toBe(1);
    expect(io.err).toBe(`${join(root, 'nope')}: no such file or folder\n`);
  });

  it.each([
    [[], 'no scenario file, backup or folder given'],
    [['a.json', '--csv'], '--csv takes an output file name'],
    [['a.json', '--bogus'], 'unknown option --bogus'],
  ])('rejects bad usage %j with exit 2', async (argv, line) => {
    expect(await portfolioMain(argv, root)).toBe(2);
    expect(errLines()[0]).toBe(line);
  });
});

describe('invalid scenarios', () => {
  function folder(): string {
    const dir = tmp();
    copyFileSync(join(examples, 'peru-textile-guaranteed-loan.json'), join(dir, 'a.json'));
    copyFileSync(join(root, 'test/fixtures/invalid/duplicate-measure-id.json'), join(dir, 'b.json'));
    copyFileSync(join(root, 'test/fixtures/invalid/formula-div-zero.json'), join(dir, 'c.json'));
    const backup = {
      format: 'cp-backup',
      version: 1,
      exportedAt: '',
      scenarios: [
        {
          id: 'x',
          name: 'x',
          updatedAt: '',
          scenario: { ...sample('bolivia-poultry-slaughterhouse'), currency: 'usd' },
        },
      ],
    };
    writeFileSync(join(dir, 'd.json'), JSON.stringify(backup));
    return dir;
  }

  it('exit 1, every problem listed with its file and path, and no JSON', async () => {
    const dir = folder();
    expect(await portfolioMain([dir], root)).toBe(1);
    expect(io.out).toBe('');
    const ls = errLines();
    expect(ls).toContain(`${join(dir, 'b.json')}: measures[1].id: duplicate id "boiler"`);
    expect(ls).toContain(`${join(dir, 'c.json')}: measures[0].capex: the formula =1000/zero gives #DIV/0!`);
    expect(ls.some((l) => l.startsWith(`${join(dir, 'd.json')}: scenarios[0].scenario.currency: `))).toBe(true);
    expect(ls).toHaveLength(3);
  });

  it('with --skip-invalid, lists them and counts the rest', async () => {
    const dir = folder();
    expect(await portfolioMain([dir, '--skip-invalid'], root)).toBe(0);
    expect(errLines()).toHaveLength(3);
    const p = JSON.parse(io.out) as { scenarios: { name: string }[]; byCurrency: Record<string, { count: number }> };
    expect(p.scenarios.map((s) => s.name)).toEqual([sample('peru-textile-guaranteed-loan').name]);
    expect(p.byCurrency).toEqual({ USD: expect.objectContaining({ count: 1 }) as unknown });
  });
});

describe('--csv and --xlsx', () => {
  it('writes one CSV row per scenario with the JSON keys as header', async () => {
    const dir = tmp();
    expect(await portfolioMain([examples, '--csv', 'p.csv'], dir)).toBe(0);
    const csv = readFileSync(join(dir, 'p.csv'), 'utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(csv).toHaveLength(7);
    expect(at(csv, 0).split(',')).toEqual(Object.keys(at(expected.scenarios as object[], 0)));
    expect(csv[4]).toMatch(/^"Dairy plant, Colombia: .*",LCA-2026-014,verified,COP,835000000,/);
    expect(csv[4]).toContain(',true,258.95,');
  });

  it('writes a Portfolio sheet whose totals are formulas over the rows', async () => {
    const dir = tmp();
    expect(await portfolioMain([examples, '--xlsx', 'p.xlsx'], dir)).toBe(0);
    const book = readXlsx(readFileSync(join(dir, 'p.xlsx')));
    const sheet = book.sheets.get('Portfolio')!;
    expect(sheet.get('A2')!.value).toBe('EP3 Bolivia: recommended measures implemented in seven plants');
    const cells = [...sheet.values()];
    expect(cells.filter((c) => c.formula?.startsWith('SUMIF(')).length).toBe(16);
    const copPrincipal = [...sheet.entries()].find(([, c]) => c.formula === 'SUMIF($D$2:$D$7,$A$11,$H$2:$H$7)');
    expect(copPrincipal?.[1].value).toBe(2200000000);
  });

  it('refuses to overwrite an input', async () => {
    expect(
      await portfolioMain(
        ['peru-textile-guaranteed-loan.json', '--csv', 'peru-textile-guaranteed-loan.json'],
        examples,
      ),
    ).toBe(2);
    expect(io.err).toMatch(/the output would overwrite an input/);
  });
});

describe('npm run portfolio', () => {
  it('runs the bundle from the directory npm was run in, and prints only JSON', () => {
    const stdout = execFileSync(
      'npm',
      ['run', '--silent', 'portfolio', '--', 'peru-textile-guaranteed-loan.json', 'colombia-green-credit-rebate.json'],
      { cwd: examples, encoding: 'utf8' },
    );
    const p = JSON.parse(stdout) as { scenarios: { currency: string }[] };
    expect(p.scenarios.map((s) => s.currency)).toEqual(['USD', 'COP']);
  });

  it('exits non-zero on a bad scenario, no stack trace', () => {
    const r = spawnSync('npm', ['run', '--silent', 'portfolio', '--', 'test/fixtures/invalid/future-version.json'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(
      `${join(root, 'test/fixtures/invalid/future-version.json')}: version: version 2 is newer than this app supports (highest: 1)`,
    );
  });
});
