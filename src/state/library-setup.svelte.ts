/**
 * Builds the library's state for the app (main.ts) and hands it to components by context
 * (App.svelte): the library, its autosave, storage health, import/export and the comparison.
 */
import type { EngineClient } from '../engine/engine-client';
import type { UiLanguage } from '../i18n/locale';
import { DB_NAME } from '../persistence/app-db';
import { earlyDb, earlyReads, onEarlyDbVersionChange } from '../persistence/early-db';
import { openStorage, storageOn } from '../persistence/storage';
import { saveAllWith } from './app-update.svelte';
import { Autosave, setAutosave } from './autosave.svelte';
import { LibraryCompare, setLibraryCompare } from './library-compare.svelte';
import { setStorageHealth, StorageHealth } from './library-health.svelte';
import { LibraryTransfer, setLibraryTransfer } from './library-transfer.svelte';
import { Library, setLibrary } from './library.svelte';
import type { ScenarioEditor } from './scenario-editor.svelte';

export interface LibraryStates {
  library: Library;
  autosave: Autosave;
  health: StorageHealth;
  transfer: LibraryTransfer;
  compare: LibraryCompare;
  /** Writes every pending edit; true when nothing is left unsaved (e.g. before an app update reloads). */
  saveAll: () => Promise<boolean>;
}

interface Setup {
  editor: ScenarioEditor;
  engine: EngineClient;
  /** Sends the open scenario to the engine again (after a comparison used the worker's session). */
  reevaluate: () => void;
  /** The user's language once the preferences are read: the first run seeds the samples in it. */
  language?: () => Promise<UiLanguage>;
}

/** Creates the states and starts opening the library (seeding the samples on a first run). */
export function startLibrary({ editor, engine, reevaluate, language }: Setup): LibraryStates {
  const base = import.meta.env.BASE_URL;
  const loadSample = async (name: string) => {
    const response = await fetch(`${base}examples/${name}.json`);
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    return response.text();
  };
  // The first start uses the connection the page opened early (src/boot.ts), and what it read;
  // a retry opens and reads anew.
  let early = earlyDb();
  let reads = earlyReads();
  const atStart = () => {
    const read = reads;
    reads = null;
    return read;
  };
  const connect = () => {
    const opening = early;
    early = null;
    if (!opening) {
      reads = null;
      return openStorage(DB_NAME, { onVersionChange: () => library.closeForUpgrade() });
    }
    onEarlyDbVersionChange(() => library.closeForUpgrade());
    return storageOn(
      opening,
      reads?.then((r) => r.local.device),
    );
  };
  const library: Library = new Library({
    connect,
    atStart,
    loadSample,
    sampleLanguage: language,
    editor,
  });
  const autosave = new Autosave(editor, library);
  const health = new StorageHealth();
  const transfer = new LibraryTransfer(library, health);
  const compare = new LibraryCompare(engine, reevaluate, () => autosave.flush());
  // Every new revision of the draft is an edit for the autosave (it ignores loads of a stored one).
  editor.onChange(() => autosave.edited());
  void library.start().then(() => {
    if (library.phase.kind === 'ready') void health.start(library.storage.db, navigator.storage);
  });
  // Waits for a write already under way too: flush() alone returns at once during one.
  const saveAll = () => saveAllWith(autosave);
  return { library, autosave, health, transfer, compare, saveAll };
}

/** Hands every library state to the components below (call in App.svelte's script). */
export function setLibraryStates(states: LibraryStates): void {
  setLibrary(states.library);
  setAutosave(states.autosave);
  setStorageHealth(states.health);
  setLibraryTransfer(states.transfer);
  setLibraryCompare(states.compare);
}
