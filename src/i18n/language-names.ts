import type { UiLanguage } from './locale';

/** Each language in its own name, in the order the picker lists them (the same in every language). */
export const languageNames: Record<UiLanguage, string> = { es: 'Español', pt: 'Português', en: 'English' };
