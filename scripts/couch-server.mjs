// pouchdb-server for the e2e tests (#13): in memory, on a free loopback port, in a temporary
// directory (it writes config.json and log.txt where it runs), with a server admin; stopped by pid.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const COUCH_ADMIN = { user: 'admin', password: 'e2e-admin-secret' };

export async function startCouchServer(port) {
  const dir = mkdtempSync(join(tmpdir(), 'cp-couch-e2e-'));
  const url = `http://127.0.0.1:${port}`;
  const bin = new URL('../node_modules/.bin/pouchdb-server', import.meta.url).pathname;
  const child = spawn(bin, ['--host', '127.0.0.1', '--port', String(port), '--in-memory', '--no-stdout-logs'], {
    cwd: dir,
    stdio: 'ignore',
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // not listening yet
    }
    if (i > 200 || child.exitCode !== null) {
      await stop();
      throw new Error('pouchdb-server did not start');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const admin = await fetch(`${url}/_config/admins/${COUCH_ADMIN.user}`, {
    method: 'PUT',
    body: JSON.stringify(COUCH_ADMIN.password),
  });
  if (!admin.ok) {
    await stop();
    throw new Error(`pouchdb-server: could not create the admin (${admin.status})`);
  }
  return { url, stop };
}
