import type { UiLanguage } from './locale';
import { en, es, pt } from './messages/catalogues';
import type { Catalogue, Message, MessageKey, ParamName, Params } from './messages/types';

const catalogues: Record<UiLanguage, Catalogue> = { en, es, pt };

/** Replaces `{name}` with params[name]; an unknown placeholder is left visible rather than blanked. */
export function interpolate(text: string, params: Readonly<Record<string, string | number>> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    return v === undefined ? whole : String(v);
  });
}

type ParamArgs<K extends MessageKey> = [ParamName<K>] extends [never] ? [] : [params: Params<K>];

/** The text of `key` in `language`, with its placeholders filled. */
export function translate<K extends MessageKey>(language: UiLanguage, key: K, ...args: ParamArgs<K>): string {
  const [params] = args as [Record<string, string | number>?];
  return interpolate(catalogues[language][key], params);
}

/** The text of a Message value (e.g. a parser hint). */
export function translateMessage(language: UiLanguage, message: Message): string {
  return interpolate(catalogues[language][message.key], message.params);
}

/** A translator bound to one language, for components: `t('grid.row', { n: 3 })`. */
export function translator(language: UiLanguage) {
  return <K extends MessageKey>(key: K, ...args: ParamArgs<K>): string => translate(language, key, ...args);
}

export type Translate = ReturnType<typeof translator>;

/** The text of a key built at run time (e.g. `issue.${code}`), or undefined when the catalogue has no such key. */
export function lookup(
  language: UiLanguage,
  key: string,
  params: Readonly<Record<string, string | number>> = {},
): string | undefined {
  const text = (catalogues[language] as Readonly<Record<string, string>>)[key];
  return text === undefined ? undefined : interpolate(text, params);
}
