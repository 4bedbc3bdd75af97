import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for the app's web server in front of `vite preview`, for the offline and update
 * tests: it can go down (no network at all, whatever the browser's own offline switch reaches),
 * and it can serve "the next version": the same build with a changed index.html and a service
 * worker that lists it under a new revision, which is what a deploy looks like to a browser.
 */
export class PwaServer {
  /** 'down': every connection is dropped. 'next': the next version is deployed. */
  mode: 'current' | 'next' | 'down' = 'current';
  readonly #server: Server;

  private constructor(
    server: Server,
    readonly upstream: string,
  ) {
    this.#server = server;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  static async start(upstream: string): Promise<PwaServer> {
    const server = createServer();
    const pwa = new PwaServer(server, upstream);
    server.on('request', (req, res) => {
      if (pwa.mode === 'down') {
        req.socket.destroy();
        return;
      }
      void pwa.#forward(req.url ?? '/', req.headers).then(
        ({ status, headers, body }) => {
          res.writeHead(status, headers);
          res.end(body);
        },
        (error: unknown) => {
          res.writeHead(502);
          res.end(String(error));
        },
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return pwa;
  }

  async #forward(path: string, incoming: Record<string, string | string[] | undefined>) {
    const headers: Record<string, string> = {};
    // Without the conditional headers: a 304 would have no body to turn into the next version.
    const dropped = ['host', 'connection', 'accept-encoding', 'if-none-match', 'if-modified-since'];
    for (const [k, v] of Object.entries(incoming)) if (typeof v === 'string' && !dropped.includes(k)) headers[k] = v;
    const response = await fetch(this.upstream + path, { headers, redirect: 'manual' });
    const out: Record<string, string> = {};
    response.headers.forEach((value, key) => {
      if (!['content-encoding', 'content-length', 'transfer-encoding', 'connection', 'keep-alive'].includes(key))
        out[key] = value;
    });
    const body = Buffer.from(await response.arrayBuffer());
    const pathname = new URL(path, this.upstream).pathname;
    const next = this.mode === 'next' && DEPLOYED.has(pathname) ? nextVersion(pathname, body.toString('utf8')) : null;
    return { status: response.status, headers: out, body: next === null ? body : Buffer.from(next) };
  }

  close(): Promise<void> {
    this.#server.closeAllConnections();
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }
}

const DEPLOYED = new Set(['/', '/index.html', '/sw.js']);

/** The next version of one of the DEPLOYED files. */
function nextVersion(pathname: string, text: string): string {
  if (pathname === '/sw.js') {
    const changed = text.replace(/(\{url:"index\.html",revision:")[0-9a-f]+(")/, '$1next-version$2');
    if (changed === text) throw new Error('sw.js does not list index.html as expected');
    return changed;
  }
  return text.replace('<head>', '<head>\n    <meta name="app-build" content="next" />');
}
