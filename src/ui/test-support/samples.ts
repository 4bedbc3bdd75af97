/** Test support: a sample scenario and its independently computed results, from public/examples. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Results } from '../../model/results';
import type { FileJson } from '../../state/draft';

function load<T>(name: string): T {
  const url = new URL(`../../../public/examples/${name}`, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as T;
}

export function sample(name: string): { file: FileJson; expected: Results } {
  return { file: load<FileJson>(`${name}.json`), expected: load<Results>(`${name}.expected.json`) };
}
