/** Concatenates string literal types, as `a + b` does to the values. */
type Joined<P extends readonly string[]> = P extends readonly [
  infer H extends string,
  ...infer R extends readonly string[],
]
  ? `${H}${Joined<R>}`
  : '';

/**
 * A long English message written over several lines (no line over 140 characters). Joined with
 * `+`, the message's type would widen to `string` and the check of its `{placeholders}`
 * (types.ts) would silently go; joined here, it keeps its literal type.
 */
export function long<const P extends readonly string[]>(...parts: P): Joined<P> {
  return parts.join('') as Joined<P>;
}
