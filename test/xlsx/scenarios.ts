/**
 * Test support: a scenario (file JSON) whose texts look like formulas or need escaping, and whose
 * formulas use functions newer than Excel 2007 (stored as `_xlfn.NAME` in a file), with a loan.
 */
export function awkwardScenario(): Record<string, unknown> {
  return {
    format: 'cp-scenario',
    version: 1,
    name: '=HYPERLINK("http://x")',
    currency: 'USD',
    horizonYears: 6,
    discountRate: '=rate_',
    taxRate: 0.25,
    variables: [
      { name: 'rate_', value: '=IFS(1>2,0.5,1<2,0.1)' },
      { name: 'hours', value: '=SWITCH(2,1,5000,2,6000)' },
      { name: 'spread', value: '=STDEV.S(1,2,3)' },
      { name: 'fallback', value: '=IFNA(NA(),2)' },
      { name: 'flag', value: '=XOR(1<2,2<1)*1' },
    ],
    resources: [
      {
        id: 'electricity',
        name: '-5 kWh grid',
        kind: 'energy',
        unit: "'kWh",
        price: 0.1,
        escalation: 0.02,
        emissionFactor: 0.0004,
        baselineQuantity: '=hours*100',
      },
      { id: 'water', name: '@water', kind: 'water', unit: 'm3\tcold', price: 1.2, baselineQuantity: 10000 },
    ],
    measures: [
      {
        id: 'm1',
        name: '=HYPERLINK("http://x")',
        category: 'good-housekeeping',
        capex: 5000,
        lifetimeYears: 4,
        savings: { electricity: '=hours*spread*fallback*flag' },
      },
      {
        id: 'm2',
        name: '+1',
        category: 'technology-change',
        capex: 20000,
        startYear: 1,
        lifetimeYears: 8,
        savings: { electricity: 30000, water: 2000 },
      },
      {
        id: 'm3',
        name: '@SUM(A1)',
        category: 'equipment-modification',
        capex: 3000,
        lifetimeYears: 3,
        savings: { water: 500 },
        annualOpexChange: 100,
        enabled: false,
      },
      {
        id: 'm4',
        name: '\tTabbed "quotes" & <angle> _x0041_ ñandú\nline two',
        category: 'useful-by-product',
        capex: 0,
        lifetimeYears: 6,
        otherAnnualBenefit: 250,
      },
    ],
    financing: {
      loan: { principal: 15000, annualRate: 0.1, tenorYears: 4, graceYears: 1, upfrontFeeRate: 0.01 },
      guarantee: { coverage: 0.5, annualFeeRate: 0.02 },
      rebate: { year: 2, indicator: 'co2e', tiers: [{ minReduction: 0.1, rate: 0.1 }] },
    },
    credit: { baselineCashFlow: 8000, minDscr: 1.2, maxLoan: 20000 },
  };
}
