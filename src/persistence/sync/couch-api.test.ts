import { describe, expect, it } from 'vitest';
import { CouchApi, CouchError } from './couch-api';

/** A CouchApi whose server answers every request with `body` (status 200). */
const answering = (body: unknown) =>
  new CouchApi({ base: '/couchdb', db: 'cp-team-x', fetch: () => Promise.resolve(new Response(JSON.stringify(body))) });

const row = (doc: unknown) => ({ seq: 7, id: 'scn_a', changes: [{ rev: `1-${'a'.repeat(32)}` }], doc });

describe('CouchApi.changes: the shape of a _changes answer', () => {
  it('passes each row document through as the server sent it', async () => {
    const doc = { _id: 'scn_a', name: 'Planta', scenario: { discountRate: 0.12 } };
    const { results, lastSeq } = await answering({ results: [row(doc)], last_seq: 7 }).changes(0, 200);
    expect(lastSeq).toBe(7);
    expect(results[0]?.doc).toEqual(doc);
  });

  it('refuses as garbage a row whose document is not an object', async () => {
    for (const doc of [[1, 2], 'text', null, 3]) {
      const call = answering({ results: [row(doc)], last_seq: 7 }).changes(0, 200);
      await expect(call).rejects.toBeInstanceOf(CouchError);
      await expect(call).rejects.toMatchObject({ failure: 'garbage' });
    }
  });
});
