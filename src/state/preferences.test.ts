import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto'; // the IDB* classes idb checks values against
import { beforeEach, describe, expect, it } from 'vitest';
import { openAppDb } from '../persistence/app-db';
import { Preferences } from './preferences.svelte';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('the language preference', () => {
  it("starts from the browser's languages when nothing is stored", async () => {
    const preferences = new Preferences(openAppDb(), ['pt-BR', 'en']);
    await preferences.load();
    expect(preferences.language).toBe('pt');
    expect(preferences.numberLocale).toBe('pt-BR');
    expect(preferences.storedProblem).toBeUndefined();
  });

  it('is remembered by a later session', async () => {
    await new Preferences(openAppDb(), ['es-BO']).setLanguage('en');
    const later = new Preferences(openAppDb(), ['es-BO']);
    await later.load();
    expect(later.language).toBe('en');
  });

  it('reports an unreadable record and keeps it until the user chooses again', async () => {
    const db = await openAppDb();
    await db.put('settings', { version: 9, language: 'en' }, 'ui');
    const preferences = new Preferences(Promise.resolve(db), ['es-CO']);
    await preferences.load();
    expect(preferences.language).toBe('es');
    expect(preferences.storedProblem?.raw).toEqual({ version: 9, language: 'en' });
    await preferences.setLanguage('en');
    expect(preferences.storedProblem).toBeUndefined();
  });

  it('takes the record read at start when there is one, without reading again', async () => {
    const db = await openAppDb();
    await db.put('settings', { version: 1, language: 'en' }, 'ui');
    const early = new Preferences(
      Promise.resolve(db),
      ['es-CO'],
      false,
      Promise.resolve({ version: 1, language: 'pt' }),
    );
    await early.load();
    expect(early.language).toBe('pt');
    const unreadable = new Preferences(Promise.resolve(db), ['es-CO'], false, Promise.resolve({ version: 9 }));
    await unreadable.load();
    expect(unreadable.storedProblem?.raw).toEqual({ version: 9 });
    // The read at start failed: read again on the connection.
    const failed = new Preferences(Promise.resolve(db), ['es-CO'], false, Promise.reject(new Error('aborted')));
    await failed.load();
    expect(failed.language).toBe('en');
    expect(failed.storageError).toBeUndefined();
  });

  it('shows a storage failure instead of throwing', async () => {
    const preferences = new Preferences(Promise.reject(new Error('IndexedDB is disabled')), ['es']);
    await preferences.load();
    expect(preferences.storageError).toContain('IndexedDB is disabled');
  });
});

describe('the folded key figures', () => {
  it('start unfolded, and a fold is remembered with the language by a later session', async () => {
    const first = new Preferences(openAppDb(), ['es-CO']);
    await first.load();
    expect(first.figuresCollapsed).toBe(false);
    await first.setFiguresCollapsed(true);
    await first.setLanguage('en');
    const later = new Preferences(openAppDb(), ['es-CO']);
    await later.load();
    expect(later.figuresCollapsed).toBe(true);
    expect(later.language).toBe('en');
    await later.setFiguresCollapsed(false);
    const third = new Preferences(openAppDb(), ['es-CO']);
    await third.load();
    expect(third.figuresCollapsed).toBe(false);
  });

  it('start folded on a phone until the user chooses, and the choice wins over the width', async () => {
    const phone = new Preferences(openAppDb(), ['es-CO'], true);
    await phone.load();
    expect(phone.figuresCollapsed).toBe(true);
    await phone.setLanguage('en'); // choosing a language is not a choice about the strip
    const again = new Preferences(openAppDb(), ['es-CO'], true);
    await again.load();
    expect(again.figuresCollapsed).toBe(true);
    const laptop = new Preferences(openAppDb(), ['es-CO'], false);
    await laptop.load();
    expect(laptop.figuresCollapsed).toBe(false);
    await again.setFiguresCollapsed(false);
    const later = new Preferences(openAppDb(), ['es-CO'], true);
    await later.load();
    expect(later.figuresCollapsed).toBe(false);
  });

  it('never overwrite a stored record that could not be read', async () => {
    const db = await openAppDb();
    await db.put('settings', { version: 9, language: 'en' }, 'ui');
    const preferences = new Preferences(Promise.resolve(db), ['es-CO']);
    await preferences.load();
    await preferences.setFiguresCollapsed(true);
    expect(preferences.figuresCollapsed).toBe(true);
    expect(await db.get('settings', 'ui')).toEqual({ version: 9, language: 'en' });
  });
});
