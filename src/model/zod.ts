/**
 * The one place zod is imported from. jitless stops zod from probing `new Function`, which the
 * Content-Security-Policy forbids (no 'unsafe-eval'); it must run before any schema exists, in
 * the page and in the worker, so every module imports `z` from here and lint forbids 'zod'.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };

/** True when A and B are the same type (not merely assignable either way). */
export type Equals<A, B> = (<G>() => G extends A ? 1 : 2) extends <G>() => G extends B ? 1 : 2 ? true : false;

/**
 * A schema checked, at compile time, to describe exactly the type T that a module outside zod
 * declares: a field added to T but not to the schema (which zod would silently strip) fails the
 * type check here instead of vanishing at run time. `typed<T>()(schema)`.
 */
export function typed<T>() {
  return <S extends z.ZodType>(
    schema: S & (Equals<z.output<S>, T> extends true ? unknown : { schemaAndTypeDiffer: T }),
  ): z.ZodType<T> => schema as unknown as z.ZodType<T>;
}
