import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import { openStorage } from '../persistence/storage';
import { freshIndexedDb, loadSample } from '../persistence/test-support/storage';
import { AppUpdate, saveAllWith, type Saver } from './app-update.svelte';
import { Autosave } from './autosave.svelte';
import { Library } from './library.svelte';
import { ScenarioEditor } from './scenario-editor.svelte';
import { assertOk } from '../model/test-support/assert-result';

/** A stand-in for virtual:pwa-register: records the callbacks and the skip-waiting calls. */
function fakeWorker() {
  const worker = { options: {} as RegisterSWOptions, activations: 0 };
  const register = (options: RegisterSWOptions) => {
    worker.options = options;
    return () => {
      worker.activations++;
      return Promise.resolve();
    };
  };
  return { worker, register };
}

/** navigator.serviceWorker as far as AppUpdate uses it; `takeOver` is a new worker taking control. */
class FakeContainer extends EventTarget {
  controller: ServiceWorker | null = null;
  takeOver(): void {
    this.controller = {} as ServiceWorker;
    this.dispatchEvent(new Event('controllerchange'));
  }
}

function setup(saveAll: () => Promise<boolean>, container = new FakeContainer()) {
  const { worker, register } = fakeWorker();
  const reload = vi.fn();
  const update = new AppUpdate({ register, saveAll, reload, container });
  update.start();
  return { worker, reload, update, container };
}

describe('a new version', () => {
  it('is announced and waits: nothing reloads until the user chooses', () => {
    const { worker, reload, update } = setup(() => Promise.resolve(true));
    expect(update.phase.kind).toBe('current');
    worker.options.onNeedRefresh?.();
    expect(update.phase.kind).toBe('available');
    expect(worker.activations).toBe(0);
    expect(reload).not.toHaveBeenCalled();
  });

  it('takes over only after pending edits are saved, then the tab reloads', async () => {
    const order: string[] = [];
    const { worker, reload, update, container } = setup(() => {
      order.push('saved');
      return Promise.resolve(true);
    });
    container.takeOver(); // the first worker claims the first visit: not an update
    worker.options.onNeedRefresh?.();
    await update.apply();
    order.push(`activations ${worker.activations}`);
    expect(order).toEqual(['saved', 'activations 1']);
    expect(reload).not.toHaveBeenCalled();
    container.takeOver(); // the new version now controls the tab
    await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
    expect(order).toEqual(['saved', 'activations 1', 'saved']);
  });

  it('does not take over or reload when the edits could not be saved, and tries again on retry', async () => {
    let saves = 0;
    const { worker, reload, update } = setup(() => Promise.resolve(++saves > 1));
    worker.options.onNeedRefresh?.();
    await update.apply();
    expect(update.phase.kind).toBe('blocked');
    expect(worker.activations).toBe(0);
    await update.retry();
    expect(worker.activations).toBe(1);
    expect(reload).not.toHaveBeenCalled();
  });

  it('taking over another tab saves that tab first, and a failed save keeps it open', async () => {
    const container = new FakeContainer();
    container.controller = {} as ServiceWorker; // this tab loaded under the old version
    let saves = 0;
    const { reload, update } = setup(
      () => (++saves === 1 ? Promise.reject(new Error('disk full')) : Promise.resolve(true)),
      container,
    );
    container.takeOver();
    await vi.waitFor(() => expect(update.phase.kind).toBe('blocked'));
    expect(reload).not.toHaveBeenCalled();
    await update.retry();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('a part of the app that could not be loaded reloads the same version once the edits are saved', async () => {
    const order: string[] = [];
    const { worker, reload, update } = setup(() => {
      order.push('saved');
      return Promise.resolve(true);
    });
    reload.mockImplementation(() => order.push('reloaded'));
    await update.reloadForMissingPart();
    expect(order).toEqual(['saved', 'reloaded']);
    expect(worker.activations).toBe(0);
  });

  it('a part of the app that could not be loaded takes the waiting version when there is one', async () => {
    const { worker, reload, update } = setup(() => Promise.resolve(true));
    worker.options.onNeedRefresh?.();
    await update.reloadForMissingPart();
    expect(worker.activations).toBe(1);
    expect(reload).not.toHaveBeenCalled(); // the takeover reloads, as for the user's own "reload"
  });

  it('"later" keeps the new version waiting', () => {
    const { worker, update } = setup(() => Promise.resolve(true));
    worker.options.onNeedRefresh?.();
    update.later();
    expect([update.phase.kind, update.dismissed, worker.activations]).toEqual(['available', true, 0]);
  });

  it('says once that the app is ready offline', () => {
    const { worker, update } = setup(() => Promise.resolve(true));
    worker.options.onOfflineReady?.();
    expect(update.offlineReady).toBe(true);
    update.dismissOfflineReady();
    expect(update.offlineReady).toBe(false);
  });
});

describe('saveAllWith the autosave', () => {
  let library: Library | null = null;
  beforeEach(freshIndexedDb);
  afterEach(() => library?.close());

  it('writes an edit still waiting for its delay, before the reload', async () => {
    const editor = new ScenarioEditor(() => 'en');
    library = new Library({ connect: () => openStorage(), loadSample, editor, channel: 'update-test' });
    await library.start();
    const autosave = new Autosave(editor, library, { delayMs: 60_000 });
    editor.type([{ path: ['discountRate'], text: '0.37' }]);
    autosave.edited();
    expect(autosave.unsaved).toBe(true);
    expect(await saveAllWith(autosave)).toBe(true);
    const stored = await library.storage.repo.get(library.open!._id);
    assertOk(stored);
    expect(stored.value.scenario.discountRate).toBe(0.37);
  });

  it('gives up when the write fails', async () => {
    const failing: Saver = { flush: () => Promise.resolve(), unsaved: true, status: { kind: 'not-saved' } };
    expect(await saveAllWith(failing)).toBe(false);
  });

  it('gives up when a write never ends', async () => {
    const stuck: Saver = { flush: () => Promise.resolve(), unsaved: true, status: { kind: 'saving' } };
    expect(await saveAllWith(stuck, 120)).toBe(false);
  });
});

describe('a broken version (rescue)', () => {
  it('takes a waiting newer version at once, without asking, and reloads into it', async () => {
    const { worker, reload, update, container } = setup(() => Promise.resolve(true));
    container.takeOver(); // the broken version controls this tab
    update.rescue();
    expect(worker.activations).toBe(1);
    container.takeOver(); // the newer version takes over
    await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
  });

  it('takes a newer version found later at once too, and reloads even if the broken one cannot save', async () => {
    const { worker, reload, update, container } = setup(() => Promise.reject(new Error('broken')));
    container.takeOver();
    update.rescue();
    worker.options.onNeedRefresh?.();
    expect(worker.activations).toBe(2);
    expect(update.phase.kind).toBe('current');
    container.takeOver();
    await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
  });
});
