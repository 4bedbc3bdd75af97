import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Scenario } from './schema';
import {
  adler32,
  decodeShareFragment,
  encodeShareFragment,
  fromBase64Url,
  MAX_FRAGMENT_CHARS,
  MAX_LINK_JSON_BYTES,
  shareFragmentIn,
  toBase64Url,
  type LinkResult,
} from './share-link';
import { arbitraryScenario } from './test-support/arbitrary';
import { SAMPLE_NAMES } from './samples';
import { assertNotOk } from './test-support/assert-result';
import { at } from './checked';

const SAMPLES = SAMPLE_NAMES;

/** The smallest valid file: one measure, no resources. */
function minimalScenario(): Scenario {
  return {
    format: 'cp-scenario',
    version: 1,
    name: 'Minimal',
    currency: 'USD',
    horizonYears: 5,
    discountRate: 0.1,
    resources: [],
    measures: [
      {
        id: 'm',
        name: 'Measure',
        category: 'good-housekeeping',
        capex: 1000,
        lifetimeYears: 5,
        otherAnnualBenefit: 400,
      },
    ],
  };
}

function sample(name: string): Scenario {
  const url = new URL(`../../public/examples/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as Scenario;
}

/** A fragment carrying any text, made the way the app makes them, to feed the decoder what the app never would. */
function fragmentOf(text: string, version = 'v1'): string {
  return `s=${version}.${toBase64Url(zlibSync(new TextEncoder().encode(text)))}`;
}

function fragment(scenario: Scenario): string {
  const encoded = encodeShareFragment(scenario);
  if (!encoded.ok) throw new Error(`too long: ${encoded.chars}`);
  return encoded.fragment;
}

function problemCode(result: LinkResult): string {
  return result.ok ? 'ok' : result.problem.code;
}

describe('round trip', () => {
  it.each(SAMPLES)('gives back sample %s exactly', (name) => {
    const scenario = sample(name);
    const decoded = decodeShareFragment(fragment(scenario));
    expect(decoded).toEqual({ ok: true, scenario });
    expect(decoded.ok && JSON.stringify(decoded.scenario)).toBe(JSON.stringify(scenario));
  });

  it('gives back 1,000 generated scenarios exactly', () => {
    fc.assert(
      fc.property(arbitraryScenario, (scenario) => {
        const decoded = decodeShareFragment(fragment(scenario));
        expect(decoded.ok && JSON.stringify(decoded.scenario)).toBe(JSON.stringify(scenario));
      }),
      { numRuns: 1000, seed: 8 },
    );
  });

  it('keeps names in any script, and formulas', () => {
    const scenario = {
      ...minimalScenario(),
      name: 'Curtiembre “San José” — ñandú 漢字 🐄',
      variables: [{ name: 'tarifa', value: '=0.12*1.3' }],
    };
    expect(decodeShareFragment(fragment(scenario))).toEqual({ ok: true, scenario });
  });

  it('makes links of a few hundred characters for the samples, under 2,500 with 18 months of measurements', () => {
    const lengths = SAMPLES.filter((name) => !('verification' in sample(name))).map(
      (name) => fragment(sample(name)).length,
    );
    expect(lengths.length).toBe(SAMPLES.length - 1);
    expect(Math.max(...lengths)).toBeLessThan(1500);
    expect(fragment(sample('colombia-dairy-verified-rebate')).length).toBeLessThan(2500);
  });
});

describe('the link format', () => {
  it('is `s=v1.` and base64url characters only', () => {
    expect(fragment(minimalScenario())).toMatch(/^s=v1\.[A-Za-z0-9_-]+$/);
  });

  it('is found in location.hash with or without the #', () => {
    expect(shareFragmentIn('#s=v1.abc')).toBe('s=v1.abc');
    expect(shareFragmentIn('s=v1.abc')).toBe('s=v1.abc');
    expect(shareFragmentIn('')).toBeNull();
    expect(shareFragmentIn('#results')).toBeNull();
  });

  it('refuses to make a link longer than the limit and says how long it would be', () => {
    const names = Array.from({ length: 400 }, (_, i) => `${i.toString(36)}${Math.sin(i).toString(36)}`);
    const scenario = {
      ...minimalScenario(),
      measures: names.map((name, i) => ({ ...at(minimalScenario().measures, 0), id: `m${i}`, name })),
    };
    const encoded = encodeShareFragment(scenario);
    expect(encoded.ok).toBe(false);
    assertNotOk(encoded);
    expect(encoded.chars).toBeGreaterThan(MAX_FRAGMENT_CHARS);
    assertNotOk(encoded);
    expect(encoded.max).toBe(8192);
  });
});

describe('a damaged link', () => {
  const good = fragment(sample('colombia-green-credit-rebate'));

  it('cut short anywhere is refused, never read as something else', () => {
    for (let end = 0; end < good.length; end++) {
      expect([end, problemCode(decodeShareFragment(good.slice(0, end)))]).toEqual([end, 'damaged']);
    }
  });

  it('with any one character changed is refused or reads as the very same scenario', () => {
    const original = decodeShareFragment(good);
    let refused = 0;
    for (let i = 's=v1.'.length; i < good.length; i++) {
      const changed = good.slice(0, i) + (good[i] === 'A' ? 'B' : 'A') + good.slice(i + 1);
      const result = decodeShareFragment(changed);
      if (result.ok) expect(result).toEqual(original);
      else refused++;
    }
    expect(refused).toBeGreaterThan(good.length - 10);
  });

  it('with characters outside base64url is damaged', () => {
    expect(problemCode(decodeShareFragment(`${good}=`))).toBe('damaged');
    expect(problemCode(decodeShareFragment(good.replace(/.$/, '+')))).toBe('damaged');
    expect(problemCode(decodeShareFragment('s=v1.'))).toBe('damaged');
    expect(problemCode(decodeShareFragment('s=v1'))).toBe('damaged');
    expect(problemCode(decodeShareFragment('s=hello'))).toBe('damaged');
  });

  it('from a newer app names its version', () => {
    expect(decodeShareFragment(good.replace('s=v1.', 's=v2.'))).toEqual({
      ok: false,
      problem: { code: 'unknown-version', version: 'v2' },
    });
  });
});

describe('limits, checked before the work they guard', () => {
  it('refuses a fragment over 8,192 characters without decoding it', () => {
    const long = `s=v1.${'A'.repeat(MAX_FRAGMENT_CHARS)}`;
    expect(decodeShareFragment(long)).toEqual({ ok: false, problem: { code: 'too-long', chars: 8197, max: 8192 } });
  });

  it('stops inflating a zip bomb at 512 KiB', () => {
    const bomb = fragmentOf(' '.repeat(5 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(MAX_FRAGMENT_CHARS);
    expect(decodeShareFragment(bomb)).toEqual({ ok: false, problem: { code: 'too-large', max: MAX_LINK_JSON_BYTES } });
  });

  it('takes JSON of exactly the limit to the parser', () => {
    const text = `"${'x'.repeat(MAX_LINK_JSON_BYTES - 2)}"`;
    const result = decodeShareFragment(fragmentOf(text));
    assertNotOk(result);
    expect(result.problem).toMatchObject({ code: 'invalid', issues: [{ code: 'not-a-scenario' }] });
  });
});

describe('content is checked like any import', () => {
  const issuesOf = (result: LinkResult) =>
    !result.ok && result.problem.code === 'invalid'
      ? result.problem.issues.map((i) => [i.path.join('.'), i.code])
      : result;

  it('refuses __proto__ and constructor keys', () => {
    const text = JSON.stringify(minimalScenario()).replace('"measures":', '"__proto__":{"polluted":1},"measures":');
    expect(issuesOf(decodeShareFragment(fragmentOf(text)))).toEqual([['__proto__', 'forbidden-key']]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses deep nesting before JSON.parse', () => {
    expect(issuesOf(decodeShareFragment(fragmentOf(`${'['.repeat(40)}${']'.repeat(40)}`)))).toEqual([['', 'too-deep']]);
  });

  it('refuses text that is not JSON, and JSON that is not a scenario', () => {
    expect(issuesOf(decodeShareFragment(fragmentOf('{"format":')))).toEqual([['', 'not-json']]);
    expect(issuesOf(decodeShareFragment(fragmentOf('{"hello":1}')))).toEqual([['format', 'not-a-scenario']]);
  });

  it('refuses a scenario that breaks the schema, naming the field', () => {
    const bad = { ...minimalScenario(), horizonYears: 0 };
    expect(issuesOf(decodeShareFragment(fragmentOf(JSON.stringify(bad))))).toEqual([['horizonYears', 'out-of-range']]);
  });

  it('refuses bytes that are not UTF-8', () => {
    const data = zlibSync(new Uint8Array([0x7b, 0xff, 0x7d]));
    expect(problemCode(decodeShareFragment(`s=v1.${toBase64Url(data)}`))).toBe('damaged');
  });
});

describe('base64url and Adler-32', () => {
  it('encodes as RFC 4648 test vectors, without padding', () => {
    const bytes = (s: string) => new TextEncoder().encode(s);
    expect(['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar'].map((s) => toBase64Url(bytes(s)))).toEqual([
      '',
      'Zg',
      'Zm8',
      'Zm9v',
      'Zm9vYg',
      'Zm9vYmE',
      'Zm9vYmFy',
    ]);
    expect(toBase64Url(new Uint8Array([0xfb, 0xff]))).toBe('-_8');
  });

  it('decodes strictly', () => {
    expect(Array.from(fromBase64Url('-_8') ?? [])).toEqual([0xfb, 0xff]);
    expect(fromBase64Url('Zg=')).toBeNull();
    expect(fromBase64Url('Zh')).toBeNull(); // stray bits
    expect(fromBase64Url('Z')).toBeNull();
    expect(fromBase64Url('Zm+v')).toBeNull();
  });

  it('matches zlib on "Wikipedia"', () => {
    expect(adler32(new TextEncoder().encode('Wikipedia'))).toBe(0x11e60398);
  });
});
