// @ts-check
/**
 * Mutation testing of the model (issue 19): `npm run mutate`, never part of `npm test` (slow).
 * Scope and results: docs/mutation.md. StrykerJS 9 (10 needs Node 22) with its Vitest runner,
 * which runs, per mutant, only the tests that covered it (coverageAnalysis perTest).
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.mjs', related: false },
  coverageAnalysis: 'perTest',
  // The files where money figures are computed (see docs/mutation.md for what is left out, and why).
  mutate: [
    'src/model/financing.ts',
    'src/model/loan.ts',
    'src/model/flows.ts',
    'src/model/kernel.ts',
    'src/model/sensitivity.ts',
    // NPV, payback, profitability index, MAC and the IRR scan grid; brentRoot and irr (from line
    // 135, ~180 mutants, many only changing the iteration count) did not fit the session's hour.
    'src/model/metrics.ts:1-134',
  ],
  // Module-level code runs once at import: its mutants need every test re-run, for little gain.
  ignoreStatic: true,
  // Reruns test only mutants whose code or covering tests changed; the file is committed.
  incremental: true,
  incrementalFile: 'stryker/incremental.json',
  // Two test runners for the 2 cores (the machine is shared: the run is kept to about an hour).
  concurrency: 2,
  timeoutMS: 10_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
