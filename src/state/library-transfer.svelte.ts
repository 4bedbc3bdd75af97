/** Import (picked or dropped files) and export (one scenario, or a backup of all) for the library. */
import { createContext } from 'svelte';
import { buildBackup, readImportFile, scenarioFileText, type ImportFile } from '../persistence/backup';
import type { ScenarioDoc } from '../persistence/docs';
import { applyImport } from '../persistence/import';
import type { Issue } from '../model/issues';
import type { Library } from './library.svelte';
import type { StorageHealth } from './library-health.svelte';

/** What importing one file did: the names added, and each problem with its path. */
export interface ImportResult {
  file: string;
  added: string[];
  problems: Issue[];
  /** The write itself failed (e.g. the disk is full): nothing from this file was added. */
  failed?: string;
}

export interface Download {
  filename: string;
  text: string;
}

/** A file name from a scenario name: letters, digits and dashes. */
export function fileNameOf(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${slug || 'scenario'}.json`;
}

export class LibraryTransfer {
  #results = $state.raw<ImportResult[]>([]);
  #busy = $state(false);
  readonly #library: Library;
  readonly #health: StorageHealth;

  constructor(library: Library, health: StorageHealth) {
    this.#library = library;
    this.#health = health;
  }

  get results(): ImportResult[] {
    return this.#results;
  }
  get busy(): boolean {
    return this.#busy;
  }
  clearResults(): void {
    this.#results = [];
  }

  /** Imports each file; what is valid arrives as new scenarios, never over an existing one. */
  async importFiles(files: readonly ImportFile[]): Promise<ImportResult[]> {
    this.#busy = true;
    const results: ImportResult[] = [];
    try {
      for (const file of files) {
        const plan = await readImportFile(file);
        const result: ImportResult = { file: file.name, added: [], problems: plan.problems };
        try {
          const docs = await this.#library.write((s) => applyImport(s.repo, plan));
          result.added = docs.map((d) => d.name);
        } catch (error) {
          result.failed = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        }
        results.push(result);
      }
    } finally {
      this.#busy = false;
      this.#results = results;
    }
    return results;
  }

  exportOne(doc: ScenarioDoc): Download {
    return { filename: fileNameOf(doc.name), text: scenarioFileText(doc) };
  }

  /** A backup of every scenario, with history; remembered as this device's last backup. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a timestamp, not reactive state
  async backup(now = new Date()): Promise<Download> {
    const { db } = this.#library.storage;
    const file = await buildBackup(db, await this.#library.storage.repo.all(), now);
    await this.#health.noteBackup(db, now.getTime()).catch(() => undefined);
    return { filename: `cp-backup-${now.toISOString().slice(0, 10)}.json`, text: `${JSON.stringify(file, null, 1)}\n` };
  }
}

export const [getLibraryTransfer, setLibraryTransfer] = createContext<LibraryTransfer>();
