import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../model/kernel';
import { parseScenarioText } from '../model/parse';
import { SAMPLE_NAMES } from '../model/samples';
import { differences } from '../model/test-support/compare';
import { resolveExample, type ExampleFile } from '../model/test-support/resolve-example';
import { SAMPLE_TEXT, sampleIn, sampleTextIn } from './sample-text';
import { at } from '../model/checked';

function text(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../public/examples/${name}`, import.meta.url)), 'utf8');
}

interface Named {
  id: string;
  name: string;
}
interface SampleFile {
  name: string;
  resources?: Named[];
  measures: Named[];
  verification?: { productionUnit: string };
}

const LANGUAGES = ['es', 'pt'] as const;
const CASES = SAMPLE_NAMES.flatMap((name) => LANGUAGES.map((language) => [name, language] as const));

describe.each(CASES)('sample %s in %s', (name, language) => {
  const english = JSON.parse(text(`${name}.json`)) as SampleFile;
  const translated = JSON.parse(sampleTextIn(name, text(`${name}.json`), language)) as SampleFile;
  const words = SAMPLE_TEXT[name][language];

  it('names every resource and measure of the file, and nothing else', () => {
    expect(Object.keys(words.resources).sort()).toEqual((english.resources ?? []).map((r) => r.id).sort());
    expect(Object.keys(words.measures).sort()).toEqual(english.measures.map((m) => m.id).sort());
    expect('productionUnit' in words).toBe(english.verification !== undefined);
  });

  it('replaces the words and nothing but the words', () => {
    expect(translated.name).toBe(words.name);
    expect(translated.name).not.toBe(english.name);
    for (const m of translated.measures) expect(m.name).toBe(words.measures[m.id]);
    for (const r of translated.resources ?? []) expect(r.name).toBe(words.resources[r.id]);
    // Put the English words back: the rest of the file is the shipped one, key for key.
    const back = structuredClone(translated);
    back.name = english.name;
    back.measures.forEach((m, i) => (m.name = at(english.measures, i, 'measure').name));
    back.resources?.forEach((r, i) => (r.name = at(english.resources ?? [], i, 'resource').name));
    if (back.verification && english.verification)
      back.verification.productionUnit = english.verification.productionUnit;
    expect(back).toEqual(english);
  });

  it('is a valid scenario with the figures of the expected file', () => {
    expect(parseScenarioText(JSON.stringify(translated)).ok).toBe(true);
    const expected = JSON.parse(text(`${name}.expected.json`)) as Record<string, unknown>;
    const actual = evaluate(resolveExample(translated as unknown as ExampleFile));
    expect(differences(actual.project, expected.project, 'project')).toEqual([]);
    expect(differences(actual.measures, expected.measures, 'measures')).toEqual([]);
    expect(differences(actual.financing, expected.financing, 'financing')).toEqual([]);
  });
});

describe('sampleIn', () => {
  it('leaves English, unknown samples and non-objects as they are', () => {
    const file = { name: 'x', measures: [] };
    expect(sampleIn('bolivia-poultry-slaughterhouse', file, 'en')).toBe(file);
    expect(sampleIn('no-such-sample', file, 'es')).toBe(file);
    expect(sampleIn('bolivia-poultry-slaughterhouse', [1], 'es')).toEqual([1]);
    expect(sampleTextIn('bolivia-poultry-slaughterhouse', '{not json', 'pt')).toBe('{not json');
  });

  it('keeps an entry whose id the table does not know (a file changed after the table was written)', () => {
    const out = sampleIn(
      'peru-textile-guaranteed-loan',
      { name: 'n', measures: [{ id: 'new', name: 'New one' }] },
      'es',
    );
    expect(out).toEqual({
      name: SAMPLE_TEXT['peru-textile-guaranteed-loan'].es.name,
      measures: [{ id: 'new', name: 'New one' }],
    });
  });
});
