/**
 * Lookups by id in plain objects that never read the prototype: ids such as `constructor` are
 * valid (the id pattern allows them) and `record[id]` would return Object's constructor.
 */

/** `record[key]` when the record has that key itself, else undefined. */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
