import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listVersions } from '../persistence/history';
import { openStorage } from '../persistence/storage';
import { freshIndexedDb, loadSample } from '../persistence/test-support/storage';
import { Autosave, type AutosaveOptions, type SaveStatus } from './autosave.svelte';
import { Library } from './library.svelte';
import { ScenarioEditor } from './scenario-editor.svelte';
import { assertOk } from '../model/test-support/assert-result';

let opened: Library[] = [];

/** One tab: editor, library and autosave, with short delays; `edit` types and tells the autosave. */
async function startTab(options: AutosaveOptions = {}) {
  const editor = new ScenarioEditor(() => 'en');
  const library = new Library({ connect: () => openStorage(), loadSample, editor, channel: 'autosave-test' });
  opened.push(library);
  await library.start();
  const autosave = new Autosave(editor, library, { delayMs: 10, pauseMs: 60_000, ...options });
  const statuses: SaveStatus['kind'][] = [];
  const edit = (path: (string | number)[], text: string) => {
    editor.type([{ path, text }]);
    autosave.edited();
    statuses.push(autosave.status.kind);
  };
  const settled = () => vi.waitFor(() => expect(['saved', 'not-saved']).toContain(autosave.status.kind));
  return { editor, library, autosave, edit, settled, statuses };
}

beforeEach(freshIndexedDb);
afterEach(() => {
  for (const l of opened) l.close();
  opened = [];
});

describe('autosave', () => {
  it('writes an edit within the delay, and shows "saved" only after the write', async () => {
    const tab = await startTab();
    tab.edit(['discountRate'], '0.2');
    expect(tab.autosave.status.kind).toBe('saving');
    await tab.settled();
    expect(tab.autosave.status.kind).toBe('saved');
    const stored = await tab.library.storage.repo.get(tab.library.open!._id);
    assertOk(stored);
    expect(stored.value.scenario.discountRate).toBe(0.2);
  });

  it('keeps a cell as typed beside the last valid scenario, and brings it back after a reload', async () => {
    const tab = await startTab();
    const id = tab.library.open!._id;
    const before = tab.library.open!.scenario.discountRate;
    tab.edit(['discountRate'], '12,,5');
    await tab.settled();
    const later = await startTab();
    await later.library.openScenario(id);
    expect(later.library.open?.scenario.discountRate).toBe(before);
    expect(later.editor.draft.typed.map((t) => t.text)).toEqual(['12,,5']);
  });

  it('never says "saved" when the write fails, and says why', async () => {
    const tab = await startTab();
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    vi.spyOn(tab.library.storage.repo, 'saveDraft').mockRejectedValue(quota);
    tab.edit(['discountRate'], '0.3');
    await tab.settled();
    expect(tab.autosave.status).toEqual({ kind: 'not-saved', reason: 'quota', detail: 'The quota has been exceeded.' });
    expect(tab.autosave.unsaved).toBe(true);
    vi.restoreAllMocks();
    await tab.autosave.retry();
    expect(tab.autosave.status.kind).toBe('saved');
  });

  it('keeps a version of what was stored before a run of edits, and another at a pause', async () => {
    const tab = await startTab({ pauseMs: 50 });
    const id = tab.library.open!._id;
    tab.edit(['discountRate'], '0.21');
    tab.edit(['discountRate'], '0.22');
    await vi.waitFor(async () => expect((await listVersions(tab.library.storage.db, id)).length).toBe(2));
  });
});

describe('two tabs on one scenario', () => {
  it("a tab with nothing unsaved loads the other tab's write", async () => {
    const a = await startTab();
    const b = await startTab();
    expect(b.library.open?._id).toBe(a.library.open?._id);
    a.edit(['discountRate'], '0.25');
    await a.settled();
    await vi.waitFor(() => expect(b.editor.file.discountRate).toBe(0.25));
    expect(b.autosave.remoteNotice).toBe(true);
  });

  it('never overwrite each other: the later writer is offered a choice, and can keep its edit as a copy', async () => {
    const a = await startTab({ delayMs: 5_000 });
    const b = await startTab();
    a.edit(['discountRate'], '0.31'); // waits, unsaved
    b.edit(['discountRate'], '0.32');
    await b.settled();
    await vi.waitFor(() => expect(a.autosave.conflict).toBe(true));
    await a.autosave.flush();
    expect(a.autosave.status).toMatchObject({ kind: 'not-saved', reason: 'conflict' });
    const original = a.library.open!._id;
    const copy = await a.autosave.keepMineAsCopy();
    expect(copy?._id).not.toBe(original);
    expect(copy?.scenario.discountRate).toBe(0.31);
    const theirs = await a.library.storage.repo.get(original);
    assertOk(theirs);
    expect(theirs.value.scenario.discountRate).toBe(0.32);
  });

  it('a conflict found by the write itself (no message yet) is reported, not overwritten', async () => {
    const a = await startTab({ delayMs: 5_000 });
    const b = await startTab({ delayMs: 5_000 });
    a.library.onRemoteChange = null; // as if the broadcast had not arrived yet
    b.edit(['discountRate'], '0.41');
    await b.autosave.flush();
    a.edit(['discountRate'], '0.42');
    await a.autosave.flush();
    expect(a.autosave.status).toMatchObject({ kind: 'not-saved', reason: 'conflict' });
    await a.autosave.loadTheirs();
    expect(a.editor.file.discountRate).toBe(0.41);
  });
});
