/**
 * The app's own updates, through its service worker (vite-plugin-pwa, 'prompt'). A new version
 * waits until the user chooses to reload; before any reload, in this tab or in another one that
 * the new version takes over, pending edits are written, and if they cannot be, the page is not
 * reloaded. Also says once when the app is ready to work offline.
 */
import { createContext } from 'svelte';
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';

export type UpdatePhase =
  | { kind: 'current' }
  /** A new version is installed and waits. */
  | { kind: 'available' }
  /** Reloading was chosen (or the new version took over): pending edits are being written. */
  | { kind: 'saving' }
  | { kind: 'reloading' }
  /** The edits could not be written: the page stays as it is until they are. */
  | { kind: 'blocked' };

export interface UpdateDeps {
  /** virtual:pwa-register's registerSW (a stand-in in tests). */
  register: (options: RegisterSWOptions) => (reloadPage?: boolean) => Promise<void>;
  /** Writes whatever is not saved yet; true once nothing is left unsaved. */
  saveAll: () => Promise<boolean>;
  reload: () => void;
  /** navigator.serviceWorker: its controllerchange says a new version took this tab over. */
  container?: Pick<ServiceWorkerContainer, 'controller' | 'addEventListener'>;
  /** How often an open app asks whether a new version exists (ms). */
  checkEveryMs?: number;
  isOnline?: () => boolean;
}

export class AppUpdate {
  #phase = $state.raw<UpdatePhase>({ kind: 'current' });
  #offlineReady = $state(false);
  #dismissed = $state(false);
  #activate: ((reloadPage?: boolean) => Promise<void>) | null = null;
  /** The new version already controls this tab: only a reload is left to do. */
  #takenOver = false;
  /** This version failed to run (see rescue): any newer one is taken at once, without asking. */
  #rescuing = false;
  readonly #deps: UpdateDeps;

  constructor(deps: UpdateDeps) {
    this.#deps = deps;
  }

  get phase(): UpdatePhase {
    return this.#phase;
  }
  /** True once, after the first visit has stored everything the app needs. */
  get offlineReady(): boolean {
    return this.#offlineReady;
  }
  /** "Later" was chosen: the notice shrinks to a button, the new version still waits. */
  get dismissed(): boolean {
    return this.#dismissed;
  }

  start(): void {
    this.#listen();
    this.#activate = this.#deps.register({
      immediate: true,
      onNeedRefresh: () => {
        if (this.#rescuing) void this.#activate?.(true);
        else if (this.#phase.kind === 'current') this.#phase = { kind: 'available' };
      },
      onOfflineReady: () => (this.#offlineReady = true),
      // The plugin would reload here, unsaved edits or not, and only if this tab was controlled
      // when it loaded; #listen covers every takeover instead.
      onNeedReload: () => undefined,
      onRegisteredSW: (_url, registration) => this.#watch(registration),
      // Without a service worker the app still works online; there is nothing to ask the user.
      onRegisterError: () => undefined,
    });
  }

  /** The user's "reload": write pending edits, then let the waiting version take over. */
  async apply(): Promise<void> {
    if (!(await this.#save())) return;
    this.#phase = { kind: 'reloading' };
    // The waiting worker activates and takes control; onNeedReload then reloads this tab.
    await this.#activate?.(true);
  }

  /**
   * The escape hatch from a broken release: this version failed to start or to render, so it
   * cannot be trusted to show the "new version" notice. A newer version, waiting now or found by
   * a later check, takes over at once and the page reloads into it (after an attempt to save,
   * which a broken version may not manage). Withdrawing a bad release is then only a matter of
   * publishing a fixed one (docs/hosting.md).
   */
  rescue(): void {
    if (this.#rescuing) return;
    this.#rescuing = true;
    void this.#activate?.(true);
  }

  /** After a blocked reload: try to save again, and go on if it works. */
  retry(): Promise<void> {
    return this.#takenOver ? this.#reloadWhenSaved() : this.apply();
  }

  /**
   * A reload the page itself needs (a part of the app could not be loaded, see ui/shell/LazyView):
   * into the waiting version if there is one, else the same one; pending edits are written first.
   */
  reloadForMissingPart(): Promise<void> {
    return this.#phase.kind === 'available' ? this.apply() : this.#reloadWhenSaved();
  }

  later(): void {
    this.#dismissed = true;
  }

  dismissOfflineReady(): void {
    this.#offlineReady = false;
  }

  /**
   * A change of controller after the first one is a new version taking this tab over (chosen
   * here or in another tab): save, then reload, so that this tab never runs old code against
   * the new version's files. The first one is the first worker claiming a first visit.
   */
  #listen(): void {
    const container = this.#deps.container ?? (typeof navigator === 'undefined' ? undefined : navigator.serviceWorker);
    if (!container) return;
    let controlled = container.controller !== null;
    container.addEventListener('controllerchange', () => {
      // (After "reload" was chosen, any change is the new version, even in an uncontrolled tab.)
      if (!controlled && this.#phase.kind !== 'reloading') {
        controlled = true;
        return;
      }
      this.#takenOver = true;
      void this.#reloadWhenSaved();
    });
  }

  async #reloadWhenSaved(): Promise<void> {
    if (!(await this.#save()) && !this.#rescuing) return;
    this.#phase = { kind: 'reloading' };
    this.#deps.reload();
  }

  async #save(): Promise<boolean> {
    this.#phase = { kind: 'saving' };
    const saved = await this.#deps.saveAll().catch(() => false);
    if (!saved) this.#phase = { kind: 'blocked' };
    return saved;
  }

  /** Asks for a new version every so often and when the app comes back into view. */
  #watch(registration: ServiceWorkerRegistration | undefined): void {
    if (!registration || typeof window === 'undefined') return;
    const online = this.#deps.isOnline ?? (() => navigator.onLine);
    // Offline the check would only fail; a failed check changes nothing.
    const check = () => {
      if (online()) registration.update().catch(() => undefined);
    };
    setInterval(check, this.#deps.checkEveryMs ?? 60 * 60 * 1000);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') check();
    });
  }
}

/** What saveAll needs of the autosave (src/state/autosave.svelte.ts). */
export interface Saver {
  flush(): Promise<void>;
  readonly unsaved: boolean;
  readonly status: { kind: string };
}

/**
 * Writes the open scenario's pending edits and waits for a write already under way; false when
 * a write fails (the autosave shows why) or does not finish within `timeoutMs`.
 */
export async function saveAllWith(saver: Saver, timeoutMs = 10_000): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    await saver.flush();
    if (!saver.unsaved) return true;
    if (saver.status.kind === 'not-saved' || Date.now() > until) return false;
    // flush() returns at once while another write runs; look again shortly.
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export const [getAppUpdate, setAppUpdate] = createContext<AppUpdate>();
