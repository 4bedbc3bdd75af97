// `npm run team:setup -- --url URL --team NAME`: creates a team's CouchDB database, its
// `_security` (members by role) and the design document that validates every write, then prints
// the database's name. Admin credentials come from COUCHDB_USER and COUCHDB_PASSWORD (the
// official image's names) or a prompt: never an argument, which would end up in shell history.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { memberRole } from './team/design.mjs';
import { setupTeam } from './team/setup.mjs';

const { values } = parseArgs({ options: { url: { type: 'string' }, team: { type: 'string' } } });
if (!values.url || !values.team) {
  console.error('usage: npm run team:setup -- --url http://127.0.0.1:5984 --team "Team name"');
  process.exit(2);
}

/** Asks on the terminal; a password is not echoed. */
function ask(question, hidden = false) {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  if (hidden) rl._writeToOutput = (text) => process.stderr.write(text.includes(question) ? text : '');
  return new Promise((resolve) =>
    rl.question(question, (answer) => {
      rl.close();
      if (hidden) process.stderr.write('\n');
      resolve(answer);
    }),
  );
}

const user = process.env.COUCHDB_USER || (await ask('CouchDB admin user: '));
const password = process.env.COUCHDB_PASSWORD || (await ask('CouchDB admin password: ', true));
try {
  const { dbName, created } = await setupTeam({ url: values.url, team: values.team, user, password });
  console.error(created ? `Created ${dbName}.` : `${dbName} existed: its _security and design document are updated.`);
  console.error(`Members need the role "${memberRole(dbName)}" in _users.`);
  console.log(dbName);
} catch (error) {
  console.error(`team:setup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
