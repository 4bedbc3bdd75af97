// `npm test`: every check, one after the other, stopping at the first failure.
import { spawnSync } from 'node:child_process';

process.chdir(new URL('..', import.meta.url).pathname); // paths below are from the repository root

// The local binaries directly: npx would add a second of start-up and its own warnings per step.
const bin = (name) => `node_modules/.bin/${name}`;

/** [name, command, args, how to rerun it alone] */
const steps = [
  [
    'type check: Svelte app (svelte-check)',
    bin('svelte-check'),
    ['--tsconfig', './tsconfig.json', '--fail-on-warnings'],
    'npm run check',
  ],
  ['type check: Node code, no DOM (tsc)', bin('tsc'), ['-p', 'tsconfig.node.json', '--noEmit'], 'npm run check'],
  ['format (prettier)', bin('prettier'), ['--check', '.', '--log-level', 'warn'], 'npm run format'],
  ['lint (eslint)', bin('eslint'), ['.', '--max-warnings', '0'], 'npm run lint'],
  ['unit tests (vitest)', bin('vitest'), ['run'], 'npm run test:unit'],
  ['end-to-end tests (build + Playwright)', 'node', ['scripts/e2e.mjs'], 'npm run test:e2e'],
];

const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const started = performance.now();

for (const [index, [name, command, args, rerun]] of steps.entries()) {
  console.log(`\n▶ [${index + 1}/${steps.length}] ${name}: ${command} ${args.join(' ')}`);
  const stepStarted = performance.now();
  // No standard input: CI has none, and nothing here may wait for an answer.
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) {
    const why = result.error ? result.error.message : `exit code ${result.status ?? result.signal}`;
    console.error(
      `\n✖ npm test FAILED at step ${index + 1}/${steps.length}, "${name}" (${why}) after ${seconds(stepStarted)}.`,
    );
    console.error(`  The output above says what is wrong. Run this step alone with: ${rerun}`);
    process.exit(1);
  }
  console.log(`✔ ${name}: passed in ${seconds(stepStarted)}`);
}

console.log(`\n✔ All ${steps.length} steps passed in ${seconds(started)}.`);
