/**
 * The few calls of CouchDB's documented HTTP API that the sync uses, over an injected `fetch`
 * (the browser's, with the session cookie kept by the browser; a cookie-keeping one in Node
 * tests). Every answer is checked with zod: a server that answers garbage is a failure with a
 * reason, never a crash or a half-read batch.
 */
import { z } from '../../model/zod';

export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

/** Why a call failed, sorted by what the sync does next. */
export type CouchFailure =
  /** No answer (offline, server down, connection cut): retry with backoff. */
  | 'network'
  /** 5xx, or an answer that is not what CouchDB sends: retry with backoff. */
  | 'server'
  | 'garbage'
  /** 401: the session ended or the password is wrong: ask the person again. */
  | 'unauthorized'
  /** 403 (not a member, or the design document refused): say so, do not retry. */
  | 'forbidden'
  /** 404: no such database. */
  | 'not-found';

export class CouchError extends Error {
  constructor(
    readonly failure: CouchFailure,
    message: string,
  ) {
    super(message);
    this.name = 'CouchError';
  }
}

const sessionSchema = z.object({
  ok: z.literal(true).optional(),
  userCtx: z.object({ name: z.string().nullable(), roles: z.array(z.string()) }),
});
const loginSchema = z.object({ ok: z.literal(true), name: z.string().nullable(), roles: z.array(z.string()) });
const bulkRowSchema = z.union([
  z.object({ id: z.string(), ok: z.literal(true).optional(), rev: z.string() }),
  z.object({ id: z.string(), error: z.string(), reason: z.string().optional() }),
]);
/**
 * A JSON object, checked without copying it: each pulled document is checked in full against our
 * schema when it is stored (sync-apply.ts); copying 200 of them key by key here as well made the
 * task that reads a `_changes` answer one of the first sync's longest.
 */
