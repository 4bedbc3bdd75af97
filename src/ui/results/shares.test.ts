import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/translate';
import { scenarioFacts } from './scenario-facts';
import { shareCards } from './shares';
import { sample } from '../test-support/samples';

describe('shareCards', () => {
  it('shows CO2e first, then each resource with a baseline, as a percentage in the locale', () => {
    const { file, expected } = sample('peru-textile-guaranteed-loan');
    const cards = shareCards(
      expected.project.reductionShares,
      scenarioFacts(file).resources,
      'es-CO',
      translator('es'),
    );
    expect(cards.map((c) => [c.key, c.label, c.value])).toEqual([
      ['co2e', 'Emisiones de CO2e', '22,8%'],
      ['natgas', 'Natural gas', '25%'],
      ['electricity', 'Grid electricity', '4,3%'],
      ['water', 'Water', '21,9%'],
      ['dyes', 'Dyes and auxiliaries', '12,5%'],
    ]);
  });

  it('clamps the bar, not the figure, of a share beyond 0..100 %', () => {
    const cards = shareCards({ coal: 1.2, gas: -0.5 }, new Map(), 'en-US', translator('en'));
    expect(cards.map((c) => [c.value, c.fill])).toEqual([
      ['120%', 1],
      ['-50%', 0],
    ]);
  });

  it('is empty when no resource has a baseline', () => {
    expect(shareCards({}, new Map(), 'en-US', translator('en'))).toEqual([]);
  });
});
