import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { captureOutput } from './test-support/capture-output';
import { differences } from '../model/test-support/compare';
import { optimiseMain } from './optimise-main';

const root = fileURLToPath(new URL('../..', import.meta.url));
const examples = join(root, 'public/examples');
const SAMPLE = 'colombia-dairy-verified-rebate.json';

const io = captureOutput();

describe('the optimiser on the command line', () => {
  it('prints the sample expected optimum for a budget of 750,000,000', async () => {
    expect(await optimiseMain([SAMPLE, '--budget', '750000000'], examples)).toBe(0);
    const expected = JSON.parse(
      readFileSync(join(examples, 'colombia-dairy-verified-rebate.optimum.json'), 'utf8'),
    ) as unknown;
    expect(differences(JSON.parse(io.out), expected)).toEqual([]);
    expect(io.err).toBe('');
  });

  it('passes --require, --exclude and --min-reduction on', async () => {
    expect(await optimiseMain([SAMPLE, '--budget', '750000000', '--exclude', 'heat_recovery'], examples)).toBe(0);
    expect((JSON.parse(io.out) as { best: { measures: string[] } }).best.measures).toEqual(['vsd', 'cip_reuse']);
    io.out = '';
    expect(
      await optimiseMain(
        [SAMPLE, '--budget', '400000000', '--require', 'heat_recovery', '--min-reduction', 'co2e=0.3'],
        examples,
      ),
    ).toBe(0);
    const answer = JSON.parse(io.out) as { best: null; frontier: { value: number | null }[] };
    expect(answer.best).toBeNull();
    expect(answer.frontier[9]?.value).toBeTypeOf('number');
  });

  it.each([
    [['--budget', '1', '--require', 'nope'], 'require: "nope" is not a measure of this scenario'],
    [['--budget', '1', '--require', 'vsd', '--exclude', 'vsd'], 'exclude: "vsd" is both required and excluded'],
    [
      ['--budget', '1', '--min-reduction', 'steam=0.2'],
      'minReduction: "steam" has no reduction share (co2e or a resource with a baseline)',
    ],
  ])('exits 1 on bad input %j with one line', async (extra, line) => {
    expect(await optimiseMain([SAMPLE, ...extra], examples)).toBe(1);
    expect(io.err).toBe(`${line}\n`);
    expect(io.out).toBe('');
  });

  it.each([
    [[SAMPLE], 'no budget given'],
    [[SAMPLE, '--budget', '-5'], '--budget takes an amount ≥ 0'],
    [[SAMPLE, '--budget', 'lots'], '--budget takes an amount ≥ 0'],
    [[SAMPLE, '--budget', '1', '--min-reduction', 'co2e'], '--min-reduction takes INDICATOR=SHARE'],
    [['--budget', '1'], 'no scenario file given'],
  ])('exits 2 on bad usage %j with one line', async (argv, start) => {
    expect(await optimiseMain(argv, examples)).toBe(2);
    expect(io.err.startsWith(start)).toBe(true);
    expect(io.err.trim().split('\n')).toHaveLength(1);
  });

  it('runs through npm with the exit codes of the spec', () => {
    const ok = spawnSync('npm', ['run', '--silent', 'optimise', '--', SAMPLE, '--budget', '750000000'], {
      cwd: examples,
      encoding: 'utf8',
    });
    expect(ok.status).toBe(0);
    expect((JSON.parse(ok.stdout) as { best: { measures: string[] } }).best.measures).toEqual(['heat_recovery', 'vsd']);
    const usage = spawnSync('npm', ['run', '--silent', 'optimise', '--', SAMPLE], { cwd: examples, encoding: 'utf8' });
    expect(usage.status).toBe(2);
    const bad = spawnSync('npm', ['run', '--silent', 'optimise', '--', SAMPLE, '--budget', '1', '--exclude', 'x'], {
      cwd: examples,
      encoding: 'utf8',
    });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toBe('exclude: "x" is not a measure of this scenario\n');
  });
});
