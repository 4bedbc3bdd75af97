import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/translate';
import { namesOf, sensFormat } from './sens-format';

const file = {
  resources: [{ id: 'electricity', name: 'Energía eléctrica' }, { id: 'water' }],
  measures: [{ id: 'solar', name: 'Paneles solares' }, { id: 7 }],
};
const es = sensFormat('COP', 'es-CO', 'es', translator('es'), namesOf(file));
const en = sensFormat('USD', 'en-US', 'en', translator('en'), namesOf(file));

describe('input paths in words', () => {
  it('names each kind of input with the names from the file, the id when unnamed', () => {
    expect(es.label('resources.electricity.price')).toBe('Energía eléctrica: precio');
    expect(es.label('resources.water.escalation')).toBe('water: variación anual del precio');
    expect(es.label('measures.solar.savings.electricity')).toBe('Paneles solares: Energía eléctrica ahorrado');
    expect(es.label('measures.solar.capex')).toBe('Paneles solares: inversión');
    expect(es.label('financing.loan.annualRate')).toBe('Tasa de interés del préstamo');
    expect(en.label('capex')).toBe('All investments');
    expect(en.label('energyPriceFactor')).toBe('Energy price factor');
  });
});

describe('input values in their unit', () => {
  it('shows rates as percentages, the energy factor with ×, money and unit prices', () => {
    expect(es.input('discountRate', 0.125)).toBe('12,5%');
    expect(en.input('energyPriceFactor', 1.5)).toBe('×1.50');
    expect(en.input('measures.solar.capex', 38000)).toBe('$38,000.00');
    expect(en.input('resources.electricity.price', 0.0375)).toBe('0.0375');
    expect(en.input('measures.solar.savings.electricity', 40000)).toBe('40,000');
    expect(en.input('discountRate', null)).toBe('—');
  });
});
