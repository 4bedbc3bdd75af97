import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScenarioDoc } from '../../persistence/docs';
import { saveJson } from '../export/download';
import { libraryDownloads } from './library-downloads.svelte';

vi.mock('../export/download', () => ({ saveJson: vi.fn() }));
const saved = vi.mocked(saveJson);

const doc = { _id: 'scn-1', name: 'Planta' } as unknown as ScenarioDoc;
const transfer = {
  backup: () => Promise.resolve({ filename: 'backup-2026-06-01.json', text: '{"all":1}' }),
  exportOne: (d: ScenarioDoc) => ({ filename: `${d.name}.json`, text: `{"id":"${d._id}"}` }),
};
const editorWith = (file: Record<string, unknown>) => ({ file, draft: { file, typed: [] } });

beforeEach(() => saved.mockClear());

describe("the library's downloads", () => {
  it('saves the backup and a scenario under the names the transfer gives them', async () => {
    const downloads = libraryDownloads(transfer, { open: null }, editorWith({}));
    await downloads.backup();
    downloads.scenario(doc);
    expect(saved.mock.calls).toEqual([
      ['backup-2026-06-01.json', '{"all":1}'],
      ['Planta.json', '{"id":"scn-1"}'],
    ]);
  });

  it('saves the draft as it is, named after its own name, else the open scenario, else "scenario"', () => {
    const file = { name: 'Lácteos del Sur', discountRate: 'doce' };
    libraryDownloads(transfer, { open: doc }, editorWith(file)).draft();
    libraryDownloads(transfer, { open: doc }, editorWith({ name: 7 })).draft();
    libraryDownloads(transfer, { open: null }, editorWith({})).draft();
    expect(saved.mock.calls.map(([name]) => name)).toEqual(['lacteos-del-sur.json', 'planta.json', 'scenario.json']);
    expect(saved.mock.calls[0]?.[1]).toBe('{\n  "name": "Lácteos del Sur",\n  "discountRate": "doce"\n}\n');
  });
});
