import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EngineClient } from '../engine/engine-client';
import { bodyOf } from '../persistence/repository';
import { openStorage } from '../persistence/storage';
import { freshIndexedDb, loadSample } from '../persistence/test-support/storage';
import { portfolioEntries } from '../workbook/portfolio-entries';
import { Library } from './library.svelte';
import { PortfolioState } from './portfolio.svelte';
import { prefetchPortfolioCache } from './portfolio-prefetch';
import { totalsOf } from './portfolio-query';
import { ScenarioEditor } from './scenario-editor.svelte';
import { at } from '../model/checked';

let opened: Library[] = [];
beforeEach(freshIndexedDb);
afterEach(() => {
  for (const l of opened) l.close();
  opened = [];
});

/** The worker's API run in-process, counting the scenarios it is asked to evaluate. */
function countingEngine(): { engine: () => EngineClient; evaluated: string[] } {
  const evaluated: string[] = [];
  const api = {
    portfolioEntries: (files: unknown[]) => {
      evaluated.push(...files.map((f) => String((f as { name: string }).name)));
      return portfolioEntries(files);
    },
  };
  const engine = { run: <R>(task: (a: typeof api) => R) => Promise.resolve(task(api)), terminate: () => undefined };
  return { engine: () => engine as unknown as EngineClient, evaluated };
}

async function startTab() {
  const editor = new ScenarioEditor(() => 'en');
  const library = new Library({ connect: () => openStorage(), loadSample, editor, channel: 'test-portfolio' });
  opened.push(library);
  await library.start();
  return { library, editor };
}

