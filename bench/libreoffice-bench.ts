/**
 * LibreOffice recalculation of the Excel export (issue 19: the number left the test suite): the
 * five sample scenarios exported, then one headless soffice run recalculating and saving them all,
 * timed over a few runs. Prints the median against the old test's limit of 120 s (about 10 s
 * measured on 2 idle cores). Run through scripts/bench.mjs, which bundles this file with esbuild;
 * skipped with a message when LibreOffice is not installed.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseScenario } from '../src/model/parse';
import { openWorkbook } from '../src/workbook/evaluate';
import { xlsxBook } from '../src/workbook/xlsx';
import { writeXlsx } from '../src/workbook/xlsx-writer';
import { locateLibreOffice } from '../scripts/find-libreoffice.mjs';
import { recalculateInLibreOffice } from '../test/xlsx/libreoffice';

const EXAMPLES = [
  'bolivia-ep3-portfolio',
  'bolivia-poultry-slaughterhouse',
  'central-america-dairy-energy-risk',
  'colombia-green-credit-rebate',
  'peru-textile-guaranteed-loan',
];
const RUNS = 3;
const root = process.cwd();

const soffice = locateLibreOffice();
if (!soffice) {
  console.log('LibreOffice not found: skipped (the xlsx tests install it as root on Debian).');
} else {
  const dir = mkdtempSync(join(tmpdir(), 'cp-bench-lo-'));
  try {
    mkdirSync(join(dir, 'in'));
    const inputs = EXAMPLES.map((name) => {
      const parsed = parseScenario(JSON.parse(readFileSync(join(root, 'public/examples', `${name}.json`), 'utf8')));
      if (!parsed.ok) throw new Error(`${name}: invalid sample`);
      const opened = openWorkbook(parsed.value);
      if (!opened.ok) throw new Error(`${name}: no workbook`);
      const bytes = writeXlsx(xlsxBook(opened.workbook));
      opened.workbook.destroy();
      const path = join(dir, 'in', `${name}.xlsx`);
      writeFileSync(path, bytes);
      return path;
    });
    const seconds: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      recalculateInLibreOffice(soffice, inputs, join(dir, `out-${i}`));
      seconds.push((performance.now() - started) / 1000);
    }
    const sorted = [...seconds].sort((a, b) => a - b);
    const median = sorted[sorted.length >> 1] ?? Number.NaN;
    console.table([
      {
        benchmark: `LibreOffice recalculates the ${inputs.length} sample exports`,
        median: `${median.toFixed(1)} s`,
        runs: RUNS,
        target: '≤ 120 s',
        'median / target': (median / 120).toFixed(2),
      },
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
