/**
 * Autosave of the open scenario, with an honest status. An edit is written within a second;
 * "saved" is shown only once the write transaction has completed (strict durability); a write
 * that failed says why and stays "not saved" until a later write succeeds. A write that finds
 * the revision moved (another tab) stops autosaving and offers a choice: load theirs, or keep
 * mine as a copy. Versions for the history are kept at a pause and every few minutes of editing.
 */
import { createContext } from 'svelte';
import type { ScenarioDoc } from '../persistence/docs';
import { classifyWriteError, type WriteFailure } from '../persistence/errors';
import type { Library } from './library.svelte';
import type { ScenarioEditor } from './scenario-editor.svelte';
import { reasonedFailure, type ReasonedFailure } from './reasoned-failure';

export type NotSavedReason = WriteFailure | 'closed-for-upgrade';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saved'; at: number }
  /** An edit waits for its write, or the write is under way. */
  | { kind: 'saving' }
  | ({ kind: 'not-saved' } & ReasonedFailure<NotSavedReason>);

export interface AutosaveOptions {
  /** From an edit to its write (ms). */
  delayMs?: number;
  /** A pause this long keeps a version (ms). */
  pauseMs?: number;
  /** While editing without a pause, a version at least this often (ms). */
  everyMs?: number;
  now?: () => number;
}

export class Autosave {
  #status = $state.raw<SaveStatus>({ kind: 'idle' });
  #conflict = $state(false);
  #remoteNotice = $state(false);
  #saved = -1;
  #writing = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #pauseTimer: ReturnType<typeof setTimeout> | undefined;
  /** When the current run of edits last kept a version; null when no edit is unsaved in history. */
  #versionAt: number | null = null;
  readonly #editor: ScenarioEditor;
  readonly #library: Library;
  readonly #delay: number;
  readonly #pause: number;
  readonly #every: number;
  readonly #now: () => number;

  constructor(editor: ScenarioEditor, library: Library, options: AutosaveOptions = {}) {
    this.#editor = editor;
    this.#library = library;
    this.#delay = options.delayMs ?? 800;
    this.#pause = options.pauseMs ?? 30_000;
    this.#every = options.everyMs ?? 180_000;
    this.#now = options.now ?? Date.now;
    library.onRemoteChange = () => this.#remoteChange();
  }

  get status(): SaveStatus {
    return this.#status;
  }
  /** Another tab wrote the open scenario while this one had unsaved edits. */
  get conflict(): boolean {
    return this.#conflict;
  }
  /** The open scenario was reloaded because another tab changed it (nothing here was unsaved). */
  get remoteNotice(): boolean {
    return this.#remoteNotice;
  }
  dismissRemoteNotice(): void {
    this.#remoteNotice = false;
  }

  /** True while an edit is not yet on disk: the page warns before closing. */
  get unsaved(): boolean {
    return (
      this.#library.open !== null &&
      this.#editor.revision !== this.#saved &&
      this.#editor.revision !== this.#library.shownRevision
    );
  }

  /** The editor changed (called after each new revision: startLibrary wires it to editor.onChange). */
  edited(): void {
    if (!this.#library.open || !this.unsaved) {
      if (this.#library.open && !this.#writing && this.#status.kind !== 'not-saved')
        this.#status = { kind: 'saved', at: this.#now() };
      return;
    }
    if (this.#library.phase.kind === 'closed') {
      this.#status = { kind: 'not-saved', reason: 'closed-for-upgrade', detail: '' };
      return;
    }
    if (this.#conflict) return; // nothing is written until the user chooses
    if (this.#versionAt === null) {
      // The first edit of a run: keep what was stored before it, so the run can be undone from history.
      this.#versionAt = this.#now();
      void this.#library.keepVersion(this.#library.open._id).catch(() => undefined);
    }
    if (this.#status.kind !== 'not-saved') this.#status = { kind: 'saving' };
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), this.#delay);
    clearTimeout(this.#pauseTimer);
    this.#pauseTimer = setTimeout(() => void this.#keepAtPause(), this.#pause);
  }

  /** Writes the editor's draft now (also called before the page closes). */
  async flush(): Promise<void> {
    clearTimeout(this.#timer);
    const doc = this.#library.open;
    if (!doc || this.#conflict || this.#writing || !this.unsaved) return;
    this.#writing = true;
    const revision = this.#editor.revision;
    const keepVersion = this.#versionAt !== null && this.#now() - this.#versionAt >= this.#every;
    this.#status = { kind: 'saving' };
    try {
      await this.#library.saveOpen($state.snapshot(this.#editor.draft), { keepVersion });
      this.#saved = revision;
      if (keepVersion) this.#versionAt = this.#now();
      this.#status = this.unsaved ? { kind: 'saving' } : { kind: 'saved', at: this.#now() };
    } catch (error) {
      const reason = classifyWriteError(error);
      if (reason === 'conflict') this.#conflict = true;
      this.#status = { kind: 'not-saved', ...reasonedFailure(reason, error) };
    } finally {
      this.#writing = false;
    }
    // Edits made while this write ran: write them too (after a failure, at the next edit).
    if (this.unsaved && this.#status.kind === 'saving') this.#timer = setTimeout(() => void this.flush(), this.#delay);
  }

  async #keepAtPause(): Promise<void> {
    await this.flush();
    const doc = this.#library.open;
    if (!doc || this.unsaved || this.#versionAt === null) return;
    await this.#library.keepVersion(doc._id).catch(() => undefined);
    this.#versionAt = null;
  }

  #remoteChange(): void {
    const doc = this.#library.open;
    if (!doc) return;
    if (this.unsaved || this.#writing) {
      this.#conflict = true;
      this.#status = { kind: 'not-saved', reason: 'conflict', detail: '' };
      return;
    }
    void this.#library.openScenario(doc._id).then(() => {
      this.#remoteNotice = true;
      this.#status = { kind: 'saved', at: this.#now() };
    });
  }

  /** Conflict choice: drop this tab's unsaved edits and load what the other tab saved. */
  async loadTheirs(): Promise<void> {
    const doc = this.#library.open;
    this.#conflict = false;
    if (doc) await this.#library.openScenario(doc._id);
    this.#status = { kind: 'saved', at: this.#now() };
  }

  /** Conflict choice: keep this tab's edits as a new scenario; the other tab's stays as it is. */
  async keepMineAsCopy(): Promise<ScenarioDoc | null> {
    const doc = this.#library.open;
    if (!doc) return null;
    try {
      const copy = await this.#library.saveAsCopy($state.snapshot(this.#editor.draft), doc);
      this.#conflict = false;
      this.#status = { kind: 'saved', at: this.#now() };
      return copy;
    } catch (error) {
      this.#status = { kind: 'not-saved', ...reasonedFailure(classifyWriteError(error), error) };
      return null;
    }
  }

  /**
   * Before another scenario is opened (or created): writes what is pending and keeps a version.
   * False when the write failed: the user stays on this scenario, with the reason shown.
   */
  async beforeSwitch(): Promise<boolean> {
    if (this.#conflict) return false;
    await this.#keepAtPause();
    clearTimeout(this.#pauseTimer);
    return !this.unsaved;
  }

  /** Retries a failed write (the status's button). */
  retry(): Promise<void> {
    if (this.#status.kind === 'not-saved' && this.#status.reason !== 'conflict') this.#status = { kind: 'saving' };
    return this.flush();
  }
}

export const [getAutosave, setAutosave] = createContext<Autosave>();