describe('the portfolio state over the library', () => {
  it('evaluates each scenario once, then reads the cache; a new revision of the same content is not re-evaluated', async () => {
    const { library, editor } = await startTab();
    const first = countingEngine();
    const p1 = new PortfolioState(library, editor, first.engine);
    await p1.refresh();
    expect(first.evaluated).toHaveLength(6);
    expect(p1.items.every((it) => it.state.kind === 'ok')).toBe(true);
    const totals = totalsOf(p1.items).portfolio;
    expect(Object.keys(totals.byCurrency).sort()).toEqual(['COP', 'USD']);
    expect(totals.byCurrency.COP?.principal).toBe(2_200_000_000);

    // Opened again (a new page): nothing evaluated, nothing even hashed (each revision's hash is
    // stored), the same figures.
    const digest = vi.spyOn(crypto.subtle, 'digest');
    const second = countingEngine();
    const p2 = new PortfolioState(library, editor, second.engine);
    await p2.refresh();
    expect(second.evaluated).toEqual([]);
    expect(digest).not.toHaveBeenCalled();
    expect(totalsOf(p2.items).portfolio).toEqual(totals);

    // Sync-like rewrite: a new revision, the same content.
    const doc = library.entries.find((e) => e.ok && e.doc.name.startsWith('Textile'));
    if (!doc?.ok) throw new Error('no textile sample');
    await library.write(async (storage) => [await storage.repo.put(bodyOf(doc.doc), doc.doc._rev)]);
    const third = countingEngine();
    await new PortfolioState(library, editor, third.engine).refresh();
    expect(third.evaluated).toEqual([]);
    // Only the rewritten revision was hashed, to find its content's figures.
    expect(digest).toHaveBeenCalledTimes(1);
    digest.mockRestore();
  });

  it('uses, once, the cache read started when the tab was chosen (it overlaps the loading of the tab)', async () => {
    const { library, editor } = await startTab();
    const p1 = new PortfolioState(library, editor, countingEngine().engine);
    await p1.refresh();
    prefetchPortfolioCache(library);
    await new Promise((resolve) => setTimeout(resolve, 50)); // the read is under way (or done) before the view asks
    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    const second = countingEngine();
    const p2 = new PortfolioState(library, editor, second.engine);
    await p2.refresh();
    // The prefetched read served it: the cache was not read again, and nothing was evaluated.
    expect(getAll).not.toHaveBeenCalled();
    expect(second.evaluated).toEqual([]);
    expect(totalsOf(p2.items).portfolio).toEqual(totalsOf(p1.items).portfolio);
    // Used once: the next refresh reads the cache itself.
    await new PortfolioState(library, editor, countingEngine().engine).refresh();
    expect(getAll).toHaveBeenCalled();
    getAll.mockRestore();
  });

  it('keeps in its cache only the library: the old content and revision of an edited scenario go', async () => {
    const { library, editor } = await startTab();
    const p = new PortfolioState(library, editor, countingEngine().engine);
    await p.refresh();
    const keys = () => library.storage.db.getAllKeys('portfolio');
    // A content hash and a revision key per scenario.
    expect(await keys()).toHaveLength(12);
    const before = new Set(await keys());
    editor.type([{ path: ['measures', 0, 'capex'], text: '12345' }]);
    await library.saveOpen({ file: editor.file, typed: [] });
    await p.refresh();
    const after = await keys();
    expect(after).toHaveLength(12);
    expect(after.filter((k) => !before.has(k))).toHaveLength(2);
  });

  it('stores figures as JSON text; a stored record that is not text of valid figures is evaluated again', async () => {
    const { library, editor } = await startTab();
    const p1 = new PortfolioState(library, editor, countingEngine().engine);
    await p1.refresh();
    const db = library.storage.db;
    const [a, b, c] = p1.items.map((it) => it.hash);
    expect(typeof (await db.get('portfolio', a!))).toBe('string');
    const good = JSON.parse((await db.get('portfolio', a!)) as string) as { ok: true; entry: { row: object } };
    // The figures as objects (the form of before), text that is not JSON, JSON of wrong figures.
    await db.put('portfolio', good, a!);
    await db.put('portfolio', '{"ok":true,', b!);
    await db.put(
      'portfolio',
      JSON.stringify({ ...good, entry: { ...good.entry, row: { ...good.entry.row, npv: 'x' } } }),
      c!,
    );
    const second = countingEngine();
    const p2 = new PortfolioState(library, editor, second.engine);
    await p2.refresh();
    expect(second.evaluated).toHaveLength(3);
    expect(totalsOf(p2.items).portfolio).toEqual(totalsOf(p1.items).portfolio);
  });

  it('a scenario edited in the editor changes its row and the totals; only it is evaluated again', async () => {
    const { library, editor } = await startTab();
    const open = library.open;
    if (!open) throw new Error('nothing open');
    const { engine, evaluated } = countingEngine();
    const p = new PortfolioState(library, editor, engine);
    await p.refresh();
    const before = totalsOf(p.items).portfolio;
    const row = () => p.items.find((it) => it.id === open._id)!;
    const st = row().state;
    if (st.kind !== 'ok') throw new Error('no figures');
    const capexBefore = st.entry.row.totalCapex;
    const measures = editor.file.measures as { capex: unknown }[];
    expect(typeof at(measures, 0).capex).toBe('number');
    editor.type([{ path: ['measures', 0, 'capex'], text: String((at(measures, 0).capex as number) + 1000) }]);
    await library.saveOpen({ file: editor.file, typed: [] });
    evaluated.length = 0;
    await p.refresh();
    expect(evaluated).toEqual([open.name]);
    const after = row().state;
    if (after.kind !== 'ok') throw new Error('no figures');
    expect(after.entry.row.totalCapex).toBe(capexBefore + 1000);
    const cur = open.scenario.currency;
    expect(totalsOf(p.items).portfolio.byCurrency[cur]?.totalCapex).toBeCloseTo(
      (before.byCurrency[cur]?.totalCapex ?? NaN) + 1000,
      6,
    );
  });

  it('shows a scenario that does not validate with its problem and leaves it out of the totals', async () => {
    const { library, editor } = await startTab();
    const open = library.open!;
    editor.type([{ path: ['measures', 0, 'lifetimeYears'], text: '0' }]);
    await library.saveOpen({ file: editor.file, typed: [] });
    const { engine } = countingEngine();
    const p = new PortfolioState(library, editor, engine);
    await p.refresh();
    const bad = p.items.find((it) => it.id === open._id)!;
    expect(bad.state.kind).toBe('invalid');
    if (bad.state.kind === 'invalid') expect(at(bad.state.issues, 0).path).toEqual(['measures', 0, 'lifetimeYears']);
    const t = totalsOf(p.items);
    expect(t.leftOut).toBe(1);
    expect(Object.values(t.portfolio.byCurrency).reduce((s, c) => s + c.count, 0)).toBe(5);
  });

  it('sets a stage on a scenario that is not open, in the stored document', async () => {
    const { library, editor } = await startTab();
    const other = library.entries.find((e) => e.ok && e.doc._id !== library.open?._id);
    if (!other?.ok) throw new Error('no other');
    const { engine } = countingEngine();
    const p = new PortfolioState(library, editor, engine);
    await p.setStage(other.doc._id, 'approved');
    await p.refresh();
    expect(p.items.find((it) => it.id === other.doc._id)?.stage).toBe('approved');
    const stored = await library.storage.repo.get(other.doc._id);
    expect(stored?.ok && stored.value.scenario.application?.stage).toBe('approved');
    expect(totalsOf(p.items).portfolio.byStage.approved).toEqual({ count: 1 });
  });
});
