#!/usr/bin/env node
// Bundles the command-line evaluator and optimiser (TypeScript) into dist-cli/ with esbuild, since Node 20
// cannot run TypeScript itself. The formula engine goes into its own chunk, loaded only when a
// scenario has formulas.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const outfile = `${root}dist-cli/bin.js`;
export const portfolioOutfile = `${root}dist-cli/portfolio.js`;
export const optimiseOutfile = `${root}dist-cli/optimise.js`;

export async function buildCli() {
  await build({
    entryPoints: {
      bin: `${root}src/cli/bin.ts`,
      portfolio: `${root}src/cli/portfolio-bin.ts`,
      optimise: `${root}src/cli/optimise-bin.ts`,
    },
    outdir: `${root}dist-cli`,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: false,
    logLevel: 'warning',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
