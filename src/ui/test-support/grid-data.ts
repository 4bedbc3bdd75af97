/** Factories for the grid's tests: data built from a matrix of raw texts. */
import type { GridContext } from '../grid/grid-reducer';
import type { ColumnKind, GridColumn } from '../grid/types';

export function columns(...kinds: (ColumnKind | `${ColumnKind}!`)[]): GridColumn[] {
  return kinds.map((k, i) => {
    const readonly = k.endsWith('!');
    return { key: `c${i}`, label: `C${i}`, kind: k.replace('!', '') as ColumnKind, readonly };
  });
}

/** A context over `raw`; `kinds` defaults to all text columns. `!` marks a read-only column. */
export function context(raw: string[][], kinds?: (ColumnKind | `${ColumnKind}!`)[], pageSize = 10): GridContext {
  const width = raw[0]?.length ?? 0;
  return {
    rowCount: raw.length,
    columns: columns(...(kinds ?? Array.from({ length: width }, () => 'text' as const))),
    raw: (row, col) => raw[row]?.[col] ?? '',
    pageSize,
  };
}
