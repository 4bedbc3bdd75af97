/**
 * The frame of the sync tests against a real pouchdb-server: one server for the test file, and
 * team databases made on it by the server's admin, as `npm run team:setup` makes them.
 */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { setupTeam } from '../../../scripts/team/setup.mjs';
import { ADMIN, startCouch, type CouchServer } from '../../../test/couch/pouchdb-server';
import { freshIndexedDb } from './storage';

/**
 * Starts a server before the file's tests and then runs `setUp` with it (teams, users), stops it
 * after them; each test starts from an empty IndexedDB. `persistent` keeps the server's data on
 * disk, so that a test can stop it and start it again.
 */
export function withCouchServer(setUp: (server: CouchServer) => Promise<void>, options: { persistent?: boolean } = {}) {
  let server: CouchServer | undefined;
  // Starting the server process takes seconds on a loaded machine.
  beforeAll(async () => {
    server = await startCouch(options);
    await setUp(server);
  }, 60_000);
  afterAll(async () => server?.dispose());
  beforeEach(freshIndexedDb);
}

/** Sets up the team's database on the server at `url` as its admin: `{ dbName, created }`. */
export function setupTeamAsAdmin(url: string, team: string) {
  return setupTeam({ url, team, user: ADMIN.user, password: ADMIN.password });
}
