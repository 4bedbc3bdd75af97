/**
 * A scenario in a link: the compact JSON, zlib-compressed, in base64url, after `#s=v1.` in the
 * URL fragment (browsers never send the fragment to a server). Decoding checks the length
 * before anything else, inflates into a fixed buffer (a zip bomb stops at the limit), verifies
 * the zlib checksum (a changed character is "damaged", not a different scenario), then parses
 * with the same limits and schema as a file import.
 */
import { zlibSync, unzlibSync } from 'fflate';
import type { Issue } from './issues';
import { parseJsonText, parseScenario } from './parse';
import type { Scenario } from './schema';
import { at } from './checked';

/** What marks a fragment as a shared scenario: `#s=<version>.<data>`. */
export const SHARE_KEY = 's=';
export const LINK_VERSION = 'v1';
/** Longest fragment (after `#`) a link may have: longer ones travel badly by e-mail and chat. */
export const MAX_FRAGMENT_CHARS = 8192;
/** Largest JSON a link may inflate to (bytes); far above any scenario that fits in 8 KB compressed. */
export const MAX_LINK_JSON_BYTES = 512 * 1024;

export type LinkProblem =
  /** The fragment is longer than MAX_FRAGMENT_CHARS (made elsewhere, or pasted twice). */
  | { code: 'too-long'; chars: number; max: number }
  /** A version tag this app does not know (a newer app made it, or it was edited). */
  | { code: 'unknown-version'; version: string }
  /** Not base64url, not zlib, cut short, or the checksum does not match. */
  | { code: 'damaged' }
  /** Inflates to more than MAX_LINK_JSON_BYTES. */
  | { code: 'too-large'; max: number }
  /** Inflates to JSON that is not a valid scenario: the issues say where. */
  | { code: 'invalid'; issues: Issue[] };

export type LinkResult = { ok: true; scenario: Scenario } | { ok: false; problem: LinkProblem };

export type EncodeResult = { ok: true; fragment: string } | { ok: false; chars: number; max: number };

/** The fragment (without `#`) that carries `scenario`, or its length when that is over the limit. */
export function encodeShareFragment(scenario: Scenario, max = MAX_FRAGMENT_CHARS): EncodeResult {
  const json = new TextEncoder().encode(JSON.stringify(scenario));
  const fragment = `${SHARE_KEY}${LINK_VERSION}.${toBase64Url(zlibSync(json, { level: 9 }))}`;
  return fragment.length <= max ? { ok: true, fragment } : { ok: false, chars: fragment.length, max };
}

/** The shared-scenario part of `location.hash` (with or without `#`), or null when it is not one. */
export function shareFragmentIn(hash: string): string | null {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  return fragment.startsWith(SHARE_KEY) ? fragment : null;
}

/** Reads a fragment made by encodeShareFragment; every failure names its reason, nothing throws. */
export function decodeShareFragment(fragment: string): LinkResult {
  if (fragment.length > MAX_FRAGMENT_CHARS)
    return fail({ code: 'too-long', chars: fragment.length, max: MAX_FRAGMENT_CHARS });
  if (!fragment.startsWith(SHARE_KEY)) return fail({ code: 'damaged' });
  const body = fragment.slice(SHARE_KEY.length);
  const dot = body.indexOf('.');
  const version = dot < 0 ? '' : body.slice(0, dot);
  if (version !== LINK_VERSION)
    return fail(/^v\d{1,4}$/.test(version) ? { code: 'unknown-version', version } : { code: 'damaged' });
  const bytes = fromBase64Url(body.slice(dot + 1));
  if (!bytes) return fail({ code: 'damaged' });
  const inflated = inflateBounded(bytes);
  if (inflated === 'too-large') return fail({ code: 'too-large', max: MAX_LINK_JSON_BYTES });
  if (!inflated) return fail({ code: 'damaged' });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    return fail({ code: 'damaged' });
  }
  const json = parseJsonText(text, MAX_LINK_JSON_BYTES);
  const parsed = json.ok ? parseScenario(json.value) : json;
  return parsed.ok ? { ok: true, scenario: parsed.value } : fail({ code: 'invalid', issues: parsed.issues });
}

function fail(problem: LinkProblem): LinkResult {
  return { ok: false, problem };
}

/**
 * Inflates zlib data into a buffer one byte larger than the limit: fflate truncates at the
 * buffer's end, so a full buffer means "too large", whatever the data claims. Null when the data
 * is not zlib, stops early, or fails its Adler-32 checksum.
 */
function inflateBounded(data: Uint8Array): Uint8Array | 'too-large' | null {
  if (data.length < 7) return null;
  const out = new Uint8Array(MAX_LINK_JSON_BYTES + 1);
  let result: Uint8Array;
  try {
    result = unzlibSync(data, { out });
  } catch {
    return null;
  }
  if (result.length > MAX_LINK_JSON_BYTES) return 'too-large';
  // The zlib trailer: Adler-32 of the inflated bytes, big-endian, in the last four bytes.
  const expected = new DataView(data.buffer, data.byteOffset, data.byteLength).getUint32(data.byteLength - 4);
  return adler32(result) === expected ? result : null;
}

/** Adler-32 (RFC 1950), the zlib trailer; fflate does not verify it when inflating. */
export function adler32(data: Uint8Array): number {
  let a = 1;
  let b = 0;
  // 5552 bytes is the most that can be summed before b may exceed 2^32 (zlib's NMAX).
  for (let i = 0; i < data.length; i += 5552) {
    const end = Math.min(i + 5552, data.length);
    for (const byte of data.subarray(i, end)) {
      a += byte;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const INDEX = new Map([...ALPHABET].map((c, i) => [c, i]));

/** Base64url without padding (RFC 4648 section 5). */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    // The last group may have one or two bytes: the missing ones count as zero bits (no padding).
    const n = (at(bytes, i, 'byte') << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** Strict base64url: only its 64 characters, no padding, no stray bits; null otherwise. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let bits = 0;
  let value = 0;
  let o = 0;
  for (const c of text) {
    const v = INDEX.get(c);
    if (v === undefined) return null;
    value = ((value << 6) | v) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >> bits) & 0xff;
    }
  }
  // Bits left over must be zero: otherwise two texts would decode to the same bytes.
  return (value & ((1 << bits) - 1)) === 0 ? out : null;
}
