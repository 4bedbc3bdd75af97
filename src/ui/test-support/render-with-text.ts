/** Test support: server-renders a component with the text context of a language, and reads its words. */
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import type { UiLanguage } from '../../i18n/locale';
import WithText from './WithText.svelte';

const NUMBER_LOCALES: Record<UiLanguage, string> = { es: 'es-CO', en: 'en-US', pt: 'pt-BR' };

/** The component's HTML as the app would show it in `language` (its useText() reads that language). */
export function renderWithText<P extends Record<string, unknown>>(
  component: Component<P>,
  props: P,
  language: UiLanguage,
): string {
  const { body } = render(WithText<P>, {
    props: { language, numberLocale: NUMBER_LOCALES[language], component, props },
  });
  return body;
}

/** The visible text of rendered HTML: tags and comments dropped, whitespace collapsed. */
export function visibleText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
