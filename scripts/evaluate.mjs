#!/usr/bin/env node
// `npm run --silent evaluate -- FILE.json [...]`: runs the bundled evaluator, rebuilding it first
// when a source file is newer than the bundle (so a fresh clone needs no separate build step).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildCli, outfile, portfolioOutfile, root } from './build-cli.mjs';

function newest(dir) {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

// scripts/portfolio.mjs sets CP_CLI_ENTRY=portfolio: the same bundle, the other entry point.
const entry = process.env.CP_CLI_ENTRY === 'portfolio' ? portfolioOutfile : outfile;

function bundleTime() {
  try {
    return statSync(entry).mtimeMs;
  } catch {
    return 0;
  }
}

const sources = Math.max(...['src/model', 'src/workbook', 'src/cli'].map((d) => newest(join(root, d))));
if (bundleTime() < sources) await buildCli();
await import(pathToFileURL(entry).href);
