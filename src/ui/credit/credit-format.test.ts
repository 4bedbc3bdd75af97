import { describe, expect, it } from 'vitest';
import { eligibilityChecklist, rebateStanding, type EligibilityInputs } from '../../model/lender-view';
import type { EligibilityIssue } from '../../model/results';
import { checkText, creditFormat, dscrSummaryText, indicatorName, rebateTexts, riskLabel } from './credit-format';

const en = creditFormat('en', 'en-US', 'USD');
const es = creditFormat('es', 'es-CO', 'USD');

/** The checklist of a project; what is not given has no limit set. */
const checklist = (inputs: Partial<EligibilityInputs>, issues: readonly EligibilityIssue[] = []) =>
  eligibilityChecklist(
    {
      principal: 1,
      coverage: 0,
      totalCapex: 2,
      minDscr: null,
      maxLoan: null,
      maxGuaranteeCoverage: null,
      requiredDscr: null,
      ...inputs,
    },
    issues,
  );

const failingInputs = {
  principal: 450_000,
  coverage: 0.7,
  totalCapex: 285_000,
  minDscr: 1.1,
  maxLoan: 400_000,
  maxGuaranteeCoverage: 0.5,
  requiredDscr: 1.25,
};

describe('the sentence of each check, with the figure and the limit', () => {
  it.each([
    {
      when: 'failed',
      inputs: failingInputs,
      issues: ['loan-above-max', 'coverage-above-max', 'dscr-below-min', 'loan-above-capex'] as const,
      sentences: [
        'Loan $450,000.00 is above the line’s maximum of $400,000.00.',
        'Guarantee coverage 70% is above the maximum of 50%.',
        'Minimum DSCR 1.10 is below the required 1.25.',
        'Loan $450,000.00 is above the investment of $285,000.00: it would finance more than the measures cost.',
      ],
    },
    {
      when: 'passed',
      inputs: { ...failingInputs, principal: 250_000, coverage: 0.4, minDscr: 1.5 },
      issues: [] as const,
      sentences: [
        'Loan $250,000.00 is within the line’s maximum of $400,000.00.',
        'Guarantee coverage 40% is within the maximum of 50%.',
        'Minimum DSCR 1.50 meets the required 1.25.',
        'Loan $250,000.00 does not exceed the investment of $285,000.00.',
      ],
    },
    {
      // A limit not set is said, rather than passed.
      when: 'not set',
      inputs: { principal: 250_000, coverage: 0.4, totalCapex: 285_000, minDscr: 2.5 },
      issues: [] as const,
      sentences: [
        'Loan $250,000.00: no maximum loan is set.',
        'Guarantee coverage 40%: no maximum is set.',
        'Minimum DSCR 2.50: no minimum is required.',
        'Loan $250,000.00 does not exceed the investment of $285,000.00.',
      ],
    },
  ])('in English, when the limit is $when', ({ inputs, issues, sentences }) => {
    expect(checklist(inputs, issues).map((c) => checkText(c, en))).toEqual(sentences);
  });
  it('in Spanish with the locale’s numbers', () => {
    const failing = checklist(failingInputs, ['loan-above-max', 'dscr-below-min']);
    expect(checkText(failing[0]!, es)).toBe(
      'El préstamo de US$\u00a0450.000,00 supera el máximo de la línea, US$\u00a0400.000,00.',
    );
    expect(checkText(failing[2]!, es)).toBe('El ICSD mínimo, 1,10, está por debajo del exigido de 1,25.');
    expect(checkText(checklist({ minDscr: 1.5, requiredDscr: 1.25 })[2]!, es)).toBe(
      'El ICSD mínimo, 1,50, cumple el exigido de 1,25.',
    );
  });
});

