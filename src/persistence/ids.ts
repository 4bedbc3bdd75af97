/**
 * Document ids made on the client: a type prefix and a UUIDv7 (RFC 9562), e.g.
 * `scn_01939d4e-7c3a-7b2e-9f41-3c5d2a1b0e9f`. Time-ordered, so ids sort by creation, and 74 random
 * bits per millisecond, so two devices never make the same id: safe to replicate later.
 *
 * Written here rather than taken from a package: it is 20 lines over crypto.getRandomValues,
 * which (unlike crypto.randomUUID) also works outside secure contexts, e.g. the app served on a
 * bank's intranet over plain http.
 */
import { at } from '../model/checked';
export type IdPrefix = 'scn' | 'ver' | 'dev';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}';
export const idPattern = (prefix: IdPrefix) => new RegExp(`^${prefix}_${UUID}$`);

let lastMs = 0;
let counter = 0;

/** A UUIDv7; within one page, each is greater than the one before (a 12-bit counter in rand_a). */
export function uuidv7(now: number = Date.now()): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  if (now > lastMs) {
    lastMs = now;
    counter = at(bytes, 6, 'byte') & 0x07; // start low, leaving room to count up
  } else if (++counter > 0xfff) {
    lastMs++; // more than 4,096 ids in one millisecond: borrow the next one
    counter = 0;
  }
  let ms = lastMs;
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  bytes[6] = 0x70 | (counter >> 8);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | (at(bytes, 8, 'byte') & 0x3f);
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function newId(prefix: IdPrefix): string {
  return `${prefix}_${uuidv7()}`;
}
