import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The sample scenarios are maintained in the team's shared folder next to the repository and
// copied into public/examples/. The app never reads the shared folder; this test only warns
// when a copy has drifted, and skips where the folder does not exist (a fresh clone, CI).
const shared = fileURLToPath(new URL('../../shared/examples/', import.meta.url));
const copies = fileURLToPath(new URL('../public/examples/', import.meta.url));

describe.skipIf(!existsSync(shared))('public/examples', () => {
  it('holds an identical copy of every file in shared/examples', () => {
    const drifted = readdirSync(shared).filter((name) => {
      const copy = `${copies}${name}`;
      return !existsSync(copy) || !readFileSync(copy).equals(readFileSync(`${shared}${name}`));
    });
    expect(drifted).toEqual([]);
  });
});
