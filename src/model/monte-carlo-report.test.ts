import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { binCountFor, cumulativeCurve, histogram, monteCarloReport } from './monte-carlo-report';
import { monteCarloDetail } from './monte-carlo';
import { largeScenario } from './test-support/factories';
import { resolveExample, type ExampleFile } from './test-support/resolve-example';

function load<T>(name: string): T {
  return JSON.parse(
    readFileSync(fileURLToPath(new URL(`../../public/examples/${name}`, import.meta.url)), 'utf8'),
  ) as T;
}

describe('histogram and cumulative curve', () => {
  it('bins equal widths over the range, the maximum in the last bin', () => {
    expect(histogram([0, 1, 2, 3, 4, 10], 5)).toEqual([
      { x0: 0, x1: 2, count: 2 },
      { x0: 2, x1: 4, count: 2 },
      { x0: 4, x1: 6, count: 1 },
      { x0: 6, x1: 8, count: 0 },
      { x0: 8, x1: 10, count: 1 },
    ]);
    expect(histogram([3, 3], 5)).toEqual([{ x0: 3, x1: 3, count: 2 }]);
  });
  it('interpolates the empirical distribution at even steps', () => {
    expect(cumulativeCurve([0, 10, 20], 4)).toEqual([
      { value: 0, p: 0 },
      { value: 5, p: 0.25 },
      { value: 10, p: 0.5 },
      { value: 15, p: 0.75 },
      { value: 20, p: 1 },
    ]);
  });
  it('uses about √n bins, 10 to 50', () => {
    expect([10, 400, 1000, 100_000].map(binCountFor)).toEqual([10, 20, 32, 50]);
  });
});

describe('the report of the dairy sample (no loan)', () => {
  const dairy = resolveExample(load<ExampleFile>('central-america-dairy-energy-risk.json'));
  const report = monteCarloReport(monteCarloDetail(dairy, 10_000, 1));

  it('keeps the spec statistics and counts every sample in the histogram', () => {
    expect(report.results.samples).toBe(10_000);
    expect(report.projectNpv.stats).toEqual(report.results.projectNpv);
    expect(report.projectNpv.histogram.reduce((n, b) => n + b.count, 0)).toBe(10_000);
    expect(report.projectNpv.cumulative).toHaveLength(201);
    expect(report.equityNpv).toBeNull();
    expect(report.minDscr).toBeNull();
    expect(report.probDscrBelowMin).toBeNull();
  });
  it('ranks the uncertain inputs by their rank correlation with NPV', () => {
    const names = report.projectNpv.drivers.map((d) => d.input);
    // The milk saved by pigging (sd 20 % of 18,000 a year) moves NPV most; solar capex (+30 % at most) least.
    expect(names[0]).toBe('measures.pigging.savings.milk');
    expect(names.at(-1)).toBe('measures.solar_pv.capex');
    expect(report.projectNpv.drivers.find((d) => d.input === 'measures.solar_pv.capex')?.rho).toBeLessThan(0);
    expect(report.projectNpv.drivers.reduce((sum, d) => sum + d.share, 0)).toBeCloseTo(1, 12);
  });
});

describe('the report of a run with a loan', () => {
  const report = monteCarloReport(monteCarloDetail(largeScenario(20, 15), 2000, 3));

  it('summarises equity NPV and minimum DSCR, with the breach probability', () => {
    expect(report.equityNpv?.samples).toBe(2000);
    expect(report.minDscr?.samples).toBe(2000);
    expect(report.probDscrBelowMin).toBeGreaterThanOrEqual(0);
    expect(report.probNegativeEquityNpv).toBeGreaterThanOrEqual(0);
    // The loan rate moves the owner's money and the debt service, not the project.
    const loanRate = (list: { input: string; rho: number }[] | undefined) =>
      list?.find((d) => d.input === 'financing.loan.annualRate')?.rho ?? Number.NaN;
    expect(Math.abs(loanRate(report.projectNpv.drivers))).toBeLessThan(0.1);
    expect(loanRate(report.minDscr?.drivers)).toBeLessThan(-0.1);
  });
});
