/**
 * pouchdb-server for the integration tests: started on a free loopback port in a temporary
 * directory (it writes config.json and log.txt into its working directory), with a server admin,
 * and stopped by its pid. `persistent` keeps the data in that directory (leveldown, from its
 * prebuilt binary) so a test can stop the server and start it again with the data.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// From the repository root (vitest's and the benchmarks' working directory): this file may be bundled elsewhere.
const BIN = join(process.cwd(), 'node_modules/.bin/pouchdb-server');
export const ADMIN = { user: 'admin', password: 'admin-secret' };

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface CouchServer {
  url: string;
  port: number;
  /** Stops the process (as a crash would: SIGKILL) and waits for it to exit. */
  stop(): Promise<void>;
  /** Starts it again on the same port (persistent servers keep their data). */
  start(): Promise<void>;
  /** Stops it and removes its directory. */
  dispose(): Promise<void>;
}

export async function startCouch(options: { persistent?: boolean } = {}): Promise<CouchServer> {
  const dir = mkdtempSync(join(tmpdir(), 'cp-couch-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  let exited: Promise<void> = Promise.resolve();
  let first = true;

  const start = async () => {
    const storage = options.persistent ? ['--dir', join(dir, 'data')] : ['--in-memory'];
    child = spawn(BIN, ['--host', '127.0.0.1', '--port', String(port), '--no-stdout-logs', ...storage], {
      cwd: dir,
      stdio: 'ignore',
    });
    const proc = child;
    exited = new Promise((resolve) => proc.once('exit', () => resolve()));
    for (let i = 0; i < 200; i++) {
      if (proc.exitCode !== null) throw new Error(`pouchdb-server exited with ${proc.exitCode}`);
      try {
        if ((await fetch(url)).ok) break;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
      if (i === 199) throw new Error('pouchdb-server did not start within 20 s');
    }
    if (first) {
      first = false;
      // The first admin ends the "admin party"; config.json in `dir` keeps it across restarts.
      const r = await fetch(`${url}/_config/admins/${ADMIN.user}`, {
        method: 'PUT',
        body: JSON.stringify(ADMIN.password),
      });
      if (!r.ok) throw new Error(`could not create the admin: ${r.status}`);
    }
  };
  const stop = async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await exited;
    child = null;
  };
  await start();
  return {
    url,
    port,
    stop,
    start,
    dispose: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Admin calls (Basic auth) for arranging a test. */
export async function admin(
  url: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: unknown }> {
  const auth = `Basic ${Buffer.from(`${ADMIN.user}:${ADMIN.password}`).toString('base64')}`;
  const r = await fetch(`${url}/${path}`, {
    method,
    headers: { authorization: auth, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await r.text();
  let json: unknown = text;
  try {
    json = JSON.parse(text);
  } catch {
    // keep the text
  }
  return { status: r.status, json };
}

export async function createUser(url: string, name: string, password: string, roles: string[]): Promise<void> {
  const r = await admin(url, 'PUT', `_users/org.couchdb.user:${encodeURIComponent(name)}`, {
    name,
    password,
    roles,
    type: 'user',
  });
  if (r.status !== 201 && r.status !== 200) throw new Error(`could not create ${name}: ${JSON.stringify(r.json)}`);
}

/** A fetch that keeps the session cookie, as the browser does (Node's fetch keeps none). */
export function cookieFetch(): typeof fetch {
  let cookie = '';
  return async (input, init = {}) => {
    const headers = new Headers(init.headers);
    if (cookie) headers.set('cookie', cookie);
    const response = await fetch(input, { ...init, headers });
    const set = response.headers.get('set-cookie');
    if (set) cookie = set.replace(/;.*/s, ''); // the cookie itself, without its attributes
    return response;
  };
}
