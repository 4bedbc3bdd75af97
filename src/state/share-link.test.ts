import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../model/schema';
import { encodeShareFragment } from '../model/share-link';
import { openStorage } from '../persistence/storage';
import { freshIndexedDb, loadSample, sample } from '../persistence/test-support/storage';
import { Library } from './library.svelte';
import { ScenarioEditor } from './scenario-editor.svelte';
import { IncomingLink, outgoingLink, readFragment } from './share-link.svelte';
import { assertOk } from '../model/test-support/assert-result';

function fragmentOf(scenario: Scenario): string {
  const encoded = encodeShareFragment(scenario);
  if (!encoded.ok) throw new Error('too long');
  return encoded.fragment;
}

let library: Library | null = null;

/** A tab whose address bar holds `hash`; `urls` records what replaced it. */
async function openWith(hash: string, beforeSwitch = () => Promise.resolve(true)) {
  const editor = new ScenarioEditor(() => 'en');
  library = new Library({ connect: () => openStorage(), loadSample, editor, channel: 'share-test' });
  await library.start();
  const urls: string[] = [];
  const incoming = new IncomingLink({
    library,
    beforeSwitch,
    location: { hash, pathname: '/app/', search: '?lang=es' },
    replaceUrl: (url) => urls.push(url),
  });
  incoming.read();
  return { editor, library, incoming, urls };
}

const names = (l: Library) => l.entries.flatMap((e) => (e.ok && !e.doc.deleted ? [e.doc.name] : [])).sort();

beforeEach(freshIndexedDb);
afterEach(() => library?.close());

describe('opening the app with a link', () => {
  const shared = { ...sample('peru-textile-guaranteed-loan'), name: 'Textiles Lima (from Ana)' };

  it('shows the scenario, takes the fragment out of the address bar, and stores nothing yet', async () => {
    const tab = await openWith(`#${fragmentOf(shared)}`);
    expect(tab.urls).toEqual(['/app/?lang=es']);
    expect(tab.incoming.state).toEqual({ kind: 'ready', scenario: shared });
    expect(names(tab.library)).not.toContain('Textiles Lima (from Ana)');
  });

  it('imports it as a new scenario beside the others, and opens it', async () => {
    const tab = await openWith(`#${fragmentOf(shared)}`);
    const before = names(tab.library);
    const openBefore = tab.library.open!;
    await tab.incoming.import();
    expect(names(tab.library)).toEqual([...before, 'Textiles Lima (from Ana)'].sort());
    expect(tab.library.open?.scenario).toEqual(shared);
    const old = await tab.library.storage.repo.get(openBefore._id);
    assertOk(old);
    expect(old.value._rev).toBe(openBefore._rev); // untouched
    expect(tab.incoming.state).toMatchObject({ kind: 'imported', opened: true });
  });

  it('twice gives two scenarios, never one overwritten', async () => {
    const tab = await openWith(`#${fragmentOf(shared)}`);
    await tab.incoming.import();
    tab.incoming.dismiss();
    const again = new IncomingLink({
      library: tab.library,
      beforeSwitch: () => Promise.resolve(true),
      location: { hash: `#${fragmentOf(shared)}`, pathname: '/', search: '' },
      replaceUrl: () => undefined,
    });
    again.read();
    await again.import();
    expect(names(tab.library).filter((n) => n === 'Textiles Lima (from Ana)')).toHaveLength(2);
  });

  it('stores it but keeps the open scenario when its pending edits could not be written', async () => {
    const tab = await openWith(`#${fragmentOf(shared)}`, () => Promise.resolve(false));
    const openBefore = tab.library.open!._id;
    await tab.incoming.import();
    expect(tab.library.open?._id).toBe(openBefore);
    expect(tab.incoming.state).toMatchObject({ kind: 'imported', opened: false });
    expect(names(tab.library)).toContain('Textiles Lima (from Ana)');
  });

  it('says why it could not be stored as a Failure, keeping the scenario for another try', async () => {
    const tab = await openWith(`#${fragmentOf(shared)}`, () => Promise.reject(new Error('disk full')));
    await tab.incoming.import();
    expect(tab.incoming.state).toMatchObject({
      kind: 'failed',
      scenario: { name: 'Textiles Lima (from Ana)' },
      failure: { kind: 'error', detail: 'disk full' },
    });
  });

  it('that is damaged says so, stores nothing, and still clears the address bar', async () => {
    const good = fragmentOf(shared);
    const tab = await openWith(`#${good.slice(0, -12)}`);
    const before = names(tab.library);
    expect(tab.urls).toEqual(['/app/?lang=es']);
    expect(tab.incoming.state).toEqual({ kind: 'problem', problem: { code: 'damaged' } });
    await tab.incoming.import();
    expect(names(tab.library)).toEqual(before);
  });

  it('leaves other fragments alone', async () => {
    const tab = await openWith('#results');
    expect(tab.urls).toEqual([]);
    expect(tab.incoming.state).toEqual({ kind: 'none' });
  });
});

describe('a link whose scenario breaks a range', () => {
  it('is refused with the field named, as a stored scenario would be', () => {
    const bad = { ...sample(), discountRate: -1.5 };
    const result = readFragment(fragmentOf(bad));
    expect(
      result.kind === 'problem' &&
        result.problem.code === 'invalid' &&
        result.problem.issues.map((i) => i.path.join('.')),
    ).toEqual(['discountRate']);
  });
});

describe('the link to the open scenario', () => {
  const file = sample('colombia-green-credit-rebate');

  it("carries the editor's file when it is valid", () => {
    const link = outgoingLink(file, 0, null, 'https://cp.example/app/');
    assertOk(link);
    expect(link.url.startsWith('https://cp.example/app/#s=v1.')).toBe(true);
    expect(link.ok && readFragment(link.url.split('#')[1] ?? '')).toEqual({ kind: 'ready', scenario: file });
    assertOk(link);
    expect(link.stale).toBe(false);
  });

  it('carries the last valid version, and says so, while the draft has problems', async () => {
    const tab = await openWith('');
    const doc = tab.library.open!;
    const link = outgoingLink({ ...doc.scenario, horizonYears: 'abc' }, 0, doc, '/');
    assertOk(link);
    expect(link.stale).toBe(true);
    expect(link.ok && readFragment(link.url.slice(2))).toEqual({ kind: 'ready', scenario: doc.scenario });
    expect(outgoingLink(doc.scenario, 1, doc, '/')).toMatchObject({ ok: true, stale: true });
  });

  it('is refused over 8,192 characters, with the length', () => {
    // At most 200 measures (the schema's limit), with names that do not compress.
    const measures = Array.from({ length: 200 }, (_, i) => ({
      ...file.measures[0],
      id: `m${i}`,
      name: `${i.toString(36)}${Math.sin(i).toString(36)}${Math.cos(i).toString(36)}${Math.tan(i + 0.5).toString(36)}`,
    }));
    expect(outgoingLink({ ...file, measures }, 0, null, '/')).toMatchObject({
      ok: false,
      reason: 'too-long',
      max: 8192,
    });
  });

  it('is not offered with nothing open', () => {
    expect(outgoingLink({}, 0, null, '/')).toEqual({ ok: false, reason: 'nothing-open' });
  });
});
