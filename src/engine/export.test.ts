/**
 * The Excel export's transport (issue 19: it had no unit test): the worker's reply crosses a
 * MessageChannel through comlink with its bytes transferred, and the page parses it with the
 * reply schema. The file that arrives is read back with the tests' own .xlsx reader and its
 * project NPV compared with the sample's expected file.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transfer } from 'comlink';
import { describe, expect, it } from 'vitest';
import type { EngineApi } from '../../workers/engine';
import { ModelSession } from '../workbook/session';
import { readXlsx } from '../../test/xlsx/read-xlsx';
import { EngineClient, type CallOptions } from './engine-client';
import { FakeWorker } from './test-support/fake-worker';
import { exportXlsx } from './export';
import { assertOk } from '../model/test-support/assert-result';

function sample(name: string): unknown {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`../../public/examples/${name}`, import.meta.url)), 'utf8'));
}

/** A client whose worker answers exportXlsx with `reply` (any shape: the schema is under test). */
function clientReplying(reply: (file: unknown) => unknown): EngineClient {
  return new EngineClient(() => new FakeWorker({ exportXlsx: reply } as unknown as Partial<EngineApi>), {
    timeoutMs: 5000,
  });
}

describe('the Excel export through the worker channel', () => {
  it('delivers the .xlsx bytes, transferred, as a file whose project NPV is the expected one', async () => {
    const session = new ModelSession();
    let sent: Uint8Array | null = null;
    const client = clientReplying(async (file) => {
      const evaluated = await session.evaluate(file);
      if (!evaluated.ok) return { ok: false, issues: evaluated.issues.length };
      const bytes = await session.xlsx();
      if (!bytes) return { ok: false, issues: 0 };
      sent = bytes;
      return transfer({ ok: true, bytes }, [bytes.buffer as ArrayBuffer]);
    });
    const reply = await exportXlsx(client, sample('peru-textile-guaranteed-loan.json'));
    client.terminate();
    assertOk(reply);
    // Transferred, not copied: the worker's buffer is detached once sent.
    expect(sent).not.toBeNull();
    expect(sent!.byteLength).toBe(0);
    expect([...reply.bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]); // "PK": a zip
    const book = readXlsx(reply.bytes);
    const npv = book.sheets.get('Summary')?.get('B2')?.value;
    const expected = (sample('peru-textile-guaranteed-loan.expected.json') as { project: { npv: number } }).project.npv;
    expect(typeof npv).toBe('number');
    expect(Math.abs((npv as number) - expected)).toBeLessThanOrEqual(1e-6 * Math.abs(expected));
  });

  it('says how many problems keep a file from being exported', async () => {
    const client = clientReplying(() => ({ ok: false, issues: 3 }));
    await expect(exportXlsx(client, {})).resolves.toEqual({ ok: false, issues: 3 });
    client.terminate();
  });

  it.each([
    ['bytes that are not a Uint8Array', { ok: true, bytes: [80, 75] }],
    ['no bytes', { ok: true }],
    ['a negative problem count', { ok: false, issues: -1 }],
    ['a fractional problem count', { ok: false, issues: 1.5 }],
    ['no ok flag', { bytes: new Uint8Array(2) }],
    ['nothing', undefined],
  ])('refuses a reply with %s', async (_, bad) => {
    const client = clientReplying(() => bad);
    await expect(exportXlsx(client, {})).rejects.toMatchObject({ name: 'EngineError', reason: 'invalid-reply' });
    client.terminate();
  });
});

describe('the Excel export deadline', () => {
  /** An engine stand-in recording the options of each call; its worker answers at once. */
  function recording(): { engine: EngineClient; options: CallOptions[] } {
    const options: CallOptions[] = [];
    const engine = {
      run: (task: (api: { exportXlsx: () => unknown }) => unknown, o: CallOptions) => {
        options.push(o);
        return Promise.resolve(task({ exportXlsx: () => ({ ok: false, issues: 0 }) }));
      },
    } as unknown as EngineClient;
    return { engine, options };
  }
  it('gives a large workbook a minute, unless the caller says otherwise', async () => {
    const { engine, options } = recording();
    await exportXlsx(engine, {});
    const signal = new AbortController().signal;
    await exportXlsx(engine, {}, { timeoutMs: 5, signal });
    expect(options).toEqual([{ timeoutMs: 60_000 }, { timeoutMs: 5, signal }]);
  });
});
