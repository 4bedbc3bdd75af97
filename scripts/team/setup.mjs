// The steps of `npm run team:setup`, without the command line: create the team's database (or
// keep it), write its `_security` and its design document. Each step is idempotent, so running
// the setup again updates the rules of an existing team.
import { designDoc, securityObject, teamDbName } from './design.mjs';

export async function setupTeam({ url, team, user, password, fetch: fetchFn = fetch }) {
  const base = url.replace(/\/+$/, '');
  const dbName = teamDbName(team);
  const auth = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  const call = async (method, path, body) => {
    const response = await fetchFn(`${base}/${path}`, {
      method,
      headers: { authorization: auth, 'content-type': 'application/json', accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let json;
    try {
      json = JSON.parse(text);
    } catch {
      json = { error: 'not-json', reason: text.slice(0, 200) };
    }
    return { status: response.status, json };
  };
  const fail = (step, r) => {
    throw new Error(`${step}: the server answered ${r.status} ${r.json.error ?? ''} ${r.json.reason ?? ''}`.trim());
  };

  const session = await call('GET', '_session');
  if (session.status !== 200 || !session.json.userCtx?.roles?.includes('_admin'))
    fail(
      'admin login (COUCHDB_USER, COUCHDB_PASSWORD)',
      session.status === 200
        ? { status: 401, json: { error: 'unauthorized', reason: `${user} is not a server admin` } }
        : session,
    );
  const created = await call('PUT', encodeURIComponent(dbName));
  if (created.status !== 201 && created.status !== 200 && created.status !== 412) fail(`creating ${dbName}`, created);
  const security = await call('PUT', `${encodeURIComponent(dbName)}/_security`, securityObject(dbName));
  if (security.status !== 200) fail('writing _security', security);
  const design = designDoc();
  const current = await call('GET', `${encodeURIComponent(dbName)}/${design._id}`);
  const body = current.status === 200 ? { ...design, _rev: current.json._rev } : design;
  const written = await call('PUT', `${encodeURIComponent(dbName)}/${design._id}`, body);
  if (written.status !== 201 && written.status !== 200) fail('writing the design document', written);
  return { dbName, created: created.status !== 412 };
}
