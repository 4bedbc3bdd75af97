/** The user's interface preferences, remembered in IndexedDB. */
import { createContext } from 'svelte';
import { pickLocale, type UiLanguage } from '../i18n/locale';
import type { AppDb } from '../persistence/app-db';
import { parseUiSettings, readUiSettings, writeUiSettings } from '../persistence/ui-settings';

/** Stored settings that could not be read: shown to the user with the raw content. */
export interface StoredProblem {
  problem: string;
  raw: unknown;
}

export class Preferences {
  #language = $state<UiLanguage>('en');
  /** Undefined until the user folds or unfolds the strip: then the screen's width decides. */
  #figuresCollapsed = $state<boolean | undefined>();
  #storedProblem = $state<StoredProblem | undefined>();
  #storageError = $state<string | undefined>();
  readonly #db: Promise<AppDb>;
  readonly #browserLanguages: readonly string[];
  readonly #narrow: boolean;
  readonly #stored: Promise<unknown> | undefined;

  /**
   * `browserLanguages` is navigator.languages: it sets the first language and the number format.
   * `narrow`: the page opened on a phone-sized screen, where the key figures start folded.
   * `stored` is the settings record when it was read already, raw (src/persistence/early-db.ts).
   */
  constructor(db: Promise<AppDb>, browserLanguages: readonly string[], narrow = false, stored?: Promise<unknown>) {
    this.#db = db;
    this.#browserLanguages = browserLanguages;
    this.#narrow = narrow;
    this.#stored = stored;
    this.#language = pickLocale(browserLanguages).language;
  }

  get language(): UiLanguage {
    return this.#language;
  }

  // A closure: $derived is computed on first read, after the constructor has run.
  #numberLocale = $derived.by(() => pickLocale([this.#language, ...this.#browserLanguages]).numberLocale);

  /** The BCP 47 tag numbers are written in: the browser's region for the chosen language. */
  get numberLocale(): string {
    return this.#numberLocale;
  }

  /**
   * The key-figure strip folded to one line (NPV and payback), so a phone's screen is left to the
   * work: as the user last chose on this device, else folded on a phone and unfolded elsewhere.
   */
  get figuresCollapsed(): boolean {
    return this.#figuresCollapsed ?? this.#narrow;
  }

  get storedProblem(): StoredProblem | undefined {
    return this.#storedProblem;
  }

  get storageError(): string | undefined {
    return this.#storageError;
  }

  /** Loads the stored choice; keeps the browser's when there is none, and reports one it cannot read. */
  async load(): Promise<void> {
    try {
      const readAgain = async () => readUiSettings(await this.#db);
      const read = await (this.#stored ? this.#stored.then(parseUiSettings, readAgain) : readAgain());
      if (read.kind === 'found') {
        this.#language = read.settings.language;
        this.#figuresCollapsed = read.settings.figuresCollapsed;
      }
      if (read.kind === 'unreadable') this.#storedProblem = { problem: read.problem, raw: read.raw };
    } catch (error) {
      this.#storageError = String(error);
    }
  }

  /** Switches the language at once and remembers it; a storage failure is shown, not thrown. */
  async setLanguage(language: UiLanguage): Promise<void> {
    this.#language = language;
    await this.#save();
  }

  /**
   * Folds or unfolds the key figures at once and remembers it on this device. While a stored
   * record that could not be read is on screen, only choosing a language replaces it (as it says).
   */
  async setFiguresCollapsed(collapsed: boolean): Promise<void> {
    this.#figuresCollapsed = collapsed;
    if (!this.#storedProblem) await this.#save();
  }

  async #save(): Promise<void> {
    try {
      await writeUiSettings(await this.#db, {
        version: 1,
        language: this.#language,
        ...(this.#figuresCollapsed === undefined ? {} : { figuresCollapsed: this.#figuresCollapsed }),
      });
      this.#storedProblem = undefined;
      this.#storageError = undefined;
    } catch (error) {
      this.#storageError = String(error);
    }
  }
}

export const [getPreferences, setPreferences] = createContext<Preferences>();
