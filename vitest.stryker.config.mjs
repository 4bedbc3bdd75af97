// Vitest as StrykerJS runs it (`npm run mutate`): the model's figure tests only, in Node.
// The mutated files are src/model's money figures (stryker.config.mjs); these tests compare them
// with the spec's hand-worked values and the samples' expected files. No Svelte plugin needed.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    // Instrumented code runs several times slower than plain code.
    testTimeout: 120_000,
    // The tests that check money figures against hand-worked values and the expected files, and
    // run in well under a second each. Left out because they are slow instrumented and test
    // other files: share links, distributions and Monte Carlo sampling, data tables, reports.
    include: [
      'src/model/boundaries.test.ts',
      'src/model/schedule-edges.test.ts',
      'src/model/tornado-inputs.test.ts',
      'src/model/kernel.test.ts',
      'src/model/examples.test.ts',
      'src/model/loan.test.ts',
      'src/model/metrics.test.ts',
      'src/model/sensitivity.test.ts',
      'src/model/lender-view.test.ts',
      'src/model/goal-seek.test.ts',
      'src/model/equity-tornado.test.ts',
      'src/model/energy-view.test.ts',
      'src/model/cross-checks.test.ts',
    ],
  },
});
