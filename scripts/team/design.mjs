// The team database's rules, shared by `npm run team:setup` and the tests: its name, its
// `_security` object (members by role) and the design document whose validate_doc_update
// refuses what the app would never write. Plain JavaScript, because CouchDB runs the function
// itself (as text) and the setup script runs in Node without a build.

/** The largest document the app writes: a scenario file (≤ 5 MiB, MAX_FILE_BYTES) and its draft. */
export const MAX_DOC_BYTES = 2 * 5 * 1024 * 1024 + 64 * 1024;

/** A team's name as a CouchDB database name: lower case letters, digits and hyphens. */
export function teamDbName(team) {
  const slug = String(team)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug === '') throw new Error(`the team name "${team}" has no letters or digits`);
  return `cp-team-${slug}`.slice(0, 200);
}

/** The role a CouchDB user needs to be a member of the team (and of its database). */
export const memberRole = (dbName) => dbName;
export const adminRole = (dbName) => `${dbName}-admin`;

export function securityObject(dbName) {
  return {
    admins: { names: [], roles: [adminRole(dbName)] },
    members: { names: [], roles: [memberRole(dbName)] },
  };
}

/* eslint-disable */
// Runs inside CouchDB (ES5 there): no arrow functions, no closures over this module.
function validateDocUpdate(newDoc, oldDoc, userCtx, secObj) {
  var MAX_BYTES = 0; // replaced with MAX_DOC_BYTES when the document is made
  if (userCtx.roles.indexOf('_admin') !== -1) return;
  if (newDoc._id.indexOf('_design/') === 0) throw { forbidden: 'only a server admin may change the design document' };
  if (newDoc.updatedBy !== userCtx.name) throw { forbidden: 'updatedBy must be the writer (' + userCtx.name + ')' };
  if (!/^scn_[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(newDoc._id))
    throw { forbidden: 'not a scenario id: ' + newDoc._id };
  if (newDoc.type !== 'scenario') throw { forbidden: 'not a scenario document' };
  var bytes = unescape(encodeURIComponent(JSON.stringify(newDoc))).length;
  if (bytes > MAX_BYTES) throw { forbidden: 'the document is ' + bytes + ' bytes; the limit is ' + MAX_BYTES };
  if (typeof newDoc.updatedAt !== 'string' || !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(newDoc.updatedAt))
    throw { forbidden: 'updatedAt must be an ISO date' };
  if (typeof newDoc.deviceId !== 'string') throw { forbidden: 'deviceId is missing' };
  if (newDoc._deleted === true) return;
  var allowed = [
    '_id',
    '_rev',
    '_revisions',
    'type',
    'name',
    'scenario',
    'draft',
    'updatedAt',
    'deviceId',
    'updatedBy',
    'deleted',
  ];
  for (var key in newDoc) if (allowed.indexOf(key) === -1) throw { forbidden: 'unknown field: ' + key };
  if (typeof newDoc.name !== 'string') throw { forbidden: 'name must be text' };
  if (newDoc.scenario === null || typeof newDoc.scenario !== 'object' || Array.isArray(newDoc.scenario))
    throw { forbidden: 'scenario must be an object' };
}
/* eslint-enable */

/** The function as CouchDB stores it. */
export function validateSource() {
  return validateDocUpdate.toString().replace('var MAX_BYTES = 0;', `var MAX_BYTES = ${MAX_DOC_BYTES};`);
}

export function designDoc() {
  return { _id: '_design/cp-scenarios', language: 'javascript', validate_doc_update: validateSource() };
}
