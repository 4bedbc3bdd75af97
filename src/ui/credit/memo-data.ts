/** The memo's tables that come from the file and the results together: measures and risks. */
import type { MeasureResults, Results, TornadoRow } from '../../model/results';
import { numberAt } from '../../model/credit-terms';
import type { FileJson } from '../../state/draft';

export interface MeasureRow {
  id: string;
  name: string;
  category: string;
  capex: number | null;
  enabled: boolean;
  result: MeasureResults | undefined;
}

/** Each measure of the file with its results (matched by id). */
export function measureRows(
  file: FileJson,
  formulaValues: Readonly<Record<string, number>>,
  results: Results,
): MeasureRow[] {
  const list = Array.isArray(file.measures) ? (file.measures as FileJson[]) : [];
  const byId = new Map(results.measures.map((m) => [m.id, m]));
  return list.map((m, i) => {
    const id = typeof m.id === 'string' ? m.id : '';
    return {
      id,
      name: typeof m.name === 'string' && m.name !== '' ? m.name : id,
      category: typeof m.category === 'string' ? m.category : '',
      capex: numberAt(file, formulaValues, ['measures', i, 'capex']),
      enabled: m.enabled !== false,
      result: byId.get(id),
    };
  });
}

export interface RiskRow extends TornadoRow {
  swing: number;
}

/** The tornado's largest swings (it is sorted largest first), at most `count`, leaving out inputs that move nothing. */
export function largestRisks(results: Results, count = 5): RiskRow[] {
  return results.sensitivity.tornado
    .map((r) => ({ ...r, swing: Math.abs(r.npvHigh - r.npvLow) }))
    .filter((r) => r.swing > 0)
    .slice(0, count);
}
