import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { differences } from '../model/test-support/compare';
import { evaluateInput, evaluateValid } from './evaluate';
import { parseScenario } from '../model/parse';
import { SAMPLE_NAMES } from '../model/samples';

const EXAMPLES = SAMPLE_NAMES;

function load(name: string): unknown {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`../../public/examples/${name}`, import.meta.url)), 'utf8'));
}

/** The sample parsed and evaluated, as the app does it; a refused sample fails the test with its issues. */
function evaluateSample(name: string) {
  const parsed = parseScenario(load(`${name}.json`));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const out = evaluateValid(parsed.value);
  if (!out.ok) throw new Error(JSON.stringify(out.issues));
  return out;
}

describe.each(EXAMPLES)('workbook of %s against its expected results', (name) => {
  const expected = load(`${name}.expected.json`) as Record<string, unknown>;
  const out = evaluateInput(load(`${name}.json`));
  if (!out.ok) throw new Error(JSON.stringify(out.issues));
  const { results } = out;

  it.each(['project', 'measures', 'financing', 'years', 'sensitivity', 'verification'] as const)(
    'agrees on %s',
    (key) => {
      expect(differences(results[key], expected[key], key)).toEqual([]);
    },
  );
  it('prints no Monte Carlo without samples', () => {
    expect(results.monteCarlo).toBeNull();
  });
});

describe.each(EXAMPLES)('workbook and kernel of %s', (name) => {
  it('give the same figures', () => {
    const out = evaluateSample(name);
    const { results, kernel } = out;
    expect(
      differences(
        { project: results.project, measures: results.measures, financing: results.financing, years: results.years },
        kernel,
      ),
    ).toEqual([]);
    out.workbook.destroy();
  });
});

describe.each(EXAMPLES)('every formula of the %s workbook', (name) => {
  it('computes without a spreadsheet error', () => {
    const out = evaluateSample(name);
    const errors: string[] = [];
    for (const sheet of out.workbook.data.sheets) {
      sheet.cells.forEach((row, r) =>
        row.forEach((_, c) => {
          const v = out.workbook.value({ sheet: sheet.name, row: r, col: c });
          if (v !== null && typeof v === 'object')
            errors.push(`${sheet.name}!R${r + 1}C${c + 1}: ${v.value} ${v.message}`);
        }),
      );
    }
    out.workbook.destroy();
    expect(errors).toEqual([]);
  });
});
