import { describe, expect, it } from 'vitest';
import { cashFlowPoints, debtSlices, debtYears, excludedNames, macCurve, npvBars } from './chart-data';
import { scenarioFacts } from './scenario-facts';
import { sample } from '../test-support/samples';

const peru = sample('peru-textile-guaranteed-loan');
const poultry = sample('bolivia-poultry-slaughterhouse');
const colombia = sample('colombia-green-credit-rebate');
const facts = (file: Record<string, unknown>) => scenarioFacts(file).measures;

describe('macCurve', () => {
  it('sorts measures by cost per tonne and lays them side by side by annual tonnes', () => {
    const { bars, withoutMac } = macCurve(peru.expected.measures, facts(peru.file));
    expect(bars.map((b) => [b.id, b.mac, b.x1, b.x2])).toEqual([
      ['dye_control', -2918.4907392392315, 0, 15],
      ['effluent_heat', -126.5809222138025, 15, 239.39999999999998],
      ['boiler', -52.11366235349883, 239.39999999999998, 744.3],
    ]);
    expect(bars[0]!.name).toBe('Automatic dosing and right-first-time dyeing');
    expect(withoutMac).toEqual([]);
  });

  it('keeps measures that cost money per tonne, above zero, after those that save', () => {
    const { bars } = macCurve(colombia.expected.measures, facts(colombia.file));
    expect(bars.map((b) => [b.id, b.mac, b.x1, b.x2])).toEqual([
      ['vsd', -2424379.103429593, 0, 99],
      ['fuel_switch', 186691.3638787183, 99, 1166.0435999999997],
    ]);
  });

  it('leaves out measures without a MAC, and names them', () => {
    const { bars, withoutMac } = macCurve(poultry.expected.measures, facts(poultry.file));
    expect(bars.map((b) => b.id)).toEqual(['motors_lighting', 'heat_recovery']);
    expect(bars.at(-1)!.x2).toBe(165.9);
    expect(withoutMac).toEqual(['Dry cleaning before washdown, trigger nozzles']);
  });

  it('leaves out excluded measures, which move the others along', () => {
    const file = {
      ...peru.file,
      measures: (peru.file.measures as object[]).map((m, i) => (i === 1 ? { ...m, enabled: false } : m)),
    };
    const { bars } = macCurve(peru.expected.measures, facts(file));
    expect(bars.map((b) => [b.id, b.x1, b.x2])).toEqual([
      ['dye_control', 0, 15],
      ['boiler', 15, 519.9],
    ]);
    expect(excludedNames(peru.expected.measures, facts(file))).toEqual(['Dye-bath effluent heat recovery']);
  });
});

describe('npvBars', () => {
  it('lists the measures in the calculation, largest NPV first', () => {
    expect(npvBars(colombia.expected.measures, facts(colombia.file))).toEqual([
      { id: 'vsd', name: 'Variable speed drives on pumps and fans', npv: 1077017880.8683 },
      { id: 'fuel_switch', name: 'Replace the coal boiler by a gas boiler', npv: -893909557.6323203 },
    ]);
  });
});

describe('cashFlowPoints', () => {
  it('gives each year its annual and cumulative project cash flow', () => {
    const points = cashFlowPoints(peru.expected.years);
    expect(points).toHaveLength(11);
    expect(points.slice(0, 3)).toEqual([
      { year: 0, annual: -285000, cumulative: -285000 },
      { year: 1, annual: 148557.61666666667, cumulative: -136442.38333333333 },
      { year: 2, annual: 150096.06766666667, cumulative: 13653.684333333338 },
    ]);
  });
});

describe('debtYears and debtSlices', () => {
  it('keeps the years with debt service, with their DSCR', () => {
    const rows = debtYears(peru.expected.years);
    expect(rows.map((r) => [r.year, r.debtService, r.dscr])).toEqual([
      [1, 31875, 6.552034300653594],
      [2, 84183.6090764224, 2.4954602972964044],
      [3, 83791.29450834924, 2.52212225154578],
      [4, 83351.90219210729, 2.550771757915152],
      [5, 82859.78279791631, 2.5816712005760936],
    ]);
  });

  it('splits each year into principal, interest and guarantee fee, leaving out empty parts', () => {
    const slices = debtSlices(debtYears(peru.expected.years));
    expect(slices.slice(0, 5)).toEqual([
      { year: 1, part: 'interest', amount: 30000 },
      { year: 1, part: 'guaranteeFee', amount: 1875 },
      { year: 2, part: 'principal', amount: 52308.609076422406 },
      { year: 2, part: 'interest', amount: 30000 },
      { year: 2, part: 'guaranteeFee', amount: 1875 },
    ]);
    // No guarantee in Colombia: no fee slices at all.
    expect(debtSlices(debtYears(colombia.expected.years)).some((s) => s.part === 'guaranteeFee')).toBe(false);
  });

  it('is empty without a loan', () => {
    expect(debtYears(poultry.expected.years)).toEqual([]);
  });
});
