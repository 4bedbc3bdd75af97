// `npm run test:e2e`: finds a browser, builds the app, and runs Playwright against `vite preview`
// on a free port. Extra arguments go to Playwright, e.g. `npm run test:e2e -- --grep language`.
import { spawnSync } from 'node:child_process';
import { COUCH_ADMIN, startCouchServer } from './couch-server.mjs';
import { ensureBrowser } from './find-browser.mjs';
import { freePort } from './local-server.mjs';

process.chdir(new URL('..', import.meta.url).pathname); // paths below are from the repository root

const browser = ensureBrowser();
console.log(`Browser: ${browser.path} (${browser.source})`);

// The tests run against the built app, the one users get, with its Content-Security-Policy.
run('node_modules/.bin/vite', ['build', '--logLevel', 'warn']);

const port = await freePort();
// The team library's tests (#13) need a CouchDB: pouchdb-server in memory, proxied by the
// preview server under /couchdb/ (COUCHDB_URL), stopped when Playwright is done.
const couch = await startCouchServer(await freePort());
let status;
try {
  status = run(
    'node_modules/.bin/playwright',
    ['test', ...process.argv.slice(2)],
    {
      CHROMIUM_PATH: browser.path,
      E2E_PORT: String(port),
      COUCHDB_URL: couch.url,
      E2E_COUCHDB_ADMIN: `${COUCH_ADMIN.user}:${COUCH_ADMIN.password}`,
    },
    false,
  );
} finally {
  await couch.stop();
}
if (status !== 0) process.exit(status);

function run(command, args, extraEnv = {}, exitOnFailure = true) {
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ...extraEnv },
  });
  if (result.status !== 0 && exitOnFailure) process.exit(result.status ?? 1);
  return result.status ?? 1;
}
