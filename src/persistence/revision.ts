/**
 * CouchDB's revisions, `<n>-<32 hex digits>`: n counts the writes, the hash names the content and
 * the revision it came from. Computed synchronously, because an IndexedDB transaction commits
 * by itself as soon as the code awaits anything else (crypto.subtle would end it early). The
 * server computes its own hash (MD5) for what we push; the form is the same, so pulled revisions
 * are stored as they come.
 */
export const REV_PATTERN = /^[1-9][0-9]*-[0-9a-f]{32}$/;
/** Versions 1 and 2 of the database stored 26 hex digits. */
export const OLD_REV_PATTERN = /^[1-9][0-9]*-[0-9a-f]{26}$/;

/** cyrb53 (public domain): a fast 53-bit string hash; two seeds give 106 bits. */
function cyrb53(text: string, seed: number): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0').slice(-13);
}

/** The write count of a revision: 0 for none. */
export function revNumber(rev: string | null): number {
  return rev === null ? 0 : Number.parseInt(rev, 10);
}

/** The revision that follows `previous` for a document whose content (without `_rev`) is `body`. */
export function nextRev(previous: string | null, body: unknown): string {
  const text = `${previous ?? ''}\n${JSON.stringify(body)}`;
  return `${revNumber(previous) + 1}-${(cyrb53(text, 1) + cyrb53(text, 2) + cyrb53(text, 3)).slice(0, 32)}`;
}

/**
 * A revision of the old form (26 hex digits) in CouchDB's form: the same write count, and the
 * hash extended by a hash of itself, so the same old revision always becomes the same new one
 * (the documents, their kept versions and the changes log stay consistent).
 */
export function widenRev(old: string): string {
  return OLD_REV_PATTERN.test(old) ? `${old}${cyrb53(old, 4).slice(0, 6)}` : old;
}
