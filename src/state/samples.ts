/** The sample scenarios shipped with the app (public/examples), fetched from the app's own origin. */
import { parseJsonText } from '../model/parse';
import type { SampleName } from '../model/samples';
import type { FileJson } from './draft';

export { SAMPLE_NAMES as SAMPLES, type SampleName } from '../model/samples';
export { sampleIn } from '../i18n/sample-text';

/** A sample's file as JSON (validated later, like any file, by the engine). */
export async function fetchSample(name: SampleName, base = import.meta.env.BASE_URL): Promise<FileJson> {
  const response = await fetch(`${base}examples/${name}.json`);
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  const parsed = parseJsonText(await response.text());
  if (!parsed.ok || parsed.value === null || typeof parsed.value !== 'object')
    throw new Error(parsed.ok ? 'not an object' : parsed.issues[0]?.message);
  return parsed.value as FileJson;
}
