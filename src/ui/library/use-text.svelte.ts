/** The translator for the user's chosen language, for library components. */
import { translator, type Translate } from '../../i18n/translate';
import { getPreferences } from '../../state/preferences.svelte';

export function useText(): { readonly t: Translate; readonly language: 'en' | 'es' | 'pt'; readonly locale: string } {
  const preferences = getPreferences();
  const t = $derived(translator(preferences.language));
  return {
    get t() {
      return t;
    },
    get language() {
      return preferences.language;
    },
    get locale() {
      return preferences.numberLocale;
    },
  };
}
