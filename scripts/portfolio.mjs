#!/usr/bin/env node
// `npm run --silent portfolio -- PATH...`: the portfolio command (spec section 7), from the same
// bundle as the evaluator (rebuilt by evaluate.mjs when a source is newer).
process.env.CP_CLI_ENTRY = 'portfolio';
await import('./evaluate.mjs');
