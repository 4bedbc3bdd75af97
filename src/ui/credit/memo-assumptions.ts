/**
 * The memo's assumptions table: the figures the appraisal rests on (horizon, discount rate,
 * prices and their escalation, the energy price factor, the loan's rate, the savings haircut),
 * each with its source as the file's `notes` give it (spec section 1: notes on the scenario,
 * each resource and the loan).
 */
import { numberAt } from '../../model/credit-terms';
import type { FileJson } from '../../state/draft';

export type AssumptionKind = 'years' | 'percent' | 'money' | 'factor';

export interface AssumptionRow {
  key: 'horizon' | 'discountRate' | 'energyPriceFactor' | 'price' | 'escalation' | 'loanRate' | 'haircut';
  /** For resource rows: its name and unit. */
  resource?: { name: string; unit: string };
  value: number | null;
  kind: AssumptionKind;
  /** The notes of the scenario, resource or loan the figure belongs to; null when none. */
  source: string | null;
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

export function assumptionRows(file: FileJson, formulaValues: Readonly<Record<string, number>>): AssumptionRow[] {
  const num = (path: (string | number)[], fallback: number | null = null) =>
    numberAt(file, formulaValues, path, fallback);
  const scenarioNotes = text(file.notes);
  const rows: AssumptionRow[] = [
    { key: 'horizon', value: num(['horizonYears']), kind: 'years', source: scenarioNotes },
    { key: 'discountRate', value: num(['discountRate']), kind: 'percent', source: scenarioNotes },
    { key: 'energyPriceFactor', value: num(['energyPriceFactor'], 1), kind: 'factor', source: scenarioNotes },
  ];
  const resources = Array.isArray(file.resources) ? (file.resources as FileJson[]) : [];
  resources.forEach((r, i) => {
    const resource = { name: text(r.name) ?? text(r.id) ?? '', unit: text(r.unit) ?? '' };
    const source = text(r.notes);
    rows.push({ key: 'price', resource, value: num(['resources', i, 'price']), kind: 'money', source });
    rows.push({ key: 'escalation', resource, value: num(['resources', i, 'escalation'], 0), kind: 'percent', source });
  });
  const loan = (file.financing as FileJson | undefined)?.loan as FileJson | undefined;
  if (loan)
    rows.push({
      key: 'loanRate',
      value: num(['financing', 'loan', 'annualRate']),
      kind: 'percent',
      source: text(loan.notes),
    });
  rows.push({ key: 'haircut', value: num(['credit', 'savingsHaircut'], 0), kind: 'percent', source: scenarioNotes });
  return rows;
}
