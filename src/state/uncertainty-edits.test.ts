import { describe, expect, it } from 'vitest';
import { applyTexts, type Draft } from './draft';

const draft: Draft = {
  file: { uncertainty: [{ input: 'discountRate', distribution: { type: 'triangular', min: 0.8, mode: 1, max: 1.2 } }] },
  typed: [],
};

describe('typing into the uncertainty list', () => {
  it('reads a multiplier in the number locale', () => {
    const next = applyTexts(draft, [{ path: ['uncertainty', 0, 'distribution', 'max'], text: '1,35' }], 'es-CO');
    expect(next.file.uncertainty).toEqual([
      { input: 'discountRate', distribution: { type: 'triangular', min: 0.8, mode: 1, max: 1.35 } },
    ]);
  });
  it('keeps text that is not a number, or a formula, as typed with a hint', () => {
    const next = applyTexts(
      draft,
      [
        { path: ['uncertainty', 0, 'distribution', 'min'], text: '=0.7' },
        { path: ['uncertainty', 0, 'distribution', 'mode'], text: 'uno' },
      ],
      'es-CO',
    );
    expect(next.file).toEqual(draft.file);
    expect(next.typed.map((t) => [t.text, t.hint.key])).toEqual([
      ['=0.7', 'edit.noFormulaHere'],
      ['uno', 'number.invalid'],
    ]);
  });
  it('takes an input path as text', () => {
    const next = applyTexts(draft, [{ path: ['uncertainty', 0, 'input'], text: 'energyPriceFactor' }], 'en-US');
    expect((next.file.uncertainty as { input: string }[])[0]?.input).toBe('energyPriceFactor');
  });
});
