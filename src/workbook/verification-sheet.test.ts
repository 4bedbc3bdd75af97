import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../model/parse';
import type { Scenario } from '../model/schema';
import { differences } from '../model/test-support/compare';
import { evaluateValid } from './evaluate';

function sample(): Scenario {
  const url = new URL('../../public/examples/colombia-dairy-verified-rebate.json', import.meta.url);
  const parsed = parseScenario(JSON.parse(readFileSync(fileURLToPath(url), 'utf8')));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

/** The workbook's verification figures and the kernel's, for one scenario. */
function both(s: Scenario) {
  const out = evaluateValid(s);
  if (!out.ok) throw new Error(JSON.stringify(out.issues));
  const names = Object.fromEntries(
    ['VerifiedReduction', 'VerifiedRebate'].map((n) => [n, out.workbook.hf.getNamedExpressionValue(n)]),
  );
  const sheets = out.workbook.data.sheets.map((sh) => sh.name);
  out.workbook.destroy();
  return { workbook: out.results.verification, names, sheets, resolved: out.resolved };
}

const variants: [string, (s: Scenario) => void][] = [
  ['the sample (intensity, CO2e rebate)', () => {}],
  ['the sample by regression', (s) => (s.verification!.method = 'regression')],
  ['a rebate on water', (s) => (s.financing!.rebate!.indicator = 'water')],
  [
    'a rebate on a resource not measured',
    (s) => {
      for (const r of [...s.verification!.baseline, ...s.verification!.reporting]) delete r.use.natgas;
      s.financing!.rebate!.indicator = 'natgas';
    },
  ],
  ['no financing', (s) => delete s.financing],
];

describe('the Verification sheet against the kernel', () => {
  it.each(variants)('%s: the same figures from live formulas', async (_, change) => {
    const s = sample();
    change(s);
    const { workbook, names, sheets, resolved } = both(s);
    const { verify } = await import('../model/verification');
    const { evaluate } = await import('../model/kernel');
    const kernel = verify(resolved, resolved.verification!, evaluate(resolved));
    expect(workbook).not.toBeNull();
    expect(differences(workbook, kernel, 'verification')).toEqual([]);
    expect(sheets.at(-1)).toBe('Verification');
    const share = kernel.rebate ? kernel.rebate.verifiedShare : kernel.co2e.reductionShare;
    if (share === null) expect(names.VerifiedReduction).toBeNull();
    else expect(names.VerifiedReduction).toBeCloseTo(share, 9);
    expect(names.VerifiedRebate).toBeCloseTo(kernel.rebate?.verifiedAmount ?? 0, 3);
  });

  it('gives the sample its 15 % tier: 105,000,000 COP on a 700,000,000 loan', () => {
    const { names } = both(sample());
    expect(names.VerifiedRebate).toBe(105000000);
  });
});