const jsonObject = z.custom<Record<string, unknown>>(
  (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
  'expected an object',
);
const changeRowSchema = z.object({
  seq: z.union([z.string(), z.number()]),
  id: z.string(),
  changes: z.array(z.object({ rev: z.string() })),
  deleted: z.literal(true).optional(),
  doc: jsonObject.optional(),
});
const changesSchema = z.object({ results: z.array(changeRowSchema), last_seq: z.union([z.string(), z.number()]) });
const dbInfoSchema = z.object({
  db_name: z.string(),
  doc_count: z.number().optional(),
  update_seq: z.unknown().optional(),
});

const allDocsSchema = z.object({
  rows: z.array(
    z.union([
      z.object({
        key: z.string(),
        value: z.object({ rev: z.string(), deleted: z.boolean().optional() }),
        doc: z.record(z.string(), z.unknown()).nullable().optional(),
      }),
      z.object({ key: z.string(), error: z.string() }),
    ]),
  ),
});

export type BulkRow = z.infer<typeof bulkRowSchema>;
export type ChangeRow = z.infer<typeof changeRowSchema>;
export type Seq = string | number;

export interface CouchApiOptions {
  /** The server's path or URL, e.g. `/couchdb` behind the app's own origin. */
  base: string;
  db: string;
  fetch: FetchLike;
}

export class CouchApi {
  readonly base: string;
  constructor(readonly options: CouchApiOptions) {
    this.base = options.base.replace(/\/+$/, '');
  }

  private async call<T>(
    schema: z.ZodType<T>,
    method: string,
    path: string,
    body?: unknown,
    signal?: AbortSignal,
  ): Promise<T> {
    let response: Response;
    try {
      response = await this.options.fetch(`${this.base}/${path}`, {
        method,
        credentials: 'include',
        headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
      });
    } catch (error) {
      throw new CouchError('network', error instanceof Error ? error.message : String(error));
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      // The connection dropped while the body was arriving.
      throw new CouchError('network', error instanceof Error ? error.message : String(error));
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new CouchError(
        response.status >= 500 ? 'server' : 'garbage',
        `${method} ${path}: ${response.status}, not JSON`,
      );
    }
    const reason =
      typeof json === 'object' && json !== null && 'reason' in json ? String((json as { reason: unknown }).reason) : '';
    if (response.status === 401) throw new CouchError('unauthorized', reason || 'unauthorized');
    if (response.status === 403) throw new CouchError('forbidden', reason || 'forbidden');
    if (response.status === 404) throw new CouchError('not-found', reason || 'not found');
    if (response.status >= 500) throw new CouchError('server', `${method} ${path}: ${response.status} ${reason}`);
    if (response.status >= 400) throw new CouchError('garbage', `${method} ${path}: ${response.status} ${reason}`);
    const parsed = schema.safeParse(json);
    if (!parsed.success)
      throw new CouchError(
        'garbage',
        `${method} ${path}: unexpected answer (${z.prettifyError(parsed.error).slice(0, 200)})`,
      );
    return parsed.data;
  }

  private get db(): string {
    return encodeURIComponent(this.options.db);
  }

  /** Logs in; the server sets its session cookie (HttpOnly). The password is not kept. */
  async login(name: string, password: string): Promise<{ name: string; roles: string[] }> {
    const answer = await this.call(loginSchema, 'POST', '_session', { name, password });
    return { name: answer.name ?? name, roles: answer.roles };
  }

  /** Who the session is, or null when it has none. */
  async session(): Promise<string | null> {
    return (await this.call(sessionSchema, 'GET', '_session')).userCtx.name;
  }

  async logout(): Promise<void> {
    await this.call(z.unknown(), 'DELETE', '_session');
  }

  /** The database's info: reading it checks membership (CouchDB answers 403 to a non-member). */
  async dbInfo(): Promise<z.infer<typeof dbInfoSchema>> {
    return this.call(dbInfoSchema, 'GET', this.db);
  }

  /** Writes documents, each against the revision it was based on; one answer per document. */
  async bulkDocs(docs: Record<string, unknown>[], signal?: AbortSignal): Promise<Map<string, BulkRow>> {
    const rows = await this.call(z.array(bulkRowSchema), 'POST', `${this.db}/_bulk_docs`, { docs }, signal);
    // pouchdb-server does not answer in request order: rows are matched by id.
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const doc of docs)
      if (!byId.has(String(doc._id))) throw new CouchError('garbage', `_bulk_docs: no answer for ${String(doc._id)}`);
    return byId;
  }

  /** One batch of the changes feed with the documents; `longpoll` waits for the next change. */
  async changes(
    since: Seq,
    limit: number,
    options: { longpoll?: boolean; signal?: AbortSignal } = {},
  ): Promise<{ results: ChangeRow[]; lastSeq: Seq }> {
    const query = new URLSearchParams({
      since: String(since),
      limit: String(limit),
      include_docs: 'true',
      // The winning revision only, but with `_conflicts`: the losing revisions that replication
      // between sites left (sync-leaves.ts offers them on the conflict screen).
      style: 'main_only',
      conflicts: 'true',
    });
    if (options.longpoll) query.set('feed', 'longpoll');
    const answer = await this.call(
      changesSchema,
      'GET',
      `${this.db}/_changes?${query.toString()}`,
      undefined,
      options.signal,
    );
    return { results: answer.results, lastSeq: answer.last_seq };
  }

  /** One revision of a document (a losing revision named in `_conflicts`). */
  async revision(id: string, rev: string): Promise<Record<string, unknown>> {
    const query = new URLSearchParams({ rev });
    return this.call(
      z.record(z.string(), z.unknown()),
      'GET',
      `${this.db}/${encodeURIComponent(id)}?${query.toString()}`,
    );
  }

  /**
   * The server's current revision of each document (for conflicts): its body, or a deletion.
   * `_all_docs` with keys also names deleted documents' revisions, which a GET would not.
   */
  async current(
    ids: string[],
  ): Promise<Map<string, { rev: string; deleted: boolean; doc: Record<string, unknown> | null }>> {
    const answer = await this.call(allDocsSchema, 'POST', `${this.db}/_all_docs?include_docs=true`, { keys: ids });
    const found = new Map<string, { rev: string; deleted: boolean; doc: Record<string, unknown> | null }>();
    for (const row of answer.rows)
      if ('value' in row && row.value)
        found.set(row.key, { rev: row.value.rev, deleted: row.value.deleted === true, doc: row.doc ?? null });
    return found;
  }
}
