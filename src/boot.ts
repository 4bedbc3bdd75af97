/**
 * The page's entry point: starts the engine worker and opens the database, then loads the app
 * (main.ts). The app's modules take a while to fetch and parse, on a slow phone over a second;
 * meanwhile the worker loads on another core, the database opens, the interface settings are
 * read, and the worker computes the figures of the scenario the library will open first, so that
 * they are ready when the app asks (issue 15 item 11; measured by scripts/bench-start.mjs). A
 * second module script in index.html would not do: Vite bundles the two into one entry, and all
 * this would start only once it is parsed.
 */
import { evaluateEarly, prestartEngineWorker } from './engine/start-engine-worker';
import { TORNADO_DELTA } from './model/delta';
import { earlyReads, openEarlyDb } from './persistence/early-db';

prestartEngineWorker();
openEarlyDb();
earlyReads()
  ?.then(({ latest }) => latest && latest.file !== null && evaluateEarly(latest.file, TORNADO_DELTA))
  .catch(() => undefined); // only a head start: the app reports a database that does not open
// Not awaited: the app's modules import this one's (the worker's starter), so it must finish first.
void import('./main');
