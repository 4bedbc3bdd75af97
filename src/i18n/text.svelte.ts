/**
 * The one way a component gets its text (#17 item 2): `const text = useText()`, then
 * `text.t('key', params)`, `text.language`, `text.locale`. The shell provides the source (the
 * user's preferences) once with provideText; every message lives in the catalogues of
 * src/i18n/messages, never in a component.
 */
import { createContext } from 'svelte';
import type { UiLanguage } from './locale';
import { translator, type Translate } from './translate';

/** What the text depends on: the chosen language and the locale numbers are written in. */
export interface TextSource {
  readonly language: UiLanguage;
  readonly numberLocale: string;
}

export interface Text {
  readonly t: Translate;
  readonly language: UiLanguage;
  readonly locale: string;
}

const [getSource, setSource] = createContext<TextSource>();

/** Called once by the app shell, with the preferences (reactive: a new language re-renders the text). */
export function provideText(source: TextSource): void {
  setSource(source);
}

/** The translator for the user's chosen language, with the language and number locale. */
export function useText(): Text {
  const source = getSource();
  const t = $derived(translator(source.language));
  return {
    get t() {
      return t;
    },
    get language() {
      return source.language;
    },
    get locale() {
      return source.numberLocale;
    },
  };
}
