/**
 * The files the library hands the user through the browser's download: the backup of every
 * scenario, one scenario, and the open draft as it is. Call it while a component starts: it
 * takes the library, its transfer and the editor from the context.
 */
import type { ScenarioDoc } from '../../persistence/docs';
import { fileNameOf, getLibraryTransfer, type LibraryTransfer } from '../../state/library-transfer.svelte';
import { getLibrary, type Library } from '../../state/library.svelte';
import { getScenarioEditor, type ScenarioEditor } from '../../state/scenario-editor.svelte';
import { saveJson } from '../export/download';

export interface LibraryDownloads {
  /** Every scenario in one file; the transfer notes it as this device's last backup. */
  backup(): Promise<void>;
  /** One stored scenario as a file. */
  scenario(doc: ScenarioDoc): void;
  /** The way out when nothing can be written: the open draft as it is, valid or not. */
  draft(): void;
}

export function useLibraryDownloads(): LibraryDownloads {
  return libraryDownloads(getLibraryTransfer(), getLibrary(), getScenarioEditor());
}

/** The same, from the state objects themselves. */
export function libraryDownloads(
  transfer: Pick<LibraryTransfer, 'backup' | 'exportOne'>,
  library: Pick<Library, 'open'>,
  editor: Pick<ScenarioEditor, 'file' | 'draft'>,
): LibraryDownloads {
  return {
    async backup() {
      const file = await transfer.backup();
      saveJson(file.filename, file.text);
    },
    scenario(doc) {
      const file = transfer.exportOne(doc);
      saveJson(file.filename, file.text);
    },
    draft() {
      const name = typeof editor.file.name === 'string' ? editor.file.name : (library.open?.name ?? 'scenario');
      saveJson(fileNameOf(name), `${JSON.stringify($state.snapshot(editor.draft.file), null, 2)}\n`);
    },
  };
}
