/**
 * What the Results view needs from the scenario file as edited: names, units and switches the
 * results file does not carry. The draft may be mid-edit, so every read is defensive.
 */
import type { FileJson } from '../../state/draft';

export interface MeasureFact {
  name: string;
  enabled: boolean;
}

export interface ResourceFact {
  name: string;
  unit: string;
}

export interface ScenarioFacts {
  currency: string;
  /** By measure id: results are matched by id, not position, so a reordered draft cannot mislabel them. */
  measures: ReadonlyMap<string, MeasureFact>;
  resources: ReadonlyMap<string, ResourceFact>;
  /** The lender's minimum DSCR, computed when it is a formula; null when the scenario sets none. */
  minDscr: number | null;
}

function rows(value: unknown): FileJson[] {
  return Array.isArray(value) ? value.filter((v): v is FileJson => typeof v === 'object' && v !== null) : [];
}

function text(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.trim() !== '' ? value : fallback;
}

/** The scenario's ISO 4217 currency code; undefined while the draft has none or is mid-edit. */
export function isoCurrency(file: FileJson): string | undefined {
  return typeof file.currency === 'string' && /^[A-Z]{3}$/.test(file.currency) ? file.currency : undefined;
}

/** `formulaValues` holds the computed value of each formula field, by path (e.g. `credit.minDscr`). */
export function scenarioFacts(file: FileJson, formulaValues: Readonly<Record<string, number>> = {}): ScenarioFacts {
  const currency = isoCurrency(file) ?? 'USD';
  const measures = new Map<string, MeasureFact>();
  for (const m of rows(file.measures)) {
    if (typeof m.id === 'string') measures.set(m.id, { name: text(m.name, m.id), enabled: m.enabled !== false });
  }
  const resources = new Map<string, ResourceFact>();
  for (const r of rows(file.resources)) {
    if (typeof r.id === 'string') resources.set(r.id, { name: text(r.name, r.id), unit: text(r.unit, '') });
  }
  const credit = typeof file.credit === 'object' && file.credit !== null ? (file.credit as FileJson) : {};
  const raw = credit.minDscr;
  const minDscr =
    typeof raw === 'number' ? raw : typeof raw === 'string' ? (formulaValues['credit.minDscr'] ?? null) : null;
  return { currency, measures, resources, minDscr: minDscr !== null && Number.isFinite(minDscr) ? minDscr : null };
}
