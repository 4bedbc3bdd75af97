import type { en } from './catalogues';

export type MessageKey = keyof typeof en;

/** A translation: every English key, nothing more (excess and missing keys are type errors). */
export type Catalogue = { readonly [K in MessageKey]: string };

type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;

/** The `{name}` placeholders of a message, read from the English text. */
export type ParamName<K extends MessageKey> = Placeholders<(typeof en)[K]>;

/** Values for a message's placeholders; format numbers for the locale before passing them. */
export type Params<K extends MessageKey> = { readonly [P in ParamName<K>]: string | number };

/** A message to show later (e.g. a hint returned by a parser), with its parameters. */
export type Message = {
  [K in MessageKey]: [ParamName<K>] extends [never]
    ? { readonly key: K; readonly params?: undefined }
    : { readonly key: K; readonly params: Params<K> };
}[MessageKey];

/** English keys whose message widened to `string` (parts joined with `+`, or a catalogue without `as const`). */
type WidenedKey = { [K in MessageKey]: string extends (typeof en)[K] ? K : never }[MessageKey];
type MustBeNever<T extends never> = T;
/**
 * Fails to type-check, naming the keys, when an English message is no longer a literal type:
 * its `{placeholders}` would then go unchecked. Write long messages with `long()` (long.ts).
 */
export type EveryEnglishMessageIsLiteral = MustBeNever<WidenedKey>;
