#!/usr/bin/env node
// `npm run --silent optimise -- FILE.json --budget B [...]`: runs the bundled optimiser (spec
// section 8), rebuilding the command-line bundles first when a source file is newer than it.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildCli, optimiseOutfile, root } from './build-cli.mjs';

function newest(dir) {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

function bundleTime() {
  try {
    return statSync(optimiseOutfile).mtimeMs;
  } catch {
    return 0;
  }
}

const sources = Math.max(...['src/model', 'src/workbook', 'src/cli'].map((d) => newest(join(root, d))));
if (bundleTime() < sources) await buildCli();
await import(pathToFileURL(optimiseOutfile).href);