describe('the rebate standing', () => {
  const tiers = [
    { minReduction: 0.3, rate: 0.15 },
    { minReduction: 0.5, rate: 0.25 },
  ];
  it('gives the tier reached and the points missing to the next', () => {
    // 47.72 % reached the 30 % tier; 50 − 47.72 = 2.28 points to the next.
    expect(rebateTexts(rebateStanding(tiers, 0.4772), 225_000, 1, en)).toEqual([
      'Tier reached: 30% or more, a rebate of 15%: $225,000.00 in year 1.',
      'Next tier: 50%, a rebate of 25%. The project is 2.3 percentage points short of it.',
    ]);
  });
  it('says when no tier is reached', () => {
    expect(rebateTexts(rebateStanding(tiers, 0.2278), 0, 1, es)).toEqual([
      'No se alcanza ningún tramo: no hay reembolso.',
      'Siguiente tramo: 30%, reembolso del 15%. Al proyecto le faltan 7,2 puntos porcentuales.',
    ]);
  });
});

describe('the rebate indicator', () => {
  it('is CO2e, or the resource by name, or by id when it has no name', () => {
    const names = new Map([['water', 'Process water']]);
    expect(['co2e', 'water', 'steam'].map((i) => indicatorName(i, names))).toEqual(['CO2e', 'Process water', 'steam']);
  });
});

describe('the tornado inputs', () => {
  it('read as the user knows them', () => {
    const names = new Map([['natgas', 'Natural gas']]);
    expect(
      ['resources.natgas.price', 'discountRate', 'capex', 'savings'].map((i) => riskLabel(i, names, en.t)),
    ).toEqual([
      'Price of Natural gas',
      'Discount rate',
      'Investment (all measures)',
      'Quantities saved (all measures)',
    ]);
  });
});

describe('a maximum loan in another currency', () => {
  const cop = creditFormat('en', 'en-US', 'COP');
  const copEs = creditFormat('es', 'es-CO', 'COP');
  const checks = checklist(
    {
      principal: 1_700_000_000,
      totalCapex: 2e9,
      minDscr: 2,
      maxLoan: 400_000,
      maxLoanFx: { currency: 'USD', rate: 4000, date: '2026-03-31' },
    },
    ['loan-above-max'],
  );
  it('says which rate and date turned US$400,000 into COP 1,600,000,000', () => {
    expect(checkText(checks[0]!, cop)).toBe(
      'Loan COP\u00a01,700,000,000 is above the line’s maximum of COP\u00a01,600,000,000. The maximum of ' +
        '$400,000.00 is converted at 4,000 COP per USD, the rate of 2026-03-31.',
    );
    expect(checkText(checks[0]!, copEs)).toBe(
      'El préstamo de $\u00a01.700.000.000 supera el máximo de la línea, $\u00a01.600.000.000. El máximo de ' +
        'US$\u00a0400.000,00 se convierte a 4.000 COP por USD, tasa del 2026-03-31.',
    );
  });
  it('does not pass the check without a rate', () => {
    const [loan] = checklist({ maxLoan: 400_000, maxLoanFx: { currency: 'USD', rate: null, date: null } });
    expect(loan?.status).toBe('not-checked');
    expect(checkText(loan!, cop)).toBe(
      'COP\u00a01: The maximum of $400,000.00 cannot be compared: no exchange rate to COP is given.',
    );
  });
});

describe('the DSCR sentence (Credit tab, lender slide)', () => {
  it('gives the minimum, the mean and the required minimum', () => {
    expect(dscrSummaryText({ minDscr: 1.1, meanDscr: 1.5 }, 1.25, en)).toBe('Minimum 1.10, mean 1.50; required 1.25.');
    expect(dscrSummaryText({ minDscr: 1.1, meanDscr: 1.5 }, 1.25, es)).toBe(
      'Mínimo 1,10, promedio 1,50; exigido 1,25.',
    );
  });
  it('says so when the lender requires no minimum', () => {
    expect(dscrSummaryText({ minDscr: 2, meanDscr: 2.25 }, null, en)).toBe(
      'Minimum 2.00, mean 2.25; no minimum required.',
    );
  });
});
