/**
 * The page's entry point: starts the engine worker, then loads the app (main.ts). The app's
 * modules take a while to fetch and parse, on a slow phone over a second; HyperFormula loads in
 * the worker on another core meanwhile instead of after them (issue 15 item 11; measured by
 * scripts/bench-start.mjs). A second module script in index.html would not do: Vite bundles the
 * two into one entry, and the worker would start only once all of it is parsed.
 */
import { prestartEngineWorker } from './engine/start-engine-worker';

prestartEngineWorker();
await import('./main');
